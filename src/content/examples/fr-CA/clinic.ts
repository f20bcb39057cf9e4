import { clinic as english } from "../clinic";
import { translated } from "./translated";

/** The sample clinic for a French page: the same clinic, its address and hours written in French. */
export const clinic = /* @__PURE__ */ translated(english, {
  name: "Esthétique Lakeshore",
  address: "120, chemin Lakeshore Est, Oakville (Ontario)",
  hours: "Du mardi au samedi, de 9 h à 18 h",
});
