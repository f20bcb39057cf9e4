// Stands in for the headless CMS: untyped JSON per spa, as a fetch would return it. Pages parse
// it on the server with medspa-ui/content before rendering.
import { examples } from "medspa-ui/content";

interface SpaRecord {
  theme: string;
  clinic: unknown;
  procedures: Record<string, unknown>;
}

const procedures = {
  microneedling: examples.microneedling,
  "chemical-peel": examples.chemicalPeel,
};

export const spas: Record<string, SpaRecord> = {
  lakeshore: { theme: "lakeshore", clinic: examples.clinic, procedures },
  willow: {
    theme: "willow",
    clinic: {
      name: "Willow Skin Studio",
      phone: "(416) 555-0199",
      booking: { kind: "embed", url: "https://calendly.com/willow-skin/consultation" },
      address: "88 Queen Street West, Toronto, ON",
    },
    procedures,
  },
  harbour: {
    theme: "harbour",
    clinic: {
      name: "Harbour Medical Aesthetics",
      phone: "+1 902 555 0147",
      booking: { kind: "link", url: "https://harbour.as.me/schedule" },
    },
    procedures,
  },
};
