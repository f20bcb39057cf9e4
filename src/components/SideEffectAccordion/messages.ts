import type { SideEffectFrequency, SideEffectTier } from "../../content/types";

export interface SideEffectAccordionMessages {
  showAll: string;
  hideAll: string;
  /** Read before the side effect's name, e.g. "Urgent:". */
  tierPrefix: Record<SideEffectTier, string>;
  /** The visible badge. */
  tierLabel: Record<SideEffectTier, string>;
  frequency: Record<SideEffectFrequency, string>;
  /** "Usually 1–2 days" */
  usually: (duration: string) => string;
  /** Before a side effect for some areas only: "Lips:", "Lips and forehead:". */
  area: (areas: string) => string;
  /** "Peaks at 24–48 hours"; from zero, with `upTo` the upper end alone: "Peaks within 1 day". */
  peaksAt: (duration: string, upTo?: string) => string;
  whatHelps: string;
  contactClinicIf: string;
  /** "Call Lakeshore Aesthetics: 905-555-0123" (the number is the link text). */
  callClinic: (clinicName: string) => string;
  callUs: string;
  emergency: string;
}

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const sideEffectAccordionMessages: SideEffectAccordionMessages = {
  showAll: "Show all sections",
  hideAll: "Hide all sections",
  tierPrefix: {
    expected: "Expected:",
    "contact-clinic": "Contact the clinic:",
    urgent: "Urgent:",
  },
  tierLabel: { expected: "Expected", "contact-clinic": "Contact the clinic", urgent: "Urgent" },
  frequency: {
    "very-common": "Very common",
    common: "Common",
    uncommon: "Uncommon",
    rare: "Rare",
  },
  usually: (duration) => `Usually ${duration}`,
  area: (areas) => `${areas}:`,
  peaksAt: (duration, upTo) =>
    upTo === undefined ? `Peaks at ${duration}` : `Peaks within ${upTo}`,
  whatHelps: "What helps",
  contactClinicIf: "Contact the clinic if",
  callClinic: (clinicName) => `Call ${clinicName}:`,
  callUs: "Call us:",
  emergency: "If it feels like an emergency, call 911 or go to the nearest emergency department.",
};
