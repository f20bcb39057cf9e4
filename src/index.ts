// The component entry. Each component is its own built file (see scripts/package-entries.mjs), so importing
// one does not pull in the others, and interactive ones keep their "use client" directive.
//
// Re-export by name, never with `export *`: BookingBanner lazily imports BookingDialog, so esbuild
// wraps that module (and the i18n, shared and hooks modules it imports) in a lazy initializer, and
// with "sideEffects" it drops the initializer call on an `export *` path, leaving the module's
// constants undefined at render time (esbuild issues #1490, #1088). Named re-exports keep it.
// test/package/esbuild.test.ts bundles the built package with esbuild and renders every export.

export {
  AftercareChecklist,
  type AftercareChecklistMessages,
  type AftercareChecklistProps,
  type AftercareChecklistVariants,
  aftercareChecklistMessages,
  aftercareChecklistVariants,
} from "./components/AftercareChecklist";
export {
  BeforeAfter,
  type BeforeAfterMessages,
  type BeforeAfterProps,
  beforeAfterMessages,
  type ResultDisplayOptions,
} from "./components/BeforeAfter";
export {
  BookingBanner,
  type BookingBannerMessages,
  type BookingBannerProps,
  type BookingBannerVariants,
  type BookingDialogOptions,
  bookingBannerMessages,
  bookingBannerVariants,
} from "./components/BookingBanner";
export {
  BookingDialog,
  type BookingDialogMessages,
  type BookingDialogProps,
  bookingDialogMessages,
} from "./components/BookingDialog";
export {
  ProcedureExplainer,
  type ProcedureExplainerMessages,
  type ProcedureExplainerProps,
  type ProcedureExplainerSection,
  type ProcedureExplainerVariants,
  procedureExplainerMessages,
  procedureExplainerSections,
  procedureExplainerVariants,
} from "./components/ProcedureExplainer";
export {
  ProcedureFaq,
  type ProcedureFaqMessages,
  type ProcedureFaqProps,
  type ProcedureFaqVariants,
  procedureFaqMessages,
  procedureFaqVariants,
} from "./components/ProcedureFaq";
export {
  ProcedurePage,
  type ProcedurePageMessages,
  type ProcedurePageProps,
  procedurePageMessages,
} from "./components/ProcedurePage";
export {
  ResultsGallery,
  type ResultsGalleryMessages,
  type ResultsGalleryProps,
  resultsGalleryMessages,
} from "./components/ResultsGallery";
export {
  SideEffectAccordion,
  type SideEffectAccordionMessages,
  type SideEffectAccordionProps,
  type SideEffectAccordionVariants,
  sideEffectAccordionMessages,
  sideEffectAccordionVariants,
} from "./components/SideEffectAccordion";
export { type ThemeAppearance, ThemeScope, type ThemeScopeProps } from "./components/ThemeScope";
export type * from "./content/types";
export {
  defaultLocale,
  type FormatMessages,
  formatCountRange,
  formatDurationRange,
  formatIsoDate,
  formatList,
  formatMessages,
  formatNumberRange,
  intlFormat,
  type LocaleBundle,
  type LocaleFormat,
  type LocaleOption,
  localeTag,
  resolveMessages,
} from "./i18n";
export type { MedspaLocale, MedspaLocaleMessages } from "./locales/types";
export {
  type FaqJsonLdOptions,
  faqJsonLd,
  JsonLd,
  type JsonLdProps,
  type ProcedureJsonLdOptions,
  procedureJsonLd,
  serializeJsonLd,
} from "./seo";
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
  toSafeImageSrc,
  toTelHref,
} from "./shared";
