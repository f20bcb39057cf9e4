import type { SideEffectFrequency, SideEffectTier } from "../../content/types";
import type { Catalogue } from "../../i18n";

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
  /** "Peaks at 24–48 hours" */
  peaksAt: (duration: string) => string;
  whatHelps: string;
  contactClinicIf: string;
  /** "Call Lakeshore Aesthetics: 905-555-0123" (the number is the link text). */
  callClinic: (clinicName: string) => string;
  callUs: string;
  emergency: string;
}

export const sideEffectAccordionMessages: Catalogue<SideEffectAccordionMessages> = {
  en: {
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
    peaksAt: (duration) => `Peaks at ${duration}`,
    whatHelps: "What helps",
    contactClinicIf: "Contact the clinic if",
    callClinic: (clinicName) => `Call ${clinicName}:`,
    callUs: "Call us:",
    emergency: "If it feels like an emergency, call 911 or go to the nearest emergency department.",
  },
  "fr-CA": {
    showAll: "Afficher toutes les sections",
    hideAll: "Masquer toutes les sections",
    tierPrefix: {
      expected: "Attendu :",
      "contact-clinic": "Contactez la clinique :",
      urgent: "Urgent :",
    },
    tierLabel: { expected: "Attendu", "contact-clinic": "Contactez la clinique", urgent: "Urgent" },
    frequency: {
      "very-common": "Très fréquent",
      common: "Fréquent",
      uncommon: "Peu fréquent",
      rare: "Rare",
    },
    usually: (duration) => `Habituellement ${duration}`,
    peaksAt: (duration) => `Maximum après ${duration}`,
    whatHelps: "Ce qui aide",
    contactClinicIf: "Contactez la clinique si",
    callClinic: (clinicName) => `Appelez ${clinicName} :`,
    callUs: "Appelez-nous :",
    emergency: "En cas d'urgence, composez le 911 ou rendez-vous à l'urgence la plus proche.",
  },
};
