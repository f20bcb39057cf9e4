import { cx } from "class-variance-authority";
import { type ComponentProps, Fragment, type ReactNode } from "react";
import type { Clinic, Procedure, ProcedurePhase } from "../../content/types";
import {
  durationWords,
  formatCountRange,
  formatDurationRange,
  formatIsoDate,
  formatList,
} from "../../i18n/format";
import { type LocaleOption, resolveMessages } from "../../i18n/locale";
import { isNonEmptyText, isRecord } from "../../shared/content-checks";
import { Heading, type HeadingLevel, readHeadingLevel } from "../../shared/heading";
import { toTelHref } from "../../shared/phone";
import { slot } from "../../shared/slot";
import { toSafeHttpsUrl } from "../../shared/url";
import { type ProcedureExplainerMessages, procedureExplainerMessages } from "./messages";
import { type ExplainerContent, readProcedure } from "./read-procedure";
import { type ProcedureExplainerVariants, procedureExplainerVariants } from "./variants";

/** The sections after the header (name, also-known-as, summary), in their default order. */
export const procedureExplainerSections = [
  "howItWorks",
  "treats",
  "facts",
  "steps",
  "expectations",
  "suitability",
  "followUp",
  "disclaimer",
  "review",
] as const;

export type ProcedureExplainerSection = (typeof procedureExplainerSections)[number];

export interface ProcedureExplainerProps
  extends Omit<ComponentProps<"article">, "children">,
    ProcedureExplainerVariants {
  /** The procedure to explain. Invalid parts are skipped, with a development warning naming the path. */
  procedure: Procedure;
  /**
   * Level of the procedure's name; sections nest one level below it, step phases two.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * Which sections to show, in this order. Sections without content are always omitted.
   * @default ["howItWorks", "treats", "facts", "steps", "expectations", "suitability", "followUp", "disclaimer", "review"]
   */
  sections?: readonly ProcedureExplainerSection[];
  /**
   * The clinic: under "Is it right for you?", its booking page (as a link to book a consultation)
   * or its phone, for a patient who is not sure.
   */
  clinic?: Clinic;
  /** The site's own node in place of a section, e.g. a CMS rich-text block for `howItWorks`. */
  slots?: Partial<Record<ProcedureExplainerSection, ReactNode>>;
  /**
   * The language of built-in text and of numbers and dates: a locale bundle such as `frCA` from
   * `medspa-ui/locales/fr-CA` (an English page downloads no other language), or an English tag.
   * @default "en"
   */
  locale?: LocaleOption;
  /** Replaces built-in text, key by key. */
  messages?: Partial<ProcedureExplainerMessages>;
}

interface SectionContext {
  content: ExplainerContent;
  clinic: Clinic | undefined;
  messages: ProcedureExplainerMessages;
  locale: LocaleOption | undefined;
  level: number;
}

const phases: readonly ProcedurePhase[] = ["before", "during", "after"];

function Section({
  name,
  title,
  level,
  children,
}: {
  name: string;
  title?: string;
  level: number;
  children: ReactNode;
}) {
  return (
    <section
      className={`msu-procedure-explainer-section msu-procedure-explainer-${name}`}
      data-slot={`procedure-explainer-${name}`}
    >
      {title === undefined ? null : (
        <Heading level={level} {...slot("procedure-explainer-section-title")}>
          {title}
        </Heading>
      )}
      {children}
    </section>
  );
}

