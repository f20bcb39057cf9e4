"use client";

export { type ProcedureFaqMessages, procedureFaqMessages } from "./messages";
export { ProcedureFaq, type ProcedureFaqProps } from "./ProcedureFaq";
export { type ProcedureFaqVariants, procedureFaqVariants } from "./variants";
