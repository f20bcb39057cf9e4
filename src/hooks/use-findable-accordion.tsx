import * as Accordion from "@radix-ui/react-accordion";
import {
  type ComponentProps,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { flushSync } from "react-dom";
import type { EventContext, OnEvent } from "../shared/analytics";
import { warnInDevelopment } from "../shared/development";
import { Heading, type HeadingLevel } from "../shared/heading";
import { slot } from "../shared/slot";
import { readStoredJson, sessionStorageOrUndefined, writeStoredJson } from "../shared/web-storage";
import { useControllableState } from "./use-controllable-state";

// The behaviours every accordion of the library shares (the side effects, the questions): which
// items are open, Show all, find-in-page, opening from the URL fragment, print, the remembered
// state and the toggle events. Radix Accordion keeps the state, the keyboard and the ARIA; this
// keeps the rest in one place.

// WAI-ARIA APG: regions help only while few panels can be open; past six they become noise.
// https://www.w3.org/WAI/ARIA/apg/patterns/accordion/
const maximumRegions = 6;

const supportsUntilFound = () =>
  typeof document !== "undefined" && "onbeforematch" in document.body;

// Where CSS animates a height to `auto` (interpolate-size: Chromium 129 on), an opening panel
// needs no measuring, which forces a layout inside the click that opens it. (jsdom has a `CSS`
// without `supports`.)
const cssAnimatesToAuto = () =>
  typeof CSS !== "undefined" && CSS.supports?.("interpolate-size", "allow-keywords") === true;

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

interface FindablePanelProps extends ComponentProps<"div"> {
  open: boolean;
  /** The CSS custom property the opening animation reads the measured height from. */
  heightProperty: string;
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
function FindablePanel({ open, heightProperty, ...props }: FindablePanelProps) {
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
        panel.style.setProperty(heightProperty, `${panel.scrollHeight}px`);
      }
    },
    [open, heightProperty],
  );

  return <div ref={attachPanel} hidden={!open} data-state={open ? "open" : "closed"} {...props} />;
}

export interface FindableAccordionOptions {
  /** The component, for development warnings. */
  component: string;
  /** The items' ids, in order. */
  ids: readonly string[];
  type: "single" | "multiple";
  value: string[] | undefined;
  defaultValue: string[] | undefined;
  onValueChange: ((value: string[]) => void) | undefined;
  /** Prefix of the items' element ids (`<idPrefix>-<id>`), which are their URL fragments. */
  idPrefix: string;
  openFromHash: boolean;
  /**
   * Remember the open items for the browser session: `true` under the idPrefix, a string under
   * itself, in sessionStorage key `medspa-ui:<storageNamespace>:v1:<key>`.
   */
  rememberOpen: boolean | string;
  storageNamespace: string;
  /** The `data-slot` of the panels, made findable once the browser is idle. */
  panelSlot: string;
  /** The event a toggle sends. */
  eventType: "accordion_toggle" | "faq_toggle";
  onEvent: OnEvent | undefined;
  eventContext: EventContext | undefined;
}

export interface FindableAccordion {
  /** For the Radix Accordion root: the list the items are children of. */
  listRef: RefObject<HTMLDivElement | null>;
  /** The open items, in the order they were opened (every item while printing). */
  openIds: string[];
  openSet: ReadonlySet<string>;
  allOpen: boolean;
  /** Whether each panel is a region (landmark) labelled by its question. */
  useRegions: boolean;
  /** Opens exactly these items, sending one event per item that opened or closed. */
  changeOpenItems: (next: string[]) => void;
}

