/**
 * Intl formatters are slow to construct (locale negotiation, CLDR data) and cheap to reuse, and a
 * page formats dozens of ranges and dates on every render: one formatter per locale and options,
 * kept for the life of the module. The options objects here are small literals, so their JSON is
 * the cache key.
 */
const formatters = new Map<string, unknown>();

function cached<Formatter>(kind: string, locale: string, options: object, create: () => Formatter) {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as Formatter | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  return cached("NumberFormat", locale, options, () => new Intl.NumberFormat(locale, options));
}

export function pluralRules(locale: string) {
  return cached("PluralRules", locale, {}, () => new Intl.PluralRules(locale));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  return cached("DateTimeFormat", locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions) {
  return cached("ListFormat", locale, options, () => new Intl.ListFormat(locale, options));
}
