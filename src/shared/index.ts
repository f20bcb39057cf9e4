export type { EventContext, MedspaEvent, MedspaEventType, OnEvent } from "./analytics";
export {
  describeDurationRangeProblem,
  describeRangeProblem,
  isNonEmptyText,
  isValidDurationRange,
  isValidRange,
  listOf,
  textItems,
} from "./content-checks";
export { isDevelopment, warnInDevelopment } from "./development";
export { Heading, type HeadingLevel, type HeadingProps, readHeadingLevel } from "./heading";
export {
  isDialablePhone,
  maximumPhoneDigits,
  minimumPhoneDigits,
  type PhoneOptions,
  toE164,
  toTelHref,
} from "./phone";
export { httpsOrigin, toSafeHttpsUrl } from "./url";
export {
  localStorageOrUndefined,
  readStoredJson,
  sessionStorageOrUndefined,
  writeStoredJson,
} from "./web-storage";
