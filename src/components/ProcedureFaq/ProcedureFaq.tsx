"use client";

import { cx } from "class-variance-authority";
import { type ComponentProps, memo, useMemo } from "react";
import type { FaqItem } from "../../content/types";
import {
  AccordionList,
  FindableAccordionItem,
  ShowAllButton,
  useFindableAccordion,
} from "../../hooks/use-findable-accordion";
import { type LocaleOption, localeTag, resolveMessages } from "../../i18n/locale";
import { type FaqJsonLdOptions, faqPageJsonLd } from "../../seo/faq-json-ld";
import { JsonLd } from "../../seo/JsonLd";
import type { EventContext, OnEvent } from "../../shared/analytics";
import { type HeadingLevel, readHeadingLevel } from "../../shared/heading";
import { type RenderableFaqItem, readFaq } from "../../shared/read-faq";
import { slot } from "../../shared/slot";
import { type ProcedureFaqMessages, procedureFaqMessages } from "./messages";
import { type ProcedureFaqVariants, procedureFaqVariants } from "./variants";

const component = "ProcedureFaq";

export interface ProcedureFaqProps
  extends Omit<ComponentProps<"div">, "defaultValue" | "dir" | "children">,
    ProcedureFaqVariants {
  /** The questions and answers (a procedure's `faq`). Invalid items are skipped with a development warning. */
  faq: readonly FaqItem[];
  /**
   * Level of each question's heading.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * `multiple` lets several answers be open at once; `single` closes the others.
   * @default "multiple"
   */
  type?: "single" | "multiple";
  /** The ids of the open questions (controlled). */
  value?: string[];
  /**
   * The ids of the questions open at first (uncontrolled).
   * @default []
   */
  defaultValue?: string[];
  /** Called with the ids of the open questions whenever they change. */
  onValueChange?: (value: string[]) => void;
  /**
   * Show the "Show all answers" / "Hide all answers" button (multiple only).
   * @default true
   */
  showAllToggle?: boolean;
  /**
   * Prefix of the questions' ids, which are also their URL fragments (`#faq-does-it-hurt`). Give
   * each list of questions on a page its own prefix.
   * @default "faq"
   */
  idPrefix?: string;
  /**
   * Open (and scroll to) the question named in the URL's fragment, on load and on `hashchange`.
   * @default true
   */
  openFromHash?: boolean;
  /**
   * Remember which answers are open for the browser session (sessionStorage). `true` uses the
   * `idPrefix` as the key; a string sets the key.
   * @default false
   */
  rememberOpen?: boolean | string;
  /**
   * Also render the questions as schema.org `FAQPage` structured data. Off by default: Google no
   * longer shows FAQ rich results (since May 2026, and before that only for authoritative
   * government and health sites); turn it on for other search engines and assistants, once per page.
   * `{ url, locale }` turns it on with the page's canonical URL (`@id`, `url`) and language tag
   * (`true` uses the `locale`'s).
   * @default false
   */
  faqJsonLd?: boolean | FaqJsonLdOptions;
  /**
   * The language of built-in text: a locale bundle such as `frCA` from
   * `medspa-ui/locales/fr-CA` (an English page downloads no other language), or an English tag.
   * @default "en"
   */
  locale?: LocaleOption;
  /** Replaces built-in text, key by key. */
  messages?: Partial<ProcedureFaqMessages>;
  /** Analytics: `faq_toggle` with the question's id and whether it opened. */
  onEvent?: OnEvent;
  /** Added to every event when set: opt in to send procedure details to analytics. */
  eventContext?: EventContext;
}

interface QuestionProps {
  item: RenderableFaqItem;
  open: boolean;
  itemId: string;
  level: HeadingLevel;
}

/**
 * One question. Its answer is not a region landmark (as the side effects' panels are): clinics
 * ask the same questions of every treatment ("Does it hurt?"), so two lists on a page would add
 * landmarks of the same name, and a dozen answers would crowd landmark navigation; the question's
 * heading and expanded button already say what the answer is. Memoised, with stable props from
 * the list, so a toggle re-renders only the question that changed.
 */
const Question = memo(function Question({ item, open, itemId, level }: QuestionProps) {
  return (
    <FindableAccordionItem
      name="procedure-faq"
      value={item.id}
      itemId={itemId}
      level={level}
      open={open}
      region={false}
      trigger={<span className="msu-procedure-faq-question">{item.question}</span>}
    >
      <div {...slot("procedure-faq-answer")}>
        {item.paragraphs.map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are static, never reordered.
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </FindableAccordionItem>
  );
});

/**
 * The questions patients ask about a treatment, each answer one click away. Built on Radix
 * Accordion (state, keyboard, ARIA) with the side effects' behaviours: answers stay in the server
 * HTML and open on find-in-page, from the URL fragment, for print and with Show all.
 *
 * @selector [data-slot="procedure-faq"] the root, with `data-appearance`
 * @selector [data-slot="procedure-faq-item"][data-state="open|closed"] a question and its answer
 * @selector [data-slot="procedure-faq-trigger"] the button inside each question's heading
 * @selector [data-slot="procedure-faq-panel"][data-state="open|closed"] an answer's panel
 * @selector [data-slot="procedure-faq-show-all"] the Show all / Hide all button
 */
export function ProcedureFaq({
  faq,
  headingLevel,
  type = "multiple",
  value,
  defaultValue,
  onValueChange,
  showAllToggle = true,
  idPrefix = "faq",
  openFromHash = true,
  rememberOpen = false,
  faqJsonLd: withJsonLd = false,
  locale,
  messages: messageOverrides,
  onEvent,
  eventContext,
  appearance,
  size,
  className,
  ...props
}: ProcedureFaqProps) {
  const messages = resolveMessages(procedureFaqMessages, "procedureFaq", locale, messageOverrides);
  const items = useMemo(() => readFaq(faq, component), [faq]);
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const level = readHeadingLevel(headingLevel, 3, component);
  const accordion = useFindableAccordion({
    component,
    ids,
    type,
    value,
    defaultValue,
    onValueChange,
    idPrefix,
    openFromHash,
    rememberOpen,
    storageNamespace: "faq",
    panelSlot: "procedure-faq-panel",
    eventType: "faq_toggle",
    onEvent,
    eventContext,
  });

  if (items.length === 0) {
    return null;
  }

  return (
    <div
      className={cx(procedureFaqVariants({ appearance, size }), className)}
      data-slot="procedure-faq"
      data-appearance={appearance ?? "bordered"}
      {...props}
    >
      {type === "multiple" && showAllToggle && items.length > 1 ? (
        <ShowAllButton
          name="procedure-faq"
          panelIds={ids.map((id) => `${idPrefix}-${id}-panel`)}
          allOpen={accordion.allOpen}
          showAll={messages.showAll}
          hideAll={messages.hideAll}
          onClick={() => accordion.changeOpenItems(accordion.allOpen ? [] : ids)}
        />
      ) : null}
      <AccordionList name="procedure-faq" type={type} accordion={accordion}>
        {items.map((item) => (
          <Question
            key={item.id}
            item={item}
            open={accordion.openSet.has(item.id)}
            itemId={`${idPrefix}-${item.id}`}
            level={level}
          />
        ))}
      </AccordionList>
      {withJsonLd === false ? null : (
        <JsonLd
          data={faqPageJsonLd(
            items,
            withJsonLd === true ? { locale: localeTag(locale) } : withJsonLd,
          )}
        />
      )}
    </div>
  );
}
