import { cx } from "class-variance-authority";
import type { ComponentProps, ReactNode } from "react";
import type { CareItem, Clinic, Procedure } from "../../content/types";
import { clientLocale, type LocaleOption, localeTag, resolveMessages } from "../../i18n/locale";
import type { EventContext, OnEvent } from "../../shared/analytics";
import { isRecord, isSlug } from "../../shared/content-checks";
import { warnInDevelopment } from "../../shared/development";
import { Heading, type HeadingLevel, readHeadingLevel } from "../../shared/heading";
import { slot } from "../../shared/slot";
import { AftercareChecklist, type AftercareChecklistProps } from "../AftercareChecklist";
import { BookingBanner, type BookingBannerProps } from "../BookingBanner";
import { ProcedureExplainer, procedureExplainerSections } from "../ProcedureExplainer";
import { SideEffectAccordion } from "../SideEffectAccordion";
import { LazyProcedureFaq, LazyResultsSection, LazyStructuredData } from "./client";
import { type ProcedurePageMessages, procedurePageMessages } from "./messages";

export interface ProcedurePageProps extends Omit<ComponentProps<"div">, "children"> {
  /** The treatment the page is about. */
  procedure: Procedure;
  /** The clinic that offers it: phone, booking and the handout's footer. */
  clinic: Clinic;
  /**
   * Level of the procedure's name (2–4: the page nests two more levels below it).
   * @default 2
   */
  headingLevel?: 2 | 3 | 4;
  /** The page's canonical https URL, for the structured data. */
  url?: string;
  /**
   * Render the schema.org structured data.
   * @default true
   */
  jsonLd?: boolean;
  /**
   * Also render the questions as a schema.org `FAQPage` (with `jsonLd`). Off by default: Google
   * no longer shows FAQ rich results (since May 2026, and before that only for authoritative
   * government and health sites); turn it on for other search engines and assistants.
   * @default false
   */
  faqJsonLd?: boolean;
  /**
   * Key under which aftercare ticks are kept on the device; preparation ticks are kept under
   * `<storageKey>-preparation`.
   * @default procedure.id
   */
  storageKey?: string;
  /**
   * When the visitor is or was treated, if the site knows it: counts down to the preparation,
   * highlights today's care and dates the follow-up visit.
   */
  treatmentDate?: string | Date;
  /**
   * The areas this visitor had treated, if the site knows them (`["Lips"]`): the checklists and
   * the side effects show the care for every area and for these. Without it, every item shows with
   * its area named, and each checklist lets the patient choose.
   */
  areas?: readonly string[];
  /** The booking banner's options (layout, tone, headline, text, offer, dialog). */
  banner?: Pick<
    BookingBannerProps,
    "layout" | "tone" | "headline" | "text" | "offer" | "dialog" | "bookLink"
  >;
  /**
   * The language of built-in text and of numbers and dates: a locale bundle such as `frCA` from
   * `medspa-ui/locales/fr-CA` (an English page downloads no other language), or an English tag.
   * @default "en"
   */
  locale?: LocaleOption;
  /** Replaces the page's own headings, key by key. */
  messages?: Partial<ProcedurePageMessages>;
  /** One analytics callback for every part. */
  onEvent?: OnEvent;
  /** Added to every event when set. */
  eventContext?: EventContext;
}

/** Where the aftercare checklist shows the follow-up visit, the explainer leaves it out. */
const explainerSectionsBeforeAftercare = procedureExplainerSections.filter(
  (section) => section !== "followUp",
);

function listOrEmpty<Item>(value: Item[] | undefined, path: string): Item[] {
  if (value === undefined || Array.isArray(value)) {
    return value ?? [];
  }
  if (process.env.NODE_ENV !== "production") {
    warnInDevelopment(
      "ProcedurePage",
      `procedure.${path} must be a list; the section is not shown`,
    );
  }
  return [];
}

/**
 * A whole treatment page from one `Procedure` and one `Clinic`, in the order clinics use: the
 * explainer (ending with whether it is right for you), the results (before-and-after photos, with
 * a booking call to action beside them), the preparation checklist (up to and on the
 * day), the side effects, the aftercare checklist (ending with the follow-up visit), the questions
 * patients ask, the booking banner and the structured data, with one heading outline.
 * Static itself; the interactive parts are their own client components.
 *
 * @selector [data-slot="procedure-page"] the root
 * @selector [data-slot="procedure-page-section"][data-section="results|preparation|side-effects|aftercare|faq"] a section
 */
