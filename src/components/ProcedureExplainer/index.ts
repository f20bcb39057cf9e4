export { type ProcedureExplainerMessages, procedureExplainerMessages } from "./messages";
export {
  ProcedureExplainer,
  type ProcedureExplainerProps,
  type ProcedureExplainerSection,
  procedureExplainerSections,
} from "./ProcedureExplainer";
export { type ProcedureExplainerVariants, procedureExplainerVariants } from "./variants";
