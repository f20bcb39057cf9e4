"use client";

import { cx } from "class-variance-authority";
import { type ComponentProps, memo, useMemo } from "react";
import type { Clinic, SideEffect, SideEffectTier } from "../../content/types";
import {
  AccordionList,
  FindableAccordionItem,
  ShowAllButton,
  useFindableAccordion,
} from "../../hooks/use-findable-accordion";
import { durationWords, formatDurationRange, formatList } from "../../i18n/format";
import { type LocaleOption, resolveMessages } from "../../i18n/locale";
import type { EventContext, OnEvent } from "../../shared/analytics";
import { isForAreas, usePatientAreas } from "../../shared/areas";
import { Heading, type HeadingLevel, readHeadingLevel } from "../../shared/heading";
import { Icon, type IconName } from "../../shared/icons";
import { toTelHref } from "../../shared/phone";
import { readClinicContact } from "../../shared/read-clinic";
import { slot } from "../../shared/slot";
import { type SideEffectAccordionMessages, sideEffectAccordionMessages } from "./messages";
import { type RenderableSideEffect, readSideEffects } from "./read-side-effects";
import { type SideEffectAccordionVariants, sideEffectAccordionVariants } from "./variants";

const component = "SideEffectAccordion";

// Each tier has its own shape, so it is never told by colour alone; the words say it too.
const tierIcons: Record<SideEffectTier, IconName> = {
  expected: "check-circle",
  "contact-clinic": "phone",
  urgent: "warning",
};

export interface SideEffectAccordionProps
  extends Omit<ComponentProps<"div">, "defaultValue" | "dir" | "children">,
    SideEffectAccordionVariants {
  /** The side effects, each an item. Invalid items are skipped with a development warning. */
  sideEffects: readonly SideEffect[];
  /**
   * The areas this patient had treated (`["Lips"]`): the accordion shows the side effects for
   * every area and those for these. Without it, every side effect, each for some areas named
   * ("Lips: Swelling").
   */
  areas?: readonly string[];
  /** The clinic to call: `contact-clinic` and `urgent` items link to its phone number. */
  clinic?: Clinic;
  /**
   * Level of each item's heading; the headings inside a panel are one level below.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * `multiple` lets several items be open at once; `single` closes the others.
   * @default "multiple"
   */
  type?: "single" | "multiple";
  /** The ids of the open items (controlled). */
  value?: string[];
  /**
   * The ids of the items open at first (uncontrolled).
   * @default []
   */
  defaultValue?: string[];
  /** Called with the ids of the open items whenever they change. */
  onValueChange?: (value: string[]) => void;
  /**
   * `urgency` lists urgent items first, then contact-the-clinic, then expected.
   * @default "content"
   */
  order?: "content" | "urgency";
  /**
   * Show the "Show all sections" / "Hide all sections" button (multiple only).
   * @default true
   */
  showAllToggle?: boolean;
  /**
   * Prefix of the items' ids, which are also their URL fragments (`#side-effect-redness`). Give
   * each accordion on a page its own prefix.
   * @default "side-effect"
   */
  idPrefix?: string;
  /**
   * Open (and scroll to) the item named in the URL's fragment, on load and on `hashchange`.
   * @default true
   */
  openFromHash?: boolean;
  /**
   * Remember which items are open for the browser session (sessionStorage). `true` uses the
   * `idPrefix` as the key; a string sets the key.
   * @default false
   */
  rememberOpen?: boolean | string;
  /**
   * Country calling code for phone numbers written without "+".
   * @default "1"
   */
  defaultCountryCode?: string;
  /**
   * The language of built-in text and of numbers and dates: a locale bundle such as `frCA` from
   * `medspa-ui/locales/fr-CA` (an English page downloads no other language), or an English tag.
   * @default "en"
   */
  locale?: LocaleOption;
  /** Replaces built-in text, key by key. */
  messages?: Partial<SideEffectAccordionMessages>;
  /** Analytics: `accordion_toggle` with the item id and whether it opened. */
  onEvent?: OnEvent;
  /** Added to every event when set: opt in to send procedure details to analytics. */
  eventContext?: EventContext;
}