export function ProcedurePage({
  procedure,
  clinic,
  headingLevel,
  url,
  jsonLd = true,
  faqJsonLd: faqJsonLdOn = false,
  storageKey,
  treatmentDate,
  areas,
  banner,
  locale,
  messages: messageOverrides,
  onEvent,
  eventContext,
  className,
  ...props
}: ProcedurePageProps) {
  const messages = resolveMessages(
    procedurePageMessages,
    "procedurePage",
    locale,
    messageOverrides,
  );
  const level = readHeadingLevel(headingLevel, 2, "ProcedurePage");
  if (level > 4) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment("ProcedurePage", `headingLevel must be 2, 3 or 4, got ${level}; using 4`);
    }
  }
  const titleLevel = Math.min(level, 4) as 2 | 3 | 4;
  const sectionLevel = (titleLevel + 1) as HeadingLevel;
  const itemLevel = (titleLevel + 2) as HeadingLevel;
  const events = {
    ...(onEvent === undefined ? {} : { onEvent }),
    ...(eventContext === undefined ? {} : { eventContext }),
  };
  if (!isRecord(procedure)) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        "ProcedurePage",
        "procedure must be a Procedure object; nothing is rendered",
      );
    }
    return null;
  }
  // Each part checks its own items; the page leaves out a section whose list is missing or empty.
  const sideEffects = listOrEmpty(procedure.sideEffects, "sideEffects");
  const preparation = listOrEmpty(procedure.preparation, "preparation");
  const aftercare = listOrEmpty(procedure.aftercare, "aftercare");
  const faq = listOrEmpty(procedure.faq, "faq");
  const results = listOrEmpty(procedure.results, "results");
  const id = isSlug(procedure.id) ? procedure.id : "procedure";
  // What the client parts are given: in a Server Component, a bundle crosses as its reference.
  const partLocale = clientLocale(locale);
  const jsonLdOptions = {
    ...(url === undefined ? {} : { url }),
    ...(locale === undefined ? {} : { locale: localeTag(locale) }),
  };

  /** A section of its own under a heading of the page's outline: the side effects, the questions. */
  const titledSection = (section: "side-effects" | "faq", title: string, children: ReactNode) => (
    <section {...slot("procedure-page-section")} data-section={section}>
      <Heading level={sectionLevel} className="msu-procedure-page-section-title">
        {title}
      </Heading>
      {children}
    </section>
  );

  /** A checklist of the care guide in its section: preparation or aftercare, each its own ticks. */
  const careSection = (
    section: "preparation" | "aftercare",
    items: CareItem[],
    key: string,
    extra?: Pick<AftercareChecklistProps, "followUp" | "dialog">,
  ) =>
    items.length === 0 ? null : (
      <section {...slot("procedure-page-section")} data-section={section}>
        <AftercareChecklist
          items={items}
          clinic={clinic}
          headingLevel={sectionLevel}
          storageKey={key}
          locale={partLocale}
          {...(treatmentDate === undefined ? {} : { treatmentDate })}
          {...(areas === undefined ? {} : { areas })}
          {...extra}
          {...events}
        />
      </section>
    );

  return (
    <div className={cx("msu-procedure-page", className)} data-slot="procedure-page" {...props}>
      {jsonLd ? (
        <LazyStructuredData procedure={procedure} clinic={clinic} options={jsonLdOptions} />
      ) : null}
      <ProcedureExplainer
        procedure={procedure}
        clinic={clinic}
        headingLevel={titleLevel}
        locale={locale}
        layout="split"
        sections={
          aftercare.length === 0 ? procedureExplainerSections : explainerSectionsBeforeAftercare
        }
      />
      {results.length === 0 ? null : (
        <LazyResultsSection
          results={results}
          treatment={procedure.name}
          heading={
            <>
              <Heading level={sectionLevel} className="msu-procedure-page-section-title">
                {messages.results}
              </Heading>
              <p className="msu-procedure-page-intro">{messages.resultsIntro}</p>
            </>
          }
          locale={partLocale}
        >
          <BookingBanner
            clinic={clinic}
            layout="compact"
            tone="subtle"
            headline={messages.resultsBooking}
            headingLevel={itemLevel}
            placement="results"
            locale={locale}
            dialog={banner?.dialog}
            {...events}
          />
        </LazyResultsSection>
      )}
      {careSection("preparation", preparation, `${storageKey ?? id}-preparation`)}
      {sideEffects.length === 0
        ? null
        : titledSection(
            "side-effects",
            messages.sideEffects,
            <>
              <p className="msu-procedure-page-intro">{messages.sideEffectsIntro}</p>
              <SideEffectAccordion
                sideEffects={sideEffects}
                clinic={clinic}
                headingLevel={itemLevel}
                idPrefix={`${id}-side-effect`}
                locale={partLocale}
                {...(areas === undefined ? {} : { areas })}
                {...events}
              />
            </>,
          )}
      {careSection("aftercare", aftercare, storageKey ?? id, {
        followUp: procedure.followUp,
        dialog: banner?.dialog,
      })}
      {faq.length === 0
        ? null
        : titledSection(
            "faq",
            messages.faq,
            <LazyProcedureFaq
              faq={faq}
              headingLevel={itemLevel}
              idPrefix={`${id}-faq`}
              faqJsonLd={jsonLd && faqJsonLdOn ? jsonLdOptions : false}
              locale={partLocale}
              {...events}
            />,
          )}
      <BookingBanner
        clinic={clinic}
        headingLevel={sectionLevel}
        locale={locale}
        {...banner}
        {...events}
      />
    </div>
  );
}