function KeyFacts({ content, messages, locale, level }: SectionContext) {
  const { facts } = content;
  const rows: Array<[string, string]> = [];
  if (facts.treatmentTime) {
    rows.push([messages.treatmentTime, formatDurationRange(facts.treatmentTime, locale)]);
  }
  if (facts.downtime) {
    rows.push([
      messages.downtime,
      facts.downtime.max === 0 ? messages.noDowntime : formatDurationRange(facts.downtime, locale),
    ]);
  }
  if (facts.sessions) {
    const sessions = formatCountRange(facts.sessions, locale);
    // One session with an interval is a treatment repeated as it wears off.
    rows.push([
      messages.sessions,
      facts.interval
        ? facts.sessions.max === 1
          ? messages.sessionRepeated(sessions, ...durationWords(facts.interval, locale))
          : messages.sessionsWithInterval(sessions, formatDurationRange(facts.interval, locale))
        : sessions,
    ]);
  }
  if (facts.numbing) {
    rows.push([messages.numbing, messages.numbingKinds[facts.numbing]]);
  }
  if (facts.resultsVisible) {
    rows.push([
      messages.resultsVisible,
      messages.resultsAfter(...durationWords(facts.resultsVisible, locale)),
    ]);
  }
  if (facts.resultsLast) {
    rows.push([
      messages.resultsLast,
      messages.resultsLastFor(formatDurationRange(facts.resultsLast, locale)),
    ]);
  }
  if (rows.length === 0) {
    return null;
  }
  return (
    <Section name="facts" title={messages.keyFacts} level={level}>
      <dl {...slot("procedure-explainer-facts-list")}>
        {rows.map(([term, value]) => (
          <div key={term} {...slot("procedure-explainer-fact")}>
            <dt>{term}</dt>
            {/* Written for inside a sentence ("up to 1 day"); the stylesheet starts it with a
                capital, as a value standing alone ("Up to 1 day"). */}
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

function Steps({ content, messages, locale, level }: SectionContext) {
  if (content.steps.length === 0) {
    return null;
  }
  let number = 1;
  return (
    <Section name="steps" title={messages.steps} level={level}>
      {phases.map((phase) => {
        const steps = content.steps.filter((step) => step.phase === phase);
        if (steps.length === 0) {
          return null;
        }
        const start = number;
        number += steps.length;
        return (
          <div key={phase} {...slot("procedure-explainer-phase")} data-phase={phase}>
            <Heading level={level + 1} {...slot("procedure-explainer-phase-title")}>
              {messages.phases[phase]}
            </Heading>
            <ol {...slot("procedure-explainer-step-list")} start={start}>
              {steps.map((step) => (
                <li key={step.id} {...slot("procedure-explainer-step")} data-phase={phase}>
                  <p {...slot("procedure-explainer-step-title")}>{step.title}</p>
                  <p {...slot("procedure-explainer-step-description")}>{step.description}</p>
                  {step.duration ? (
                    <p {...slot("procedure-explainer-step-duration")}>
                      {messages.stepDuration(...durationWords(step.duration, locale))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </Section>
  );
}

function TextList({
  name,
  title,
  items,
  level,
}: {
  name: string;
  title: string;
  items: string[];
  level: number;
}) {
  if (items.length === 0) {
    return null;
  }
  return (
    <Section name={name} title={title} level={level}>
      <ul className="msu-procedure-explainer-list" data-slot={`procedure-explainer-${name}-list`}>
        {items.map((item, index) => (
          // Plain text items have no id; their order is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered.
          <li key={index}>{item}</li>
        ))}
      </ul>
    </Section>
  );
}

/**
 * "Is it right for you?": who should not have the treatment (with how long to wait, when waiting
 * helps), what to tell the clinic first, and how to ask: the clinic's booking page or phone.
 */
function Suitability({ content, clinic, messages, level }: SectionContext) {
  const { notSuitableIf, tellClinicIf } = content;
  if (notSuitableIf.length === 0 && tellClinicIf.length === 0) {
    return null;
  }
  // A plain link suits a static page: the clinic's booking page (any https page, embeddable or
  // not) opens in a new tab; else its phone. The banner and the dialog check vendors.
  const source: Partial<Record<keyof Clinic, unknown>> = isRecord(clinic) ? clinic : {};
  const bookingUrl = toSafeHttpsUrl(
    isRecord(source.booking) ? source.booking.url : source.bookingUrl,
  );
  const phone = isNonEmptyText(source.phone) ? source.phone : undefined;
  const phoneHref = toTelHref(phone);
  const lists = [
    ["not-suitable", messages.notSuitableIf, notSuitableIf],
    ["tell-clinic", messages.tellClinicIf, tellClinicIf],
  ] as const;
  return (
    <Section name="suitability" title={messages.suitability} level={level}>
      {lists.map(([name, title, items]) =>
        items.length === 0 ? null : (
          <div key={name} {...slot("procedure-explainer-suitability-group")} data-kind={name}>
            <Heading level={level + 1} className="msu-procedure-explainer-phase-title">
              {title}
            </Heading>
            <ul className="msu-procedure-explainer-list">
              {items.map((item) => (
                <li key={item.id}>
                  {item.text}
                  {item.wait === undefined ? null : (
                    <span {...slot("procedure-explainer-wait")}>{item.wait}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {bookingUrl === undefined && phoneHref === undefined ? null : (
        <p {...slot("procedure-explainer-ask")}>
          {messages.suitabilityQuestion}{" "}
          {bookingUrl === undefined ? (
            <a href={phoneHref}>{messages.call(phone as string)}</a>
          ) : (
            <a href={bookingUrl} target="_blank" rel="noopener noreferrer">
              {messages.bookConsultation}{" "}
              <span className="msu-visually-hidden">{messages.opensInNewTab}</span>
            </a>
          )}
        </p>
      )}
    </Section>
  );
}

function renderSection(section: ProcedureExplainerSection, context: SectionContext): ReactNode {
  const { content, messages, locale, level } = context;
  switch (section) {
    case "howItWorks":
      return content.howItWorks.length === 0 ? null : (
        <Section name="how-it-works" title={messages.howItWorks} level={level}>
          {content.howItWorks.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are static, never reordered.
            <p key={index}>{paragraph}</p>
          ))}
        </Section>
      );
    case "treats":
      return (
        <TextList name="treats" title={messages.treats} items={content.treats} level={level} />
      );
    case "facts":
      return <KeyFacts {...context} />;
    case "steps":
      return <Steps {...context} />;
    case "expectations":
      return (
        <TextList
          name="expectations"
          title={messages.expectations}
          items={content.expectations}
          level={level}
        />
      );
    case "suitability":
      return <Suitability {...context} />;
    case "followUp":
      return content.followUp === undefined ? null : (
        <Section name="follow-up" title={messages.followUp} level={level}>
          <p className="msu-procedure-explainer-follow-up-due">
            {messages.followUpDue(...durationWords(content.followUp.after, locale))}
          </p>
          <p>{content.followUp.purpose}</p>
        </Section>
      );
    case "disclaimer":
      return content.disclaimer === undefined ? null : (
        <p {...slot("procedure-explainer-disclaimer")}>{content.disclaimer}</p>
      );
    case "review":
      return content.review === undefined ? null : (
        <p {...slot("procedure-explainer-review")}>
          {messages.reviewedBy(content.review.reviewer)}
          {content.review.date === undefined ? null : (
            <>
              {` ${messages.reviewedOn} `}
              <time dateTime={content.review.date}>
                {formatIsoDate(content.review.date, locale)}
              </time>
            </>
          )}
        </p>
      );
    default:
      return section satisfies never;
  }
}

/**
 * Explains a treatment: name, summary, how it works, what it treats, key facts, the steps before,
 * during and after, what to expect, whether it is right for you, the follow-up visit, the
 * disclaimer and who reviewed it. Static: no hooks, no
 * context, no client JavaScript; it renders in a React Server Component.
 *
 * @selector [data-slot="procedure-explainer"] the root `<article>`, with `data-layout` and `data-density`
 * @selector [data-slot="procedure-explainer-<section>"] each section (`how-it-works`, `treats`, `facts`, `steps`, `expectations`, `suitability`, `follow-up`)
 * @selector [data-slot="procedure-explainer-suitability-group"][data-kind="not-suitable|tell-clinic"] a suitability list
 * @selector [data-slot="procedure-explainer-step"][data-phase="before|during|after"] a step
 */
export function ProcedureExplainer({
  procedure,
  headingLevel,
  sections = procedureExplainerSections,
  slots,
  clinic,
  locale,
  messages: messageOverrides,
  layout,
  density,
  className,
  ...props
}: ProcedureExplainerProps) {
  const content = readProcedure(procedure);
  if (content === undefined) {
    return null;
  }
  const level = readHeadingLevel(headingLevel, 2, "ProcedureExplainer");
  const messages = resolveMessages(
    procedureExplainerMessages,
    "procedureExplainer",
    locale,
    messageOverrides,
  );
  const context: SectionContext = { content, clinic, messages, locale, level: level + 1 };
  const render = (section: ProcedureExplainerSection) =>
    slots?.[section] !== undefined ? (
      <div key={section} {...slot("procedure-explainer-slot")} data-section={section}>
        {slots[section]}
      </div>
    ) : (
      <Fragment key={section}>{renderSection(section, context)}</Fragment>
    );
  const splitFacts = layout === "split" && sections.includes("facts");
  const mainSections = splitFacts ? sections.filter((section) => section !== "facts") : sections;

  return (
    <article
      className={cx(procedureExplainerVariants({ layout, density }), className)}
      data-slot="procedure-explainer"
      data-layout={layout ?? "stacked"}
      data-density={density ?? "comfortable"}
      {...props}
    >
      <header {...slot("procedure-explainer-header")}>
        {content.name === undefined ? null : (
          <Heading level={level} {...slot("procedure-explainer-title")}>
            {content.name}
          </Heading>
        )}
        {content.alsoKnownAs.length === 0 ? null : (
          <p {...slot("procedure-explainer-also-known-as")}>
            {messages.alsoKnownAs(formatList(content.alsoKnownAs, "disjunction", locale))}
          </p>
        )}
        {content.summary === undefined ? null : (
          <p {...slot("procedure-explainer-summary")}>{content.summary}</p>
        )}
      </header>
      <div {...slot("procedure-explainer-body")}>
        <div {...slot("procedure-explainer-main")}>{mainSections.map(render)}</div>
        {splitFacts ? <div {...slot("procedure-explainer-aside")}>{render("facts")}</div> : null}
      </div>
    </article>
  );
}
