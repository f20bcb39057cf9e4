import type { Range } from "../content/types";
import {
  type FormatMessages,
  isSingleValue,
  type LocaleFormat,
  startsAtZero,
  upperEnd,
} from "./format";

// Formatting a range with Intl (formatRangeToParts) is the costliest step of rendering a side
// effect's summary, and pages repeat the same few durations: each result is kept. Bounded, so
// content with ever-new numbers cannot grow it without limit.
const maximumFormattedDurations = 500;

/**
 * A locale's formatting from `Intl` (CLDR units, plural rules, dates and lists), with the words
 * Intl does not know: the connector between the two ends of a range ("3 à 6" rather than a dash)
 * and the session nouns. Locale bundles use it; so can yours:
 *
 * ```ts
 * const esUS = {
 *   locale: "es-US",
 *   format: intlFormat("es-US", { rangeConnector: " a ", session: { one: "sesión", other: "sesiones" } }),
 *   messages: { … },
 * } satisfies MedspaLocale;
 * ```
 *
 * Intl formatters are slow to construct (locale negotiation, CLDR data) and cheap to reuse, and a
 * page formats dozens of ranges and dates on every render: each is made on first use and kept.
 */
export function intlFormat(locale: string, words: FormatMessages): LocaleFormat {
  const formatters = new Map<string, unknown>();
  function cached<Formatter>(key: string, create: () => Formatter): Formatter {
    let formatter = formatters.get(key) as Formatter | undefined;
    if (formatter === undefined) {
      formatter = create();
      formatters.set(key, formatter);
    }
    return formatter;
  }
  const number = (value: number) =>
    cached("number", () => new Intl.NumberFormat(locale)).format(value);
  // A range from zero reads "jusqu'à 1 jour" where the locale has the words for it.
  const { upTo } = words;
  const numberRange = (range: Range): string =>
    upTo !== undefined && startsAtZero(range)
      ? upTo(number(range.max))
      : isSingleValue(range)
        ? number(range.max)
        : `${number(range.min)}${words.rangeConnector}${number(range.max)}`;
  const durations = new Map<string, string>();

  const format: LocaleFormat = {
    duration(range) {
      if (upTo !== undefined && startsAtZero(range)) {
        return upTo(format.duration(upperEnd(range)));
      }
      const key = `${range.unit} ${range.min} ${range.max}`;
      let text = durations.get(key);
      if (text === undefined) {
        // Intl's unit is the singular, the duration unit without its "s" ("days" → "day"), as in
        // englishDuration.
        const unit = (range.unit satisfies `${string}s`).slice(0, -1);
        const formatter = cached(
          unit,
          () => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }),
        );
        // Only the connector between the two numbers is ours; units and plurals are CLDR's.
        text = isSingleValue(range)
          ? formatter.format(range.max)
          : formatter
              .formatRangeToParts(range.min, range.max)
              .map((part) =>
                part.source === "shared" &&
                part.type === "literal" &&
                /^\s*[–-]\s*$/.test(part.value)
                  ? words.rangeConnector
                  : part.value,
              )
              .join("");
        if (durations.size >= maximumFormattedDurations) {
          durations.clear();
        }
        durations.set(key, text);
      }
      return text;
    },
    numberRange,
    countRange(range, nouns = words.session) {
      if (upTo !== undefined && startsAtZero(range)) {
        return upTo(format.countRange(upperEnd(range), nouns));
      }
      // `selectRange` (ES2023 Intl) is in every supported runtime but not yet in TypeScript's lib.
      const rules: Intl.PluralRules & {
        selectRange?: (start: number, end: number) => Intl.LDMLPluralRule;
      } = cached("plural", () => new Intl.PluralRules(locale));
      const category =
        isSingleValue(range) || typeof rules.selectRange !== "function"
          ? rules.select(range.max)
          : rules.selectRange(range.min, range.max);
      return `${numberRange(range)} ${category === "one" ? nouns.one : nouns.other}`;
    },
    date(date) {
      return cached(
        "date",
        () => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
      ).format(date);
    },
    list(items, type) {
      return cached(type, () => new Intl.ListFormat(locale, { type })).format(items);
    },
  };
  return format;
}
