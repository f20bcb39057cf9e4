import type { DurationRange, Range } from "../content/types";
import { isBundle, type LocaleOption } from "./locale";

/** The words a locale's formatting needs besides what `Intl` knows. */
export interface FormatMessages {
  /** Joins the two ends of a range: "30–60 minutes", "3 à 6 séances". */
  rangeConnector: string;
  /** Nouns for session counts, chosen by plural rules. */
  session: Record<"one" | "other", string>;
  /**
   * A range from zero, as a patient reads it: "up to 1 day", "jusqu'à 1 jour" (the amount is
   * written as a single value). Without it, such a range reads as any other: "0–1 days".
   */
  upTo?: (amount: string) => string;
}

/**
 * How a locale writes numbers, ranges, dates and lists. English is built in and written by hand;
 * a locale bundle carries its own, usually made with `intlFormat`, so a page that shows only
 * English downloads no `Intl` formatting code.
 */
export interface LocaleFormat {
  /** "30–60 minutes", "1 day". */
  duration(range: DurationRange): string;
  /** "3–6", "1,000". */
  numberRange(range: Range): string;
  /** "3–6 sessions", or with the nouns given: "2 visits". */
  countRange(range: Range, nouns?: Record<"one" | "other", string>): string;
  /** A date read as a UTC day, in the locale's long style: "March 14, 2026". */
  date(date: Date): string;
  /** "A, B, or C" (`disjunction`), "A, B, and C" (`conjunction`). */
  list(items: readonly string[], type: "conjunction" | "disjunction"): string;
}

/** The built-in English formatting words. */
export const formatMessages: FormatMessages = {
  rangeConnector: "–",
  session: { one: "session", other: "sessions" },
  upTo: (amount) => `up to ${amount}`,
};

export function isSingleValue(range: Range): boolean {
  return range.min === range.max;
}

/** A range from zero to more ("0–1 days"), which reads "up to 1 day". */
export function startsAtZero(range: Range): boolean {
  return range.min === 0 && range.max > 0;
}

/** The range's upper end as a single value: `{ min: 0, max: 1 }` → `{ min: 1, max: 1 }`. */
export function upperEnd<Given extends Range>(range: Given): Given {
  return { ...range, min: range.max };
}

/**
 * A number as Intl writes it in "en": by hand for what content holds (up to three decimals), which
 * spares a hydrating page the first `Intl.NumberFormat` (about 10 ms of ICU start-up in Chromium,
 * 40 ms on a phone-speed CPU), and through the built-in `toLocaleString` for anything else.
 * test/unit/i18n/format.test.ts holds it equal to Intl with property tests.
 */
function englishNumber(value: number): string {
  const match = /^(\d+)(\.\d{1,3})?$/.exec(String(value));
  return match === null
    ? value.toLocaleString("en")
    : (match[1] ?? "").replace(/\B(?=(\d{3})+$)/g, ",") + (match[2] ?? "");
}

const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function englishNumberRange(range: Range): string {
  const max = englishNumber(range.max);
  return startsAtZero(range)
    ? `up to ${max}`
    : isSingleValue(range)
      ? max
      : `${englishNumber(range.min)}–${max}`;
}

// English ("en") exactly as Intl writes it, without Intl's formatting objects; each a function of
// its own, so a component bundles only the formatting it uses.

function englishDuration(range: DurationRange): string {
  const min = englishNumber(range.min);
  const max = englishNumber(range.max);
  // As Intl's formatRange, "~1 day" when both ends round to the same number; else as any number
  // range ("up to 1 day" from zero).
  const numbers =
    min === max && !isSingleValue(range) && !startsAtZero(range)
      ? `~${max}`
      : englishNumberRange(range);
  // Every unit is an English plural in "s" ("days") whose singular drops it, so no table of nouns
  // is bundled; `satisfies` fails the type check if a unit without a final "s" is ever added.
  const unit = (range.unit satisfies `${string}s`).slice(
    0,
    max === "1" && (min === max || range.min === 0) ? -1 : undefined,
  );
  return `${numbers} ${unit}`;
}

function englishCountRange(range: Range, nouns = formatMessages.session): string {
  // English plural ranges take the plural ("1–2 sessions"); one, or up to one, the singular.
  const one = englishNumber(range.max) === "1" && (isSingleValue(range) || range.min === 0);
  return `${englishNumberRange(range)} ${one ? nouns.one : nouns.other}`;
}

function englishDate(date: Date): string {
  return `${englishMonths[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

function englishList(items: readonly string[], type: "conjunction" | "disjunction"): string {
  const last = items.length - 1;
  const word = type === "disjunction" ? "or" : "and";
  return last < 2
    ? items.join(` ${word} `)
    : `${items.slice(0, last).join(", ")}, ${word} ${items[last]}`;
}

/** English as a `LocaleFormat`, for a locale bundle that writes some things as English does. */
export const englishFormat: LocaleFormat = {
  duration: englishDuration,
  numberRange: englishNumberRange,
  countRange: englishCountRange,
  date: englishDate,
  list: englishList,
};

/** "30–60 minutes", "1 day", "30 à 60 minutes"; from zero, "up to 1 day", "jusqu'à 1 jour". */
export function formatDurationRange(range: DurationRange, locale?: LocaleOption): string {
  return isBundle(locale) ? locale.format.duration(range) : englishDuration(range);
}

/** "3–6", "1", "3 à 6", "up to 3". */
export function formatNumberRange(range: Range, locale?: LocaleOption): string {
  return isBundle(locale) ? locale.format.numberRange(range) : englishNumberRange(range);
}

/**
 * A counted range with a noun chosen by plural rules: "1 session", "3–6 sessions", "3 à 6 séances",
 * "up to 1 session".
 * `nouns` defaults to sessions; pass `{ one, other }` for anything else.
 */
export function formatCountRange(
  range: Range,
  locale?: LocaleOption,
  nouns?: Record<"one" | "other", string>,
): string {
  return isBundle(locale)
    ? locale.format.countRange(range, nouns)
    : englishCountRange(range, nouns);
}

/** A date in the locale's long style: "March 14, 2026", "14 mars 2026". Dates are read as UTC days. */
export function formatIsoDate(isoDate: string, locale?: LocaleOption): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) {
    return isoDate;
  }
  return isBundle(locale) ? locale.format.date(date) : englishDate(date);
}

/** "A, B, or C", "A, B ou C". */
export function formatList(
  items: readonly string[],
  type: "conjunction" | "disjunction",
  locale?: LocaleOption,
): string {
  return isBundle(locale) ? locale.format.list(items, type) : englishList(items, type);
}

/**
 * A duration as a message takes it: the range written out ("4–6 weeks", "up to 2 weeks") and, for
 * a range from zero, its upper end alone ("2 weeks"), so the message can say it its own way
 * ("Within 2 weeks" rather than "After up to 2 weeks").
 */
export function durationWords(
  range: DurationRange,
  locale?: LocaleOption,
): [duration: string, upTo: string | undefined] {
  return [
    formatDurationRange(range, locale),
    startsAtZero(range) ? formatDurationRange(upperEnd(range), locale) : undefined,
  ];
}
