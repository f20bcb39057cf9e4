export {
  type EventContext,
  type MedspaEvent,
  type MedspaEventType,
  type OnEvent,
  pushToDataLayer,
} from "./analytics";
export {
  checkEmbed,
  detectVendor,
  type EmbedCheck,
  normaliseAllowedOrigin,
} from "./booking-vendors";
export {
  type CareSpan,
  careSpanOf,
  describeCareTimingProblem,
  isCareMoment,
  momentHours,
  windowToTiming,
} from "./care-timing";
export {
  aftercareKindValues,
  bookingVendorValues,
  describeDurationRangeProblem,
  describeRangeProblem,
  describeValue,
  durationUnitValues,
  frequencyValues,
  isCount,
  isIsoDate,
  isNonEmptyText,
  isOneOf,
  isRecord,
  isSlug,
  isValidDurationRange,
  isValidRange,
  numbingValues,
  phaseValues,
  procedureTypeValues,
  slugPattern,
  textItems,
  tierValues,
  warnAboutTextList,
} from "./content-checks";
export { isDevelopment, warnInDevelopment } from "./development";
export {
  bookingCompleteMessageType,
  type EmbedTarget,
  forwardedParameters,
  resolveEmbedTarget,
  type VendorAdapter,
  vendorAdapters,
} from "./embed-target";
export { Heading, type HeadingLevel, type HeadingProps, readHeadingLevel } from "./heading";
export { Icon, type IconName } from "./icons";
export {
  isDialablePhone,
  maximumPhoneDigits,
  minimumPhoneDigits,
  type PhoneOptions,
  toE164,
  toTelHref,
} from "./phone";
export {
  type ReadClinic,
  type ReadClinicContact,
  readBookingProvider,
  readClinic,
  readClinicBooking,
  readClinicContact,
} from "./read-clinic";
export { type RenderableFaqItem, readFaq } from "./read-faq";
export { readFollowUp } from "./read-follow-up";
export { type ListRecord, readContentList } from "./read-list";
export { slot } from "./slot";
export { httpsOrigin, toSafeHttpsUrl, toSafeImageSrc, toSafeSrcSet } from "./url";
export {
  localStorageOrUndefined,
  readStoredJson,
  sessionStorageOrUndefined,
  writeStoredJson,
} from "./web-storage";