function summaryOf(
  item: RenderableSideEffect,
  messages: SideEffectAccordionMessages,
  locale: LocaleOption | undefined,
) {
  const parts: string[] = [];
  if (item.frequency !== undefined) {
    parts.push(messages.frequency[item.frequency]);
  }
  if (item.peak !== undefined) {
    parts.push(messages.peaksAt(...durationWords(item.peak, locale)));
  }
  if (item.duration !== undefined) {
    parts.push(messages.usually(formatDurationRange(item.duration, locale)));
  }
  return parts.join(" · ");
}

interface SideEffectItemProps {
  item: RenderableSideEffect;
  open: boolean;
  itemId: string;
  level: HeadingLevel;
  messages: SideEffectAccordionMessages;
  locale: LocaleOption | undefined;
  useRegions: boolean;
  callLabel: string;
  phoneHref: string | undefined;
  clinicPhone: string | undefined;
}

/**
 * One side effect. Memoised, with stable callbacks from the accordion, so a toggle re-renders only
 * the item that changed: no per-toggle work grows with the number of items.
 */
const SideEffectItem = memo(function SideEffectItem({
  item,
  open,
  itemId,
  level,
  messages,
  locale,
  useRegions,
  callLabel,
  phoneHref,
  clinicPhone,
}: SideEffectItemProps) {
  const summary = summaryOf(item, messages, locale);
  const showCall = phoneHref !== undefined && item.tier !== "expected";
  return (
    <FindableAccordionItem
      name="side-effect-accordion"
      value={item.id}
      itemId={itemId}
      level={level}
      open={open}
      region={useRegions}
      data-tier={item.tier}
      trigger={
        <>
          <span className="msu-side-effect-accordion-trigger-text">
            <span className="msu-visually-hidden">{messages.tierPrefix[item.tier]}</span>{" "}
            {item.areas.length === 0 ? null : (
              <>
                <span {...slot("side-effect-accordion-area")}>
                  {messages.area(formatList(item.areas, "conjunction", locale))}
                </span>{" "}
              </>
            )}
            <span {...slot("side-effect-accordion-name")}>{item.name}</span>
            {summary === "" ? null : " "}
            {summary === "" ? null : (
              <span {...slot("side-effect-accordion-summary")}>{summary}</span>
            )}
          </span>
          <span {...slot("side-effect-accordion-badge")} data-tier={item.tier} aria-hidden="true">
            <Icon name={tierIcons[item.tier]} className="msu-side-effect-accordion-tier-icon" />
            {messages.tierLabel[item.tier]}
          </span>
        </>
      }
    >
      <div className="msu-side-effect-accordion-panel-body">
        {item.description === "" ? null : <p>{item.description}</p>}
        {item.selfCare.length === 0 ? null : (
          <>
            <Heading level={level + 1} className="msu-side-effect-accordion-subheading">
              {messages.whatHelps}
            </Heading>
            <ul data-slot="side-effect-accordion-self-care">
              {item.selfCare.map((advice, index) => (
                // A CMS list may repeat an entry; its position is its identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered.
                <li key={index}>{advice}</li>
              ))}
            </ul>
          </>
        )}
        {item.seekHelpIf.length === 0 ? null : (
          <>
            <Heading level={level + 1} className="msu-side-effect-accordion-subheading">
              {messages.contactClinicIf}
            </Heading>
            <ul data-slot="side-effect-accordion-seek-help">
              {item.seekHelpIf.map((sign, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered.
                <li key={index}>{sign}</li>
              ))}
            </ul>
          </>
        )}
        {showCall ? (
          <p {...slot("side-effect-accordion-call")}>
            {callLabel}{" "}
            <a href={phoneHref} className="msu-side-effect-accordion-call-link">
              {clinicPhone}
            </a>
          </p>
        ) : null}
        {item.tier === "urgent" ? (
          <p {...slot("side-effect-accordion-emergency")}>{messages.emergency}</p>
        ) : null}
      </div>
    </FindableAccordionItem>
  );
});

