export interface ProcedurePageMessages {
  sideEffects: string;
  sideEffectsIntro: string;
  /** The heading of the questions patients ask. */
  faq: string;
  /** The heading of the before-and-after photos. */
  results: string;
  resultsIntro: string;
  /** The headline of the booking call to action under the results. */
  resultsBooking: string;
}

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const procedurePageMessages: ProcedurePageMessages = {
  sideEffects: "Side effects and when to call us",
  sideEffectsIntro:
    "Most side effects are mild and pass on their own. Open each one to see what helps.",
  faq: "Questions patients ask",
  results: "Before and after",
  resultsIntro: "Results vary from person to person: yours may differ.",
  resultsBooking: "Questions? Let's talk.",
};
