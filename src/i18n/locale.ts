import { warnInDevelopment } from "../shared/development";
import type { LocaleFormat } from "./format";

/** The locale whose messages are built into every component. */
export const defaultLocale = "en";

/**
 * A locale's messages for the parts of the library, as `medspa-ui/locales/fr-CA` exports it.
 * Components take it as their `locale`, so a page downloads only the languages it shows.
 */
export interface LocaleBundle<Messages extends object = object> {
  /** BCP 47 tag: the page's `lang`, and the locale of its `Intl` formatting. */
  readonly locale: string;
  /** How it writes numbers, ranges, dates and lists; `intlFormat(locale, words)` makes one. */
  readonly format: LocaleFormat;
  /** Each part's messages, by part: `{ procedureExplainer, sideEffectAccordion, … }`. */
  readonly messages: Messages;
  /**
   * What a Server Component gives a client component: under the `react-server` condition, a client
   * reference to the bundle (its messages are functions, which cannot cross to the client);
   * elsewhere the bundle itself. Omit it in a bundle of your own that only client code uses.
   */
  readonly client?: LocaleBundle<Messages>;
}

/** A component's `locale`: a locale bundle, or an English tag (`"en"`, `"en-CA"`) for the built-in messages. */
export type LocaleOption = string | LocaleBundle;

export function isBundle(option: LocaleOption | undefined): option is LocaleBundle {
  return typeof option === "object" && option !== null;
}

/**
 * The locale a component hands its client parts: a bundle's `client` (a client reference under
 * React Server Components), else the option as it is.
 */
export function clientLocale(option: LocaleOption | undefined): LocaleOption | undefined {
  return isBundle(option) && option.client !== undefined ? option.client : option;
}

/**
 * The BCP 47 tag of what is shown: the bundle's, or "en" for the built-in messages.
 * A tag of another language without its bundle falls back to English, with a development warning
 * that says how to load it.
 */
export function localeTag(option: LocaleOption | undefined): string {
  if (isBundle(option)) {
    return option.locale;
  }
  if (
    option !== undefined &&
    option !== "" &&
    option.toLowerCase().split("-")[0] !== defaultLocale
  ) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        "i18n",
        `locale "${option}" has no built-in messages: import its bundle (for example import { frCA } from "medspa-ui/locales/fr-CA") and pass it as locale={frCA}; using English.`,
      );
    }
  }
  return defaultLocale;
}

/**
 * One part's messages in the chosen locale, with a site's overrides on top. Overrides replace
 * single keys, so a clinic can reword one label without translating the rest.
 */
export function resolveMessages<Messages extends object>(
  english: Messages,
  part: string,
  option: LocaleOption | undefined,
  overrides?: Partial<Messages>,
): Messages {
  let base = english;
  if (isBundle(option)) {
    const localized = (option.messages as Record<string, Messages | undefined>)[part];
    if (localized === undefined) {
      if (process.env.NODE_ENV !== "production") {
        warnInDevelopment(
          "i18n",
          `locale "${option.locale}" has no ${part} messages; using English.`,
        );
      }
    } else {
      base = localized;
    }
  } else if (process.env.NODE_ENV !== "production") {
    // Only for its warning about a language without its bundle.
    localeTag(option);
  }
  return overrides === undefined ? base : { ...base, ...overrides };
}
