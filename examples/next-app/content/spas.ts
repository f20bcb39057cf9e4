// Stands in for the headless CMS: untyped JSON per spa, as a fetch would return it. Pages parse
// it on the server with medspa-ui/content before rendering.
import { examples, examplesFrCA } from "medspa-ui/content";

interface SpaRecord {
  theme: string;
  clinic: unknown;
  /** English pages, by slug. */
  procedures: Record<string, unknown>;
  /** Canadian French pages, by the same slugs. */
  proceduresFr: Record<string, unknown>;
}

/** The starter library by slug: every treatment gets a route, in English and in French. */
function bySlug({ clinic: _, ...treatments }: typeof examples): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(treatments).map((procedure) => [procedure.id, procedure]),
  );
}

const procedures = bySlug(examples);
const proceduresFr = bySlug(examplesFrCA);

export const spas: Record<string, SpaRecord> = {
  lakeshore: { theme: "lakeshore", clinic: examples.clinic, procedures, proceduresFr },
  willow: {
    theme: "willow",
    clinic: {
      name: "Willow Skin Studio",
      phone: "(416) 555-0199",
      booking: { kind: "embed", url: "https://calendly.com/willow-skin/consultation" },
      address: "88 Queen Street West, Toronto, ON",
    },
    procedures,
    proceduresFr,
  },
  harbour: {
    theme: "harbour",
    clinic: {
      name: "Harbour Medical Aesthetics",
      phone: "+1 902 555 0147",
      booking: { kind: "link", url: "https://harbour.as.me/schedule" },
    },
    procedures,
    proceduresFr,
  },
};
