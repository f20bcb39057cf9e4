import { warnInDevelopment } from "../shared";

/** Locales with a complete built-in catalogue. */
export const locales = ["en", "fr-CA"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

/**
 * Every built-in string of one component (or of the shared formatters), in every locale. Typed by
 * an interface, so a key missing from any locale is a compile error.
 */
export type Catalogue<Messages> = Readonly<Record<Locale, Messages>>;

/**
 * Maps any BCP 47 tag to a supported locale: an exact match, then the same language
 * ("fr", "fr-FR" -> "fr-CA"), then English with a development warning.
 */
export function resolveLocale(requested: string | undefined): Locale {
  if (requested === undefined || requested === "") {
    return defaultLocale;
  }
  const exact = locales.find((locale) => locale.toLowerCase() === requested.toLowerCase());
  if (exact !== undefined) {
    return exact;
  }
  const language = requested.split("-")[0]?.toLowerCase();
  const sameLanguage = locales.find((locale) => locale.split("-")[0] === language);
  if (sameLanguage !== undefined) {
    return sameLanguage;
  }
  warnInDevelopment(
    "i18n",
    `locale "${requested}" has no catalogue; using "${defaultLocale}". Supported: ${locales.join(", ")}.`,
  );
  return defaultLocale;
}

/**
 * The messages for a locale with the site's overrides on top. Overrides replace single keys, so a
 * clinic can reword one label without translating the rest.
 */
export function resolveMessages<Messages extends object>(
  catalogue: Catalogue<Messages>,
  locale: string | undefined,
  overrides?: Partial<Messages>,
): Messages {
  const base = catalogue[resolveLocale(locale)];
  return overrides === undefined ? base : { ...base, ...overrides };
}
