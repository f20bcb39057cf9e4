export {
  type FormatMessages,
  formatCountRange,
  formatDurationRange,
  formatEnglishDuration,
  formatIsoDate,
  formatMessages,
  formatNumberRange,
} from "./format";
export { listFormat } from "./intl-cache";
export {
  defaultLocale,
  type LocaleBundle,
  type LocaleOption,
  localeTag,
  resolveMessages,
} from "./locale";
