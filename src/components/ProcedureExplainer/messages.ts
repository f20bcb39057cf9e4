import type { Numbing, ProcedurePhase } from "../../content/types";

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

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const procedureExplainerMessages: ProcedureExplainerMessages = {
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
};
