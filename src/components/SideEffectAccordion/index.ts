"use client";

export { type SideEffectAccordionMessages, sideEffectAccordionMessages } from "./messages";
export { SideEffectAccordion, type SideEffectAccordionProps } from "./SideEffectAccordion";
export { type SideEffectAccordionVariants, sideEffectAccordionVariants } from "./variants";