/**
 * Side effects after a treatment, calm for what is expected and unmistakable for what needs the
 * clinic. Built on Radix Accordion (state, keyboard, ARIA), with panels that stay in the server
 * HTML and open on find-in-page, from the URL fragment, for print and with Show all.
 *
 * @selector [data-slot="side-effect-accordion"] the root, with `data-appearance`
 * @selector [data-slot="side-effect-accordion-item"][data-tier="expected|contact-clinic|urgent"][data-state="open|closed"] an item
 * @selector [data-slot="side-effect-accordion-trigger"] the button inside each heading
 * @selector [data-slot="side-effect-accordion-area"] the area named before a side effect for some areas ("Lips:")
 * @selector [data-slot="side-effect-accordion-panel"][data-state="open|closed"] a panel
 * @selector [data-slot="side-effect-accordion-show-all"] the Show all / Hide all button
 */
export function SideEffectAccordion({
  sideEffects,
  areas: areasProp,
  clinic,
  headingLevel,
  type = "multiple",
  value: valueProp,
  defaultValue,
  onValueChange,
  order = "content",
  showAllToggle = true,
  idPrefix = "side-effect",
  openFromHash = true,
  rememberOpen = false,
  defaultCountryCode,
  locale,
  messages: messageOverrides,
  onEvent,
  eventContext,
  appearance,
  size,
  className,
  ...props
}: SideEffectAccordionProps) {
  // Stable across toggles, so the memoised items skip re-rendering.
  const messages = useMemo(
    () =>
      resolveMessages(sideEffectAccordionMessages, "sideEffectAccordion", locale, messageOverrides),
    [locale, messageOverrides],
  );
  const areas = usePatientAreas(areasProp);
  const items = useMemo(
    () => readSideEffects(sideEffects, order).filter((item) => isForAreas(item.areas, areas)),
    [sideEffects, order, areas],
  );
  const level = readHeadingLevel(headingLevel, 3, component);
  const allIds = useMemo(() => items.map((item) => item.id), [items]);
  const accordion = useFindableAccordion({
    component,
    ids: allIds,
    type,
    value: valueProp,
    defaultValue,
    onValueChange,
    idPrefix,
    openFromHash,
    rememberOpen,
    storageNamespace: "side-effects",
    panelSlot: "side-effect-accordion-panel",
    eventType: "accordion_toggle",
    onEvent,
    eventContext,
  });
  const domId = (id: string) => `${idPrefix}-${id}`;
  const { name: clinicName, phone: clinicPhone } = readClinicContact(clinic, component);
  const phoneHref = toTelHref(
    clinicPhone,
    defaultCountryCode === undefined ? {} : { defaultCountryCode },
  );

  if (items.length === 0) {
    return null;
  }

  const callLabel = clinicName === undefined ? messages.callUs : messages.callClinic(clinicName);

  const itemElements = items.map((item) => (
    <SideEffectItem
      key={item.id}
      item={item}
      open={accordion.openSet.has(item.id)}
      itemId={domId(item.id)}
      level={level}
      messages={messages}
      locale={locale}
      useRegions={accordion.useRegions}
      callLabel={callLabel}
      phoneHref={phoneHref}
      clinicPhone={clinicPhone}
    />
  ));

  return (
    <div
      className={cx(sideEffectAccordionVariants({ appearance, size }), className)}
      data-slot="side-effect-accordion"
      data-appearance={appearance ?? "bordered"}
      {...props}
    >
      {type === "multiple" && showAllToggle && items.length > 1 ? (
        <ShowAllButton
          name="side-effect-accordion"
          panelIds={items.map((item) => `${domId(item.id)}-panel`)}
          allOpen={accordion.allOpen}
          showAll={messages.showAll}
          hideAll={messages.hideAll}
          onClick={() => accordion.changeOpenItems(accordion.allOpen ? [] : allIds)}
        />
      ) : null}
      <AccordionList name="side-effect-accordion" type={type} accordion={accordion}>
        {itemElements}
      </AccordionList>
    </div>
  );
}
