import type { Clinic } from "../../types";
import { clinic as english } from "../clinic";

/** The sample clinic for a French page: the same clinic, its address and hours written in French. */
export const clinic = {
  ...english,
  name: "Esthétique Lakeshore",
  address: "120, chemin Lakeshore Est, Oakville (Ontario)",
  hours: "Du mardi au samedi, de 9 h à 18 h",
} satisfies Clinic;
