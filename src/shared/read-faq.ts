import { isNonEmptyText } from "./content-checks";
import { warnInDevelopment } from "./development";
import { readContentList } from "./read-list";

/** A question as it is shown: its answer split into paragraphs. */
export interface RenderableFaqItem {
  id: string;
  question: string;
  paragraphs: string[];
}

/**
 * The questions that can be shown, for the accordion and the FAQPage structured data alike: the
 * list skeleton (a slug id, unique, and the question's text) and an answer that is non-empty
 * text, split into paragraphs at blank lines. Anything else is skipped with one development
 * warning naming its path (`faq[2].answer`).
 */
export function readFaq(faq: unknown, component: string, path = "faq"): RenderableFaqItem[] {
  return readContentList(faq, component, path, "question", (raw, index) => {
    if (!isNonEmptyText(raw.answer)) {
      if (process.env.NODE_ENV !== "production") {
        warnInDevelopment(
          component,
          `${path}[${index}].answer must be non-empty text; the question is skipped`,
        );
      }
      return undefined;
    }
    return {
      id: raw.id,
      question: raw.question as string,
      paragraphs: raw.answer
        .split(/\n[^\S\n]*\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== ""),
    };
  });
}
