import type { AftercareChecklistMessages } from "../components/AftercareChecklist";
import type { BeforeAfterMessages } from "../components/BeforeAfter";
import type { BookingBannerMessages } from "../components/BookingBanner";
import type { BookingDialogMessages } from "../components/BookingDialog";
import type { ProcedureExplainerMessages } from "../components/ProcedureExplainer";
import type { ProcedureFaqMessages } from "../components/ProcedureFaq";
import type { ProcedurePageMessages } from "../components/ProcedurePage";
import type { ResultsGalleryMessages } from "../components/ResultsGallery";
import type { SideEffectAccordionMessages } from "../components/SideEffectAccordion";
import type { LocaleBundle } from "../i18n/locale";

/** Every message of every part of medspa-ui: a locale missing any key is a type error. */
export interface MedspaLocaleMessages {
  procedureExplainer: ProcedureExplainerMessages;
  sideEffectAccordion: SideEffectAccordionMessages;
  procedureFaq: ProcedureFaqMessages;
  aftercareChecklist: AftercareChecklistMessages;
  bookingBanner: BookingBannerMessages;
  bookingDialog: BookingDialogMessages;
  procedurePage: ProcedurePageMessages;
  beforeAfter: BeforeAfterMessages;
  resultsGallery: ResultsGalleryMessages;
}

/**
 * A complete locale for medspa-ui, such as `frCA` from `medspa-ui/locales/fr-CA`. Write your own
 * as `{ locale: "es-US", format: intlFormat("es-US", { … }), messages: { … } } satisfies
 * MedspaLocale` and pass it as `locale`.
 */
export type MedspaLocale = LocaleBundle<MedspaLocaleMessages>;
