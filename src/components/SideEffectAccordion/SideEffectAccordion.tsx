"use client";

import * as Accordion from "@radix-ui/react-accordion";
import { cx } from "class-variance-authority";
import {
  type ComponentProps,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { flushSync } from "react-dom";
import type { Clinic, SideEffect, SideEffectTier } from "../../content/types";
import { useControllableState } from "../../hooks";
import { formatDurationRange, type LocaleOption, resolveMessages } from "../../i18n";
import {
  type EventContext,
  Heading,
  type HeadingLevel,
  Icon,
  type IconName,
  type OnEvent,
  readClinicContact,
  readHeadingLevel,
  readStoredJson,
  sessionStorageOrUndefined,
  slot,
  toTelHref,
  warnInDevelopment,
  writeStoredJson,
} from "../../shared";
import { type SideEffectAccordionMessages, sideEffectAccordionMessages } from "./messages";
import { type RenderableSideEffect, readSideEffects } from "./read-side-effects";
import { type SideEffectAccordionVariants, sideEffectAccordionVariants } from "./variants";

const component = "SideEffectAccordion";

// WAI-ARIA APG: regions help only while few panels can be open; past six they become noise.
// https://www.w3.org/WAI/ARIA/apg/patterns/accordion/
const maximumRegions = 6;

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

const supportsUntilFound = () =>
  typeof document !== "undefined" && "onbeforematch" in document.body;

// Where CSS animates a height to `auto` (interpolate-size: Chromium 129 on), an opening panel
// needs no measuring, which forces a layout inside the click that opens it. (jsdom has a `CSS`
// without `supports`.)
const cssAnimatesToAuto = () =>
  typeof CSS !== "undefined" && CSS.supports?.("interpolate-size", "allow-keywords") === true;

interface PanelProps extends ComponentProps<"div"> {
  open: boolean;
}

/** Runs a callback when the browser is idle (or soon, where it cannot say); returns a cancel. */
function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(callback, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 1);
  return () => window.clearTimeout(handle);
}

/**
 * Where an element's ids resolve: its shadow root inside a custom element (which the document's
 * queries cannot see into), else the document.
 */
function treeOf(element: Element | null): Document | ShadowRoot {
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root : document;
}

/** Turns a closed panel's plain `hidden` into `hidden="until-found"`, where the browser has it. */
function makeFindable(panel: Element) {
  if (panel.getAttribute("hidden") === "" && supportsUntilFound()) {
    panel.setAttribute("hidden", "until-found");
  }
}

/**
 * A panel whose content is always in the HTML. Closed, it is `hidden="until-found"`, so the
 * browser's find-in-page can reveal it (firing `beforematch`, which the accordion listens for once
 * for every panel). React renders the boolean `hidden` only (it drops "until-found"), so the value
 * is set through the element: by the accordion for every closed panel once the browser is idle
 * after hydration (the change is invisible, and making 50 panels findable at once costs as much as
 * hydrating them), and here when a panel closes. Browsers without until-found keep plain
 * `hidden`; Show all and print still reveal everything.
 * https://developer.chrome.com/docs/css-ui/hidden-until-found
 */
function Panel({ open, ...props }: PanelProps) {
  const ref = useRef<HTMLDivElement | null>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (wasOpen.current && !open && ref.current !== null) {
      makeFindable(ref.current);
    }
    wasOpen.current = open;
  }, [open]);

  // Where CSS cannot animate to `height: auto`, the opening animation grows the panel to its
  // measured height, through a CSS variable set with the CSSOM (allowed under a strict CSP, unlike
  // a style attribute in the server HTML). A ref callback that changes with `open` runs when the
  // panel opens, before paint, like a layout effect, but never during server rendering, where
  // React 18 logs an error per useLayoutEffect.
  const attachPanel = useCallback(
    (panel: HTMLDivElement | null) => {
      ref.current = panel;
      if (open && panel !== null && !cssAnimatesToAuto()) {
        panel.style.setProperty(
          "--msu-side-effect-accordion-panel-height",
          `${panel.scrollHeight}px`,
        );
      }
    },
    [open],
  );

  return <div ref={attachPanel} hidden={!open} data-state={open ? "open" : "closed"} {...props} />;
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
    parts.push(messages.peaksAt(formatDurationRange(item.peak, locale)));
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
  const triggerId = `${itemId}-trigger`;
  const panelId = `${itemId}-panel`;
  const summary = summaryOf(item, messages, locale);
  const showCall = phoneHref !== undefined && item.tier !== "expected";
  return (
    <Accordion.Item
      key={item.id}
      value={item.id}
      id={itemId}
      {...slot("side-effect-accordion-item")}
      data-tier={item.tier}
    >
      {/* Radix's Header would only add these attributes, through a Slot and a context read per
          item; rendering them here keeps its DOM at a lower hydration cost. */}
      <Heading
        level={level}
        {...slot("side-effect-accordion-heading")}
        data-state={open ? "open" : "closed"}
        data-orientation="vertical"
      >
        <Accordion.Trigger
          id={triggerId}
          aria-controls={panelId}
          {...slot("side-effect-accordion-trigger")}
        >
          <span className="msu-side-effect-accordion-trigger-text">
            <span className="msu-visually-hidden">{messages.tierPrefix[item.tier]}</span>{" "}
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
        </Accordion.Trigger>
      </Heading>
      <Panel
        open={open}
        id={panelId}
        role={useRegions ? "region" : undefined}
        aria-labelledby={triggerId}
        {...slot("side-effect-accordion-panel")}
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
      </Panel>
    </Accordion.Item>
  );
});

