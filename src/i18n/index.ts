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
  defaultLocale,
  type LocaleBundle,
  type LocaleOption,
  localeTag,
  resolveMessages,
} from "./locale";
