export interface ProcedurePageMessages {
  sideEffects: string;
  sideEffectsIntro: string;
  /** The heading of the questions patients ask. */
  faq: string;
}

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const procedurePageMessages: ProcedurePageMessages = {
  sideEffects: "Side effects and when to call us",
  sideEffectsIntro:
    "Most side effects are mild and pass on their own. Open each one to see what helps.",
  faq: "Questions patients ask",
};