function storageKeyFor(rememberOpen: boolean | string, idPrefix: string): string | undefined {
  if (rememberOpen === false) {
    return undefined;
  }
  return `medspa-ui:side-effects:v1:${rememberOpen === true ? idPrefix : rememberOpen}`;
}

/**
 * Side effects after a treatment, calm for what is expected and unmistakable for what needs the
 * clinic. Built on Radix Accordion (state, keyboard, ARIA), with panels that stay in the server
 * HTML and open on find-in-page, from the URL fragment, for print and with Show all.
 *
 * @selector [data-slot="side-effect-accordion"] the root, with `data-appearance`
 * @selector [data-slot="side-effect-accordion-item"][data-tier="expected|contact-clinic|urgent"][data-state="open|closed"] an item
 * @selector [data-slot="side-effect-accordion-trigger"] the button inside each heading
 * @selector [data-slot="side-effect-accordion-panel"][data-state="open|closed"] a panel
 * @selector [data-slot="side-effect-accordion-show-all"] the Show all / Hide all button
 */
export function SideEffectAccordion({
  sideEffects,
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
  const items = useMemo(() => readSideEffects(sideEffects, order), [sideEffects, order]);
  const level = readHeadingLevel(headingLevel, 3, component);
  const allIds = useMemo(() => items.map((item) => item.id), [items]);
  const [value, setValue] = useControllableState<string[]>({
    value: valueProp,
    defaultValue: defaultValue ?? [],
    onChange: onValueChange,
  });
  const [printing, setPrinting] = useState(false);
  const knownIds = useMemo(() => new Set(allIds), [allIds]);
  const openIds = useMemo(
    () => (printing ? allIds : value.filter((id) => knownIds.has(id))),
    [printing, allIds, value, knownIds],
  );
  const openSet = useMemo(() => new Set(openIds), [openIds]);
  const domId = (id: string) => `${idPrefix}-${id}`;
  const storageKey = storageKeyFor(rememberOpen, idPrefix);
  const { name: clinicName, phone: clinicPhone } = readClinicContact(clinic, component);
  const phoneHref = toTelHref(
    clinicPhone,
    defaultCountryCode === undefined ? {} : { defaultCountryCode },
  );

  const emit = useCallback(
    (id: string, open: boolean) => {
      onEvent?.({
        type: "accordion_toggle",
        id,
        open,
        ...(eventContext ? { context: eventContext } : {}),
      });
    },
    [onEvent, eventContext],
  );

  const changeOpenItems = useCallback(
    (next: string[]) => {
      const previous = new Set(value);
      const upcoming = new Set(next);
      for (const id of upcoming) {
        if (!previous.has(id)) {
          emit(id, true);
        }
      }
      for (const id of previous) {
        if (!upcoming.has(id)) {
          emit(id, false);
        }
      }
      setValue(next);
    },
    [value, setValue, emit],
  );

  const openItem = useCallback(
    (id: string) => {
      setValue((current) => {
        if (current.includes(id)) {
          return current;
        }
        emit(id, true);
        return type === "single" ? [id] : [...current, id];
      });
    },
    [setValue, emit, type],
  );

  // Find-in-page reveals a closed panel by firing `beforematch` on it: one listener for them all,
  // in the capture phase, which every event passes through whether or not it bubbles.
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = listRef.current;
    if (list === null) {
      return;
    }
    const reveal = (event: Event) => {
      const panelId = (event.target as Element).id;
      const item = items.find((candidate) => `${idPrefix}-${candidate.id}-panel` === panelId);
      if (item !== undefined) {
        openItem(item.id);
      }
    };
    list.addEventListener("beforematch", reveal, true);
    return () => list.removeEventListener("beforematch", reveal, true);
  }, [items, idPrefix, openItem]);

  // Every closed panel becomes findable once the browser is idle (see Panel).
  // biome-ignore lint/correctness/useExhaustiveDependencies: new items bring new closed panels.
  useEffect(() => {
    const list = listRef.current;
    if (list === null) {
      return;
    }
    return whenIdle(() => {
      for (const panel of list.querySelectorAll('[data-slot="side-effect-accordion-panel"]')) {
        makeFindable(panel);
      }
    });
  }, [items]);

  // Restore remembered items once, after hydration (the server cannot know them).
  const restored = useRef(false);
  useEffect(() => {
    if (storageKey === undefined || restored.current) {
      return;
    }
    restored.current = true;
    const stored = readStoredJson(sessionStorageOrUndefined, storageKey);
    if (Array.isArray(stored)) {
      const ids = stored.filter(
        (id): id is string => typeof id === "string" && allIds.includes(id),
      );
      if (ids.length > 0) {
        setValue((current) =>
          type === "single" ? ids.slice(0, 1) : [...new Set([...current, ...ids])],
        );
      }
    }
  }, [storageKey, allIds, setValue, type]);

  useEffect(() => {
    if (storageKey !== undefined && restored.current) {
      writeStoredJson(sessionStorageOrUndefined, storageKey, value);
    }
  }, [storageKey, value]);

  useEffect(() => {
    if (!openFromHash) {
      return;
    }
    const openFromLocation = () => {
      let fragment: string;
      try {
        fragment = decodeURIComponent(window.location.hash.slice(1));
      } catch {
        return;
      }
      const item = items.find((candidate) => `${idPrefix}-${candidate.id}` === fragment);
      if (item === undefined) {
        return;
      }
      openItem(item.id);
      // Scroll once the opened panel has been laid out. The items are the list's children, found
      // there rather than through the document, which cannot see into a custom element's shadow root.
      window.requestAnimationFrame(() => {
        listRef.current?.children.namedItem(fragment)?.scrollIntoView?.({ block: "start" });
      });
    };
    openFromLocation();
    window.addEventListener("hashchange", openFromLocation);
    return () => window.removeEventListener("hashchange", openFromLocation);
  }, [openFromHash, items, openItem, idPrefix]);

  // Two accordions with the same idPrefix would share ids, breaking ARIA links and URL fragments.
  // A development check: production skips the document query. (The whole body sits inside the
  // condition: after an early return, bundlers would keep the warning code they cannot reach.)
  useEffect(() => {
    if (process.env.NODE_ENV !== "production") {
      const first = items[0];
      if (
        first !== undefined &&
        treeOf(listRef.current).querySelectorAll(`[id="${idPrefix}-${first.id}"]`).length > 1
      ) {
        warnInDevelopment(
          component,
          `another element already has the id "${idPrefix}-${first.id}"; give each accordion on the page its own idPrefix`,
        );
      }
    }
  }, [items, idPrefix]);

  // Print every item: the CSS reveals closed panels too, and this keeps aria-expanded truthful.
  // beforeprint and afterprint fire in every supported browser (Safari since 13), for the print
  // dialog and for print preview alike.
  useEffect(() => {
    const startPrinting = () => flushSync(() => setPrinting(true));
    const stopPrinting = () => setPrinting(false);
    window.addEventListener("beforeprint", startPrinting);
    window.addEventListener("afterprint", stopPrinting);
    return () => {
      window.removeEventListener("beforeprint", startPrinting);
      window.removeEventListener("afterprint", stopPrinting);
    };
  }, []);

  if (items.length === 0) {
    return null;
  }

  const allOpen = openIds.length === items.length;
  const useRegions = type === "single" || items.length <= maximumRegions;
  const callLabel = clinicName === undefined ? messages.callUs : messages.callClinic(clinicName);

  const itemElements = items.map((item) => (
    <SideEffectItem
      key={item.id}
      item={item}
      open={openSet.has(item.id)}
      itemId={domId(item.id)}
      level={level}
      messages={messages}
      locale={locale}
      useRegions={useRegions}
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
        <button
          type="button"
          {...slot("side-effect-accordion-show-all")}
          aria-expanded={allOpen}
          aria-controls={items.map((item) => `${domId(item.id)}-panel`).join(" ")}
          onClick={() => changeOpenItems(allOpen ? [] : allIds)}
        >
          <span data-nosnippet="">{allOpen ? messages.hideAll : messages.showAll}</span>
        </button>
      ) : null}
      {type === "single" ? (
        <Accordion.Root
          type="single"
          collapsible
          value={openIds[0] ?? ""}
          ref={listRef}
          onValueChange={(id) => changeOpenItems(id === "" ? [] : [id])}
          {...slot("side-effect-accordion-list")}
        >
          {itemElements}
        </Accordion.Root>
      ) : (
        <Accordion.Root
          type="multiple"
          value={openIds}
          ref={listRef}
          onValueChange={changeOpenItems}
          {...slot("side-effect-accordion-list")}
        >
          {itemElements}
        </Accordion.Root>
      )}
    </div>
  );
}
