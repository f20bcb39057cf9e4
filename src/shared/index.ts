export type { EventContext, MedspaEvent, MedspaEventType, OnEvent } from "./analytics";
export { isDevelopment, warnInDevelopment } from "./development";
export {
  isDialablePhone,
  maximumPhoneDigits,
  minimumPhoneDigits,
  type PhoneOptions,
  toE164,
  toTelHref,
} from "./phone";
export { httpsOrigin, toSafeHttpsUrl } from "./url";