/** The open items of an accordion and every way a visitor or the browser opens them. */
export function useFindableAccordion({
  component,
  ids,
  type,
  value: valueProp,
  defaultValue,
  onValueChange,
  idPrefix,
  openFromHash,
  rememberOpen,
  storageNamespace,
  panelSlot,
  eventType,
  onEvent,
  eventContext,
}: FindableAccordionOptions): FindableAccordion {
  const [value, setValue] = useControllableState<string[]>({
    value: valueProp,
    defaultValue: defaultValue ?? [],
    onChange: onValueChange,
  });
  const [printing, setPrinting] = useState(false);
  const storageKey =
    rememberOpen === false
      ? undefined
      : `medspa-ui:${storageNamespace}:v1:${rememberOpen === true ? idPrefix : rememberOpen}`;
  const known = useMemo(() => new Set(ids), [ids]);
  const openIds = useMemo(
    () => (printing ? [...ids] : value.filter((id) => known.has(id))),
    [printing, ids, value, known],
  );
  const openSet = useMemo(() => new Set(openIds), [openIds]);

  const emit = useCallback(
    (id: string, open: boolean) => {
      onEvent?.({
        type: eventType,
        id,
        open,
        ...(eventContext ? { context: eventContext } : {}),
      });
    },
    [onEvent, eventContext, eventType],
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
  const listRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const list = listRef.current;
    if (list === null) {
      return;
    }
    const reveal = (event: Event) => {
      const panelId = (event.target as Element).id;
      const id = ids.find((candidate) => `${idPrefix}-${candidate}-panel` === panelId);
      if (id !== undefined) {
        openItem(id);
      }
    };
    list.addEventListener("beforematch", reveal, true);
    return () => list.removeEventListener("beforematch", reveal, true);
  }, [ids, idPrefix, openItem]);

  // Every closed panel becomes findable once the browser is idle (see FindablePanel).
  // biome-ignore lint/correctness/useExhaustiveDependencies: new items bring new closed panels.
  useEffect(() => {
    const list = listRef.current;
    if (list === null) {
      return;
    }
    return whenIdle(() => {
      for (const panel of list.querySelectorAll(`[data-slot="${panelSlot}"]`)) {
        makeFindable(panel);
      }
    });
  }, [ids, panelSlot]);

  // Restore remembered items once, after hydration (the server cannot know them).
  const restored = useRef(false);
  useEffect(() => {
    if (storageKey === undefined || restored.current) {
      return;
    }
    restored.current = true;
    const stored = readStoredJson(sessionStorageOrUndefined, storageKey);
    if (Array.isArray(stored)) {
      const remembered = stored.filter(
        (id): id is string => typeof id === "string" && known.has(id),
      );
      if (remembered.length > 0) {
        setValue((current) =>
          type === "single" ? remembered.slice(0, 1) : [...new Set([...current, ...remembered])],
        );
      }
    }
  }, [storageKey, known, setValue, type]);

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
      const id = ids.find((candidate) => `${idPrefix}-${candidate}` === fragment);
      if (id === undefined) {
        return;
      }
      openItem(id);
      // Scroll once the opened panel has been laid out. The items are the list's children, found
      // there rather than through the document, which cannot see into a custom element's shadow root.
      window.requestAnimationFrame(() => {
        listRef.current?.children.namedItem(fragment)?.scrollIntoView?.({ block: "start" });
      });
    };
    openFromLocation();
    window.addEventListener("hashchange", openFromLocation);
    return () => window.removeEventListener("hashchange", openFromLocation);
  }, [openFromHash, ids, openItem, idPrefix]);

  // Two accordions with the same idPrefix would share ids, breaking ARIA links and URL fragments.
  // A development check: production skips the document query. (The whole body sits inside the
  // condition: after an early return, bundlers would keep the warning code they cannot reach.)
  useEffect(() => {
    if (process.env.NODE_ENV !== "production") {
      const first = ids[0];
      if (
        first !== undefined &&
        treeOf(listRef.current).querySelectorAll(`[id="${idPrefix}-${first}"]`).length > 1
      ) {
        warnInDevelopment(
          component,
          `another element already has the id "${idPrefix}-${first}"; give each accordion on the page its own idPrefix`,
        );
      }
    }
  }, [ids, idPrefix, component]);

  // Print every item: the CSS reveals closed panels too, and this keeps aria-expanded truthful.
  // beforeprint and afterprint fire in every supported browser (Safari since 13), for the print
  // dialog and for print preview alike. Under preact/compat (dist/elements.global.js) flushSync
  // only calls its callback; Preact renders the state in a microtask, which still runs when this
  // listener returns, before the browser lays the page out for print.
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

  return {
    listRef,
    openIds,
    openSet,
    allOpen: ids.length > 0 && openIds.length === ids.length,
    useRegions: type === "single" || ids.length <= maximumRegions,
    changeOpenItems,
  };
}

