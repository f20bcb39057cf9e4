import type { FAQPage, WithContext } from "schema-dts";
import type { FaqItem } from "../content/types";
import { isNonEmptyText } from "../shared/content-checks";
import { type RenderableFaqItem, readFaq } from "../shared/read-faq";
import { toSafeHttpsUrl } from "../shared/url";

export interface FaqJsonLdOptions {
  /** The page's canonical https URL. */
  url?: string;
  /** BCP 47 language of the page. */
  locale?: string;
}

/**
 * A schema.org `FAQPage` of the questions and answers shown on the page, checked as
 * `ProcedureFaq` checks them (a question it would skip is left out here too).
 *
 * Off by default everywhere. Google showed FAQ rich results only for well-known, authoritative
 * government and health sites, and stopped showing them at all in May 2026; other search engines
 * and assistants may still read the markup. A page should carry one FAQPage at most, for
 * questions it shows. Turn it on (`ProcedureFaq`'s or `ProcedurePage`'s `faqJsonLd`) where a
 * site wants it.
 * https://developers.google.com/search/docs/appearance/structured-data/faqpage
 */
export function faqJsonLd(
  faq: readonly FaqItem[],
  options: FaqJsonLdOptions = {},
): WithContext<FAQPage> {
  return faqPageJsonLd(readFaq(faq, "faqJsonLd"), options);
}

/** The `FAQPage` of questions already read (by `ProcedureFaq`, which has warned about the rest). */
export function faqPageJsonLd(
  items: readonly RenderableFaqItem[],
  options: FaqJsonLdOptions = {},
): WithContext<FAQPage> {
  const base = toSafeHttpsUrl(options.url);
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    ...(base === undefined ? {} : { "@id": `${base}#faq`, url: base }),
    ...(isNonEmptyText(options.locale) ? { inLanguage: options.locale } : {}),
    mainEntity: items.map((item) => ({
      "@type": "Question",
      name: item.question,
      acceptedAnswer: { "@type": "Answer", text: item.paragraphs.join("\n\n") },
    })),
  };
}
