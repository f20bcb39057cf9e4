export {
  type FormatMessages,
  formatCountRange,
  formatDurationRange,
  formatIsoDate,
  formatMessages,
  formatNumberRange,
} from "./format";
export { listFormat } from "./intl-cache";
export {
  type Catalogue,
  defaultLocale,
  type Locale,
  locales,
  resolveLocale,
  resolveMessages,
} from "./locale";
