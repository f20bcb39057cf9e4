// The component entry. Each component is its own built file (see tsup.config.ts), so importing
// one does not pull in the others, and interactive ones keep their "use client" directive.

export * from "./components/AftercareChecklist";
export * from "./components/BookingBanner";
export * from "./components/BookingDialog";
export * from "./components/ProcedureExplainer";
export * from "./components/ProcedurePage";
export * from "./components/SideEffectAccordion";
export * from "./components/ThemeScope";
export type * from "./content/types";
export * from "./i18n";
export * from "./seo";
export {
  type EventContext,
  httpsOrigin,
  isDialablePhone,
  type MedspaEvent,
  type MedspaEventType,
  type OnEvent,
  type PhoneOptions,
  pushToDataLayer,
  toE164,
  toSafeHttpsUrl,
  toTelHref,
} from "./shared";
