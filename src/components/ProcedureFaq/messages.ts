export interface ProcedureFaqMessages {
  showAll: string;
  hideAll: string;
}

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const procedureFaqMessages: ProcedureFaqMessages = {
  showAll: "Show all answers",
  hideAll: "Hide all answers",
};
