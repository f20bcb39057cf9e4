import type { LocaleBundle, LocaleOption } from "../i18n/locale";

// The languages the custom elements speak besides English. Each comes as a script (or a module) of
// its own, as dist/elements.fr-CA.global.js does, so the one script an English page loads carries
// no other language. The two scripts are separate bundles: they meet on one list kept on the global
// object under a registered symbol, so either may run first.
const registry = Symbol.for("medspa-ui.element-locales");

/** The event a window hears when a locale is added: elements waiting for it render again. */
export const localeAddedEvent = "medspa-ui-locale";

/** The locale bundles added so far, in the order they were added. */
export function addedLocales(): LocaleBundle[] {
  const global = globalThis as unknown as Record<symbol, LocaleBundle[] | undefined>;
  global[registry] ??= [];
  return global[registry];
}

/**
 * Lets the custom elements speak a language: `locale="fr-CA"` (or `fr`) then renders with this
 * bundle. `dist/elements.fr-CA.global.js` calls it with `frCA`; with `medspa-ui/elements`, call it
 * with a bundle you import (`addElementsLocale(frCA)` from `medspa-ui/locales/fr-CA`). Elements
 * already on the page that asked for it render again.
 */
export function addElementsLocale(bundle: LocaleBundle): void {
  const bundles = addedLocales();
  if (bundles.includes(bundle)) {
    return;
  }
  bundles.push(bundle);
  globalThis.dispatchEvent?.(new Event(localeAddedEvent));
}

/** The language of a BCP 47 tag: "fr" for "fr-CA". */
const languageOf = (tag: string) => tag.toLowerCase().split("-")[0];

/**
 * What an element's `locale` attribute asks for. English ("en", "en-CA", empty or absent) is
 * built in: the tag as it is. Another language is the bundle added for it: the one of that exact
 * tag ("fr-CA"), else the first of its language ("fr", "fr-FR" → fr-CA); undefined while none is.
 */
export function elementLocale(tag: string | undefined): LocaleOption | undefined {
  if (tag === undefined || tag === "" || languageOf(tag) === "en") {
    return tag;
  }
  const bundles = addedLocales();
  return (
    bundles.find((bundle) => bundle.locale.toLowerCase() === tag.toLowerCase()) ??
    bundles.find((bundle) => languageOf(bundle.locale) === languageOf(tag))
  );
}
