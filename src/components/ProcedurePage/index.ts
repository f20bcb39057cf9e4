export { type ProcedurePageMessages, procedurePageMessages } from "./messages";
export { ProcedurePage, type ProcedurePageProps } from "./ProcedurePage";
