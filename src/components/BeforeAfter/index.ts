export { BeforeAfter, type BeforeAfterProps, type ResultDisplayOptions } from "./BeforeAfter";
export { type BeforeAfterMessages, beforeAfterMessages } from "./messages";
