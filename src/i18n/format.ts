import type { DurationRange, DurationUnit, Range } from "../content/types";
import { longDateFormat, numberFormat, pluralRules, unitFormat } from "./intl-cache";
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

/**
 * English without Intl. A page's first `Intl.NumberFormat` costs about 10 ms in Chromium (ICU
 * start-up; 40 ms on a phone-speed CPU), which a hydrating English page would pay only to write
 * "1–2 days". These return exactly what Intl writes for "en" for the numbers content holds (up to
 * three decimals) and undefined for anything else, which goes to Intl. test/unit/i18n/format.test.ts
 * holds them equal to Intl with property tests.
 */
function englishNumber(value: number): string | undefined {
  const match = /^(\d+)(\.\d{1,3})?$/.exec(String(value));
  if (match === null) {
    return undefined;
  }
  return (match[1] ?? "").replace(/\B(?=(\d{3})+$)/g, ",") + (match[2] ?? "");
}

const englishUnits = {
  minutes: ["minute", "minutes"],
  hours: ["hour", "hours"],
  days: ["day", "days"],
  weeks: ["week", "weeks"],
} as const satisfies Record<DurationUnit, readonly [string, string]>;

/** "1–2 days", "1 day", "1,440 minutes", as Intl writes them in "en"; undefined when it cannot. */
export function formatEnglishDuration(range: DurationRange): string | undefined {
  const min = englishNumber(range.min);
  const max = englishNumber(range.max);
  if (min === undefined || max === undefined) {
    return undefined;
  }
  const [one, other] = englishUnits[range.unit];
  if (range.min === range.max) {
    return `${max} ${max === "1" ? one : other}`;
  }
  return `${min}–${max} ${other}`;
}

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

// Formatting a range with Intl (formatRangeToParts) is the costliest step of rendering a side
// effect's summary, and pages repeat the same few durations: each result is kept, by locale,
// connector and range. Bounded, so content with ever-new numbers cannot grow it without limit.
const formattedDurations = new Map<string, string>();
const maximumFormattedDurations = 500;

/**
 * "30–60 minutes", "1 day", "30 à 60 minutes". Units and their plural forms come from `Intl`
 * (CLDR); only the connector between the two numbers is ours, so French reads "à" rather than a
 * dash.
 */
export function formatDurationRange(range: DurationRange, locale?: LocaleOption): string {
  const tag = localeTag(locale);
  const { rangeConnector } = resolveMessages(formatMessages, "format", locale);
  const key = `${tag} ${rangeConnector} ${range.unit} ${range.min} ${range.max}`;
  let text = formattedDurations.get(key);
  if (text === undefined && tag === "en" && rangeConnector === formatMessages.rangeConnector) {
    text = formatEnglishDuration(range);
  }
  if (text === undefined) {
    const formatter = unitFormat(tag, intlUnit[range.unit]);
    text = isSingleValue(range)
      ? formatter.format(range.max)
      : formatter
          .formatRangeToParts(range.min, range.max)
          .map((part) =>
            part.source === "shared" && part.type === "literal" && /^\s*[–-]\s*$/.test(part.value)
              ? rangeConnector
              : part.value,
          )
          .join("");
    if (formattedDurations.size >= maximumFormattedDurations) {
      formattedDurations.clear();
    }
    formattedDurations.set(key, text);
  }
  return text;
}

/** "3–6", "1", "3 à 6". */
export function formatNumberRange(range: Range, locale?: LocaleOption): string {
  const tag = localeTag(locale);
  const format = (value: number) =>
    (tag === "en" ? englishNumber(value) : undefined) ?? numberFormat(tag).format(value);
  if (isSingleValue(range)) {
    return format(range.max);
  }
  const { rangeConnector } = resolveMessages(formatMessages, "format", locale);
  return `${format(range.min)}${rangeConnector}${format(range.max)}`;
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
  return longDateFormat(localeTag(locale)).format(date);
}
