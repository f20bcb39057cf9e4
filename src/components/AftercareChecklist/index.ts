"use client";

export { AftercareChecklist, type AftercareChecklistProps } from "./AftercareChecklist";
export { type AftercareChecklistMessages, aftercareChecklistMessages } from "./messages";
export { type AftercareChecklistVariants, aftercareChecklistVariants } from "./variants";
