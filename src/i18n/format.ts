import type { DurationRange, DurationUnit, Range } from "../content/types";
import { dateTimeFormat, numberFormat, pluralRules } from "./intl-cache";
import { type LocaleOption, localeTag, resolveMessages } from "./locale";

export interface FormatMessages {
  /** Joins the two ends of a range: "30–60 minutes", "3 à 6 séances". */
  rangeConnector: string;
  /** Nouns for session counts, chosen by plural rules. */
  session: Record<"one" | "other", string>;
}

/** The built-in English formatting words. */
export const formatMessages: FormatMessages = {
  rangeConnector: "–",
  session: { one: "session", other: "sessions" },
};

const intlUnit = {
  minutes: "minute",
  hours: "hour",
  days: "day",
  weeks: "week",
} as const satisfies Record<DurationUnit, string>;

function isSingleValue(range: Range): boolean {
  return range.min === range.max;
}

/** Plural category for a range per CLDR (`Intl.PluralRules#selectRange`), with a fallback. */
function pluralCategory(locale: string, range: Range): Intl.LDMLPluralRule {
  // `selectRange` (ES2023 Intl) is in every supported runtime but not yet in TypeScript's lib.
  const rules: Intl.PluralRules & {
    selectRange?: (start: number, end: number) => Intl.LDMLPluralRule;
  } = pluralRules(locale);
  if (isSingleValue(range)) {
    return rules.select(range.max);
  }
  return typeof rules.selectRange === "function"
    ? rules.selectRange(range.min, range.max)
    : rules.select(range.max);
}

/**
 * "30–60 minutes", "1 day", "30 à 60 minutes". Units and their plural forms come from `Intl`
 * (CLDR); only the connector between the two numbers is ours, so French reads "à" rather than a
 * dash.
 */
export function formatDurationRange(range: DurationRange, locale?: LocaleOption): string {
  const formatter = numberFormat(localeTag(locale), {
    style: "unit",
    unit: intlUnit[range.unit],
    unitDisplay: "long",
  });
  if (isSingleValue(range)) {
    return formatter.format(range.max);
  }
  const { rangeConnector } = resolveMessages(formatMessages, "format", locale);
  return formatter
    .formatRangeToParts(range.min, range.max)
    .map((part) =>
      part.source === "shared" && part.type === "literal" && /^\s*[–-]\s*$/.test(part.value)
        ? rangeConnector
        : part.value,
    )
    .join("");
}

/** "3–6", "1", "3 à 6". */
export function formatNumberRange(range: Range, locale?: LocaleOption): string {
  const number = numberFormat(localeTag(locale));
  if (isSingleValue(range)) {
    return number.format(range.max);
  }
  const { rangeConnector } = resolveMessages(formatMessages, "format", locale);
  return `${number.format(range.min)}${rangeConnector}${number.format(range.max)}`;
}

/**
 * A counted range with a noun chosen by plural rules: "1 session", "3–6 sessions", "3 à 6 séances".
 * `nouns` defaults to sessions; pass `{ one, other }` for anything else.
 */
export function formatCountRange(
  range: Range,
  locale?: LocaleOption,
  nouns?: Record<"one" | "other", string>,
): string {
  const words = nouns ?? resolveMessages(formatMessages, "format", locale).session;
  const category = pluralCategory(localeTag(locale), range);
  const noun = category === "one" ? words.one : words.other;
  return `${formatNumberRange(range, locale)} ${noun}`;
}

/** A date in the locale's long style: "March 14, 2026", "14 mars 2026". Dates are read as UTC days. */
export function formatIsoDate(isoDate: string, locale?: LocaleOption): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) {
    return isoDate;
  }
  return dateTimeFormat(localeTag(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);
}
