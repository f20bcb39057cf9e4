/**
 * Intl formatters are slow to construct (locale negotiation, CLDR data) and cheap to reuse, and a
 * page formats dozens of ranges and dates on every render: one formatter per locale and kind,
 * kept for the life of the module, under a key built without serialising options.
 */
const formatters = new Map<string, unknown>();

function cached<Formatter>(key: string, create: () => Formatter): Formatter {
  let formatter = formatters.get(key) as Formatter | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "30 minutes", "2 days": a number with a long unit name. */
export function unitFormat(locale: string, unit: "minute" | "hour" | "day" | "week") {
  return cached(
    `unit ${locale} ${unit}`,
    () => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }),
  );
}

export function numberFormat(locale: string) {
  return cached(`number ${locale}`, () => new Intl.NumberFormat(locale));
}

export function pluralRules(locale: string) {
  return cached(`plural ${locale}`, () => new Intl.PluralRules(locale));
}

/** "March 14, 2026": a long date read as a UTC day. */
export function longDateFormat(locale: string) {
  return cached(
    `date ${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
  );
}

export function listFormat(locale: string, type: Intl.ListFormatType) {
  return cached(`list ${locale} ${type}`, () => new Intl.ListFormat(locale, { type }));
}
