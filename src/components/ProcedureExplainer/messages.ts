import type { Numbing, ProcedurePhase } from "../../content/types";

export interface ProcedureExplainerMessages {
  alsoKnownAs: (names: string) => string;
  howItWorks: string;
  treats: string;
  keyFacts: string;
  treatmentTime: string;
  downtime: string;
  /** A downtime of none at all (`{ min: 0, max: 0 }`). */
  noDowntime: string;
  sessions: string;
  /** "3–6 sessions, 4–6 weeks apart" */
  sessionsWithInterval: (sessions: string, interval: string) => string;
  /**
   * "1 session, repeated every 3–4 months": one session with an interval. `upTo` is the upper end
   * alone ("4 months") when the interval starts at zero, for "repeated within 4 months".
   */
  sessionRepeated: (sessions: string, interval: string, upTo?: string) => string;
  numbing: string;
  numbingKinds: Record<Numbing, string>;
  resultsVisible: string;
  /** "After 4–6 weeks"; from zero, with `upTo` the upper end alone: "Within 2 weeks". */
  resultsAfter: (duration: string, upTo?: string) => string;
  resultsLast: string;
  /** "Usually 6–12 months" */
  resultsLastFor: (duration: string) => string;
  /** The "Is it right for you?" section and its two lists. */
  suitability: string;
  notSuitableIf: string;
  tellClinicIf: string;
  /** After a list of reasons to wait, the invitation to ask, with a link or the phone after it. */
  suitabilityQuestion: string;
  bookConsultation: string;
  opensInNewTab: string;
  /** "Call 905-555-0100" */
  call: (phone: string) => string;
  followUp: string;
  /** "About 4–6 weeks after your treatment"; from zero: "Within 2 weeks of your treatment". */
  followUpDue: (duration: string, upTo?: string) => string;
  steps: string;
  phases: Record<ProcedurePhase, string>;
  /** "About 20–30 minutes"; from zero, with `upTo` the upper end alone: "Up to 5 minutes". */
  stepDuration: (duration: string, upTo?: string) => string;
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
  noDowntime: "None",
  sessions: "Sessions",
  sessionsWithInterval: (sessions, interval) => `${sessions}, ${interval} apart`,
  sessionRepeated: (sessions, interval, upTo) =>
    upTo === undefined
      ? `${sessions}, repeated every ${interval}`
      : `${sessions}, repeated within ${upTo}`,
  numbing: "Numbing",
  numbingKinds: {
    none: "None needed",
    topical: "Numbing cream",
    local: "Local anaesthetic injection",
  },
  resultsVisible: "Results visible",
  resultsAfter: (duration, upTo) => (upTo === undefined ? `After ${duration}` : `Within ${upTo}`),
  resultsLast: "Results last",
  resultsLastFor: (duration) => `Usually ${duration}`,
  suitability: "Is it right for you?",
  notSuitableIf: "Not suitable if",
  tellClinicIf: "Tell us first if",
  suitabilityQuestion: "Not sure? Ask us before you book.",
  bookConsultation: "Book a consultation",
  opensInNewTab: "(opens in a new tab)",
  call: (phone) => `Call ${phone}`,
  followUp: "Your follow-up visit",
  followUpDue: (duration, upTo) =>
    upTo === undefined
      ? `About ${duration} after your treatment`
      : `Within ${upTo} of your treatment`,
  steps: "What happens, step by step",
  phases: {
    before: "Before your treatment",
    during: "During your treatment",
    after: "After your treatment",
  },
  stepDuration: (duration, upTo) => (upTo === undefined ? `About ${duration}` : `Up to ${upTo}`),
  expectations: "What to expect afterwards",
  reviewedBy: (reviewer) => `Medically reviewed by ${reviewer}`,
  reviewedOn: "on",
};