export interface ShowAllButtonProps {
  /** The accordion's name, the prefix of its parts: `<name>-show-all`. */
  name: string;
  /** The ids of the panels it opens and closes. */
  panelIds: readonly string[];
  allOpen: boolean;
  showAll: string;
  hideAll: string;
  onClick: () => void;
}

/**
 * Opens or closes every item at once (GOV.UK's accordion pattern): a button that says what it
 * will do and, through aria-expanded and aria-controls, what it did.
 */
export function ShowAllButton({
  name,
  panelIds,
  allOpen,
  showAll,
  hideAll,
  onClick,
}: ShowAllButtonProps) {
  return (
    <button
      type="button"
      {...slot(`${name}-show-all`)}
      aria-expanded={allOpen}
      aria-controls={panelIds.join(" ")}
      onClick={onClick}
    >
      {/* Not a search result snippet: the words are the button's, not the page's. */}
      <span data-nosnippet="">{allOpen ? hideAll : showAll}</span>
    </button>
  );
}

export interface AccordionListProps {
  /** The accordion's name, the prefix of its parts: `<name>-list`. */
  name: string;
  type: "single" | "multiple";
  accordion: FindableAccordion;
  /** The `Accordion.Item`s. */
  children: ReactNode;
}

/** Radix Accordion's root, held by the shared state: one open item, or any number. */
export function AccordionList({ name, type, accordion, children }: AccordionListProps) {
  const { listRef, openIds, changeOpenItems } = accordion;
  return type === "single" ? (
    <Accordion.Root
      type="single"
      collapsible
      value={openIds[0] ?? ""}
      ref={listRef}
      onValueChange={(id) => changeOpenItems(id === "" ? [] : [id])}
      {...slot(`${name}-list`)}
    >
      {children}
    </Accordion.Root>
  ) : (
    <Accordion.Root
      type="multiple"
      value={openIds}
      ref={listRef}
      onValueChange={changeOpenItems}
      {...slot(`${name}-list`)}
    >
      {children}
    </Accordion.Root>
  );
}

export interface FindableAccordionItemProps
  extends Omit<ComponentProps<"div">, "children" | "id" | "value"> {
  /** The accordion's name, the prefix of its parts: `<name>-item`, `-heading`, `-trigger`, `-panel`. */
  name: string;
  /** The item's value in the accordion (its content id). */
  value: string;
  /** The item's element id and URL fragment (`<idPrefix>-<id>`); its trigger and panel add a suffix. */
  itemId: string;
  level: HeadingLevel;
  open: boolean;
  /** Make the panel a region landmark labelled by its trigger (see `useRegions`). */
  region: boolean;
  /** What the trigger says. */
  trigger: ReactNode;
  /** The panel's content. */
  children: ReactNode;
}

/**
 * One item of a findable accordion: a heading wrapping only its trigger button, and a panel that
 * stays in the HTML (FindablePanel). Radix's Header would only add the heading's attributes,
 * through a Slot and a context read per item; rendering them here keeps the DOM at a lower
 * hydration cost.
 */
export function FindableAccordionItem({
  name,
  value,
  itemId,
  level,
  open,
  region,
  trigger,
  children,
  ...props
}: FindableAccordionItemProps) {
  const triggerId = `${itemId}-trigger`;
  const panelId = `${itemId}-panel`;
  return (
    <Accordion.Item value={value} id={itemId} {...slot(`${name}-item`)} {...props}>
      <Heading
        level={level}
        {...slot(`${name}-heading`)}
        data-state={open ? "open" : "closed"}
        data-orientation="vertical"
      >
        <Accordion.Trigger id={triggerId} aria-controls={panelId} {...slot(`${name}-trigger`)}>
          {trigger}
        </Accordion.Trigger>
      </Heading>
      <FindablePanel
        open={open}
        heightProperty={`--msu-${name}-panel-height`}
        id={panelId}
        role={region ? "region" : undefined}
        aria-labelledby={region ? triggerId : undefined}
        {...slot(`${name}-panel`)}
      >
        {children}
      </FindablePanel>
    </Accordion.Item>
  );
}
