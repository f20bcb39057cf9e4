export {
  englishFormat,
  type FormatMessages,
  formatCountRange,
  formatDurationRange,
  formatIsoDate,
  formatList,
  formatMessages,
  formatNumberRange,
  type LocaleFormat,
} from "./format";
export { intlFormat } from "./intl-format";
export {
  clientLocale,
  defaultLocale,
  type LocaleBundle,
  type LocaleOption,
  localeTag,
  resolveMessages,
} from "./locale";
