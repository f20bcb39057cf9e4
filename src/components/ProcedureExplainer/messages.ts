import type { Numbing, ProcedurePhase } from "../../content/types";
import type { Catalogue } from "../../i18n";

export interface ProcedureExplainerMessages {
  alsoKnownAs: (names: string) => string;
  howItWorks: string;
  treats: string;
  keyFacts: string;
  treatmentTime: string;
  downtime: string;
  sessions: string;
  /** "3–6 sessions, 4–6 weeks apart" */
  sessionsWithInterval: (sessions: string, interval: string) => string;
  numbing: string;
  numbingKinds: Record<Numbing, string>;
  resultsVisible: string;
  /** "After 4–6 weeks" */
  resultsAfter: (duration: string) => string;
  steps: string;
  phases: Record<ProcedurePhase, string>;
  /** "About 20–30 minutes" */
  stepDuration: (duration: string) => string;
  expectations: string;
  /** "Medically reviewed by Dr. A, MD, on March 14, 2026" (the date is rendered by the component). */
  reviewedBy: (reviewer: string) => string;
  reviewedOn: string;
}

export const procedureExplainerMessages: Catalogue<ProcedureExplainerMessages> = {
  en: {
    alsoKnownAs: (names) => `Also known as ${names}`,
    howItWorks: "How it works",
    treats: "What it treats",
    keyFacts: "Key facts",
    treatmentTime: "Treatment time",
    downtime: "Downtime",
    sessions: "Sessions",
    sessionsWithInterval: (sessions, interval) => `${sessions}, ${interval} apart`,
    numbing: "Numbing",
    numbingKinds: {
      none: "None needed",
      topical: "Numbing cream",
      local: "Local anaesthetic injection",
    },
    resultsVisible: "Results visible",
    resultsAfter: (duration) => `After ${duration}`,
    steps: "What happens, step by step",
    phases: {
      before: "Before your treatment",
      during: "During your treatment",
      after: "After your treatment",
    },
    stepDuration: (duration) => `About ${duration}`,
    expectations: "What to expect afterwards",
    reviewedBy: (reviewer) => `Medically reviewed by ${reviewer}`,
    reviewedOn: "on",
  },
  "fr-CA": {
    alsoKnownAs: (names) => `Aussi appelé ${names}`,
    howItWorks: "Comment ça fonctionne",
    treats: "Ce que le traitement corrige",
    keyFacts: "En bref",
    treatmentTime: "Durée du traitement",
    downtime: "Temps de récupération",
    sessions: "Séances",
    sessionsWithInterval: (sessions, interval) => `${sessions}, espacées de ${interval}`,
    numbing: "Anesthésie",
    numbingKinds: {
      none: "Aucune",
      topical: "Crème anesthésiante",
      local: "Injection d'anesthésique local",
    },
    resultsVisible: "Résultats visibles",
    resultsAfter: (duration) => `Après ${duration}`,
    steps: "Le déroulement, étape par étape",
    phases: {
      before: "Avant le traitement",
      during: "Pendant le traitement",
      after: "Après le traitement",
    },
    stepDuration: (duration) => `Environ ${duration}`,
    expectations: "À quoi vous attendre ensuite",
    reviewedBy: (reviewer) => `Révision médicale par ${reviewer}`,
    reviewedOn: "le",
  },
};
