import styles from "medspa-ui:styles";
import type { ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import {
  AftercareChecklist,
  BookingBanner,
  type LocaleOption,
  type MedspaEvent,
  ProcedureExplainer,
  ProcedureFaq,
  ProcedurePage,
  pushToDataLayer,
  ResultsGallery,
  SideEffectAccordion,
} from "../index";
import { type ContentNeeds, contentProblem, type ElementContent } from "./content";
import { elementLocale, localeAddedEvent } from "./locales";

/** What an element renders from its content, its attributes and the page around it. */
interface RenderContext {
  content: ElementContent;
  /** An attribute's value, or undefined when it is absent. */
  text(name: string): string | undefined;
  /** A number attribute (`heading-level="3"`), or undefined. */
  number(name: string): number | undefined;
  /** A boolean attribute: present is true, `="false"` is false, absent is undefined. */
  flag(name: string): boolean | undefined;
  locale: LocaleOption | undefined;
  onEvent: (event: MedspaEvent) => void;
  /** Where the booking dialog opens: inside the element's shadow root, so its styles apply. */
  dialogContainer: HTMLElement;
}

interface ElementDefinition {
  needs: ContentNeeds;
  /** Attributes (besides `locale`, `theme` and `data-layer`) that re-render when they change. */
  attributes: string[];
  render(context: RenderContext): ReactElement;
}

/** Undefined values left out, so the components' defaults apply. */
function defined<Props extends object>(props: Props): Props {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== undefined),
  ) as Props;
}

/**
 * An `areas` attribute: the areas this patient had treated, separated by commas ("Lips, Forehead");
 * absent, every area.
 */
function treatedAreas(text: RenderContext["text"]): string[] | undefined {
  return text("areas")
    ?.split(",")
    .map((area) => area.trim())
    .filter((area) => area !== "");
}

const checklistAttributes = [
  "heading-level",
  "storage-key",
  "treatment-date",
  "areas",
  "grouping",
  "appearance",
  "columns",
];

/** The attributes the two accordions (`<medspa-side-effects>`, `<medspa-faq>`) share. */
const accordionAttributes = [
  "heading-level",
  "type",
  "appearance",
  "size",
  "id-prefix",
  "remember-open",
  "show-all-toggle",
  "open-from-hash",
];

/** The props those attributes give either accordion. */
function accordionProps({ text, number, flag, locale }: RenderContext) {
  return defined({
    headingLevel: number("heading-level") as 2 | 3 | 4 | 5 | 6 | undefined,
    type: text("type") as "single" | "multiple" | undefined,
    appearance: text("appearance") as "bordered" | "separated" | "plain" | undefined,
    size: text("size") as "md" | "sm" | undefined,
    idPrefix: text("id-prefix"),
    rememberOpen: flag("remember-open"),
    showAllToggle: flag("show-all-toggle"),
    openFromHash: flag("open-from-hash"),
    locale,
  });
}

/** A `heading` attribute: the checklist's title, whichever part of the guide it holds. */
function headingMessages(heading: string | undefined) {
  return heading === undefined
    ? undefined
    : { title: heading, preparationTitle: heading, careTitle: heading };
}

/** `<medspa-preparation>` and `<medspa-aftercare>`: one list of the procedure's care guide each. */
function renderChecklist(
  { content, text, number, flag, locale, onEvent, dialogContainer }: RenderContext,
  list: "preparation" | "aftercare",
): ReactElement {
  return (
    <AftercareChecklist
      items={content.procedure?.[list] ?? []}
      {...defined({
        clinic: content.clinic,
        followUp: list === "aftercare" ? content.procedure?.followUp : undefined,
        headingLevel: number("heading-level") as 2 | 3 | 4 | 5 | 6 | undefined,
        storageKey: text("storage-key"),
        treatmentDate: text("treatment-date"),
        areas: treatedAreas(text),
        grouping: text("grouping") as "window" | "none" | undefined,
        appearance: text("appearance") as "card" | "plain" | undefined,
        columns: flag("columns"),
        messages: headingMessages(text("heading")),
        locale,
      })}
      dialog={{ container: dialogContainer }}
      onEvent={onEvent}
    />
  );
}

export const elementDefinitions: Record<string, ElementDefinition> = {
  "medspa-procedure-page": {
    needs: { procedure: true, clinic: true },
    attributes: ["heading-level", "storage-key", "treatment-date", "areas", "url", "json-ld"],
    render: ({ content, text, number, flag, locale, onEvent, dialogContainer }) => (
      <ProcedurePage
        procedure={content.procedure as NonNullable<ElementContent["procedure"]>}
        clinic={content.clinic as NonNullable<ElementContent["clinic"]>}
        {...defined({
          headingLevel: number("heading-level") as 2 | 3 | 4 | undefined,
          storageKey: text("storage-key"),
          treatmentDate: text("treatment-date"),
          areas: treatedAreas(text),
          url: text("url"),
          jsonLd: flag("json-ld"),
          locale,
        })}
        banner={{ dialog: { container: dialogContainer } }}
        onEvent={onEvent}
      />
    ),
  },
  "medspa-procedure-explainer": {
    needs: { procedure: true },
    attributes: ["heading-level", "layout", "density"],
    render: ({ content, text, number, locale }) => (
      <ProcedureExplainer
        procedure={content.procedure as NonNullable<ElementContent["procedure"]>}
        {...defined({
          clinic: content.clinic,
          headingLevel: number("heading-level") as 2 | 3 | 4 | 5 | 6 | undefined,
          layout: text("layout") as "stacked" | "split" | undefined,
          density: text("density") as "comfortable" | "compact" | undefined,
          locale,
        })}
      />
    ),
  },
  "medspa-side-effects": {
    needs: { sideEffects: true },
    attributes: [...accordionAttributes, "order", "areas"],
    render: (context) => (
      <SideEffectAccordion
        sideEffects={context.content.procedure?.sideEffects ?? []}
        {...accordionProps(context)}
        {...defined({
          clinic: context.content.clinic,
          order: context.text("order") as "content" | "urgency" | undefined,
          areas: treatedAreas(context.text),
        })}
        onEvent={context.onEvent}
      />
    ),
  },
  "medspa-faq": {
    needs: { faq: true },
    attributes: accordionAttributes,
    render: (context) => (
      <ProcedureFaq
        faq={context.content.procedure?.faq ?? []}
        {...accordionProps(context)}
        onEvent={context.onEvent}
      />
    ),
  },
  "medspa-results": {
    needs: { results: true },
    attributes: ["page-size", "priority", "treatment", "sizes", "default-position"],
    render: ({ content, text, number, flag, locale }) => (
      <ResultsGallery
        results={content.procedure?.results ?? []}
        {...defined({
          treatment: text("treatment") ?? content.procedure?.name,
          pageSize: number("page-size"),
          priority: flag("priority"),
          sizes: text("sizes"),
          defaultPosition: number("default-position"),
          locale,
        })}
      />
    ),
  },
  "medspa-preparation": {
    needs: { preparation: true },
    attributes: checklistAttributes,
    render: (context) => renderChecklist(context, "preparation"),
  },
  "medspa-aftercare": {
    needs: { aftercare: true },
    attributes: checklistAttributes,
    render: (context) => renderChecklist(context, "aftercare"),
  },
  "medspa-booking-banner": {
    needs: { clinic: true },
    attributes: [
      "heading-level",
      "layout",
      "tone",
      "headline",
      "text",
      "offer",
      "placement",
      "dismissible",
    ],
    render: ({ content, text, number, flag, locale, onEvent, dialogContainer }) => (
      <BookingBanner
        clinic={content.clinic as NonNullable<ElementContent["clinic"]>}
        {...defined({
          headingLevel: number("heading-level") as 2 | 3 | 4 | 5 | 6 | undefined,
          layout: text("layout") as "inline" | "compact" | "sticky" | undefined,
          tone: text("tone") as "brand" | "subtle" | "contrast" | undefined,
          headline: text("headline"),
          text: text("text"),
          offer: text("offer"),
          placement: text("placement"),
          dismissible: flag("dismissible"),
          locale,
        })}
        dialog={{ container: dialogContainer }}
        onEvent={onEvent}
      />
    ),
  },
};

// Inherited text properties cross the shadow boundary: reset them at the host, so a theme's
// `body { font: …; letter-spacing: … }` cannot restyle the components; --msu-* still inherit.
const hostStyles = `:host { all: initial; display: block; font-family: var(--msu-font-body); color: var(--msu-color-text); line-height: 1.5; }
:host([hidden]) { display: none; }`;

let sheets: CSSStyleSheet[] | undefined;

/**
 * One copy of the stylesheet for the whole page, adopted by every element's shadow root (component
 * styles) and by the document (the `--msu-*` tokens and the brand presets on `:root` and
 * `[data-msu-theme]`, which reach the elements by inheritance), all inside `@layer medspa-ui`, so
 * the page's own theme CSS wins.
 */
function adoptStyles(shadowRoot: ShadowRoot): void {
  if (sheets === undefined) {
    const library = new CSSStyleSheet();
    library.replaceSync(styles);
    const host = new CSSStyleSheet();
    host.replaceSync(hostStyles);
    sheets = [library, host];
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, library];
  }
  shadowRoot.adoptedStyleSheets = sheets;
}

/**
 * The element class, made on first registration: `HTMLElement` exists only in a browser, and
 * importing this module while rendering on a server (Next.js, Astro) must not throw.
 */
function createElementClass() {
  /**
   * Elements whose `locale` names a language whose script has not run: they render again when a
   * locale is added, and when the page is parsed (in English, if it has not come by then). (Not a
   * static field: the scripts' ES2020 target would add a helper to define it.)
   */
  const awaitingLocale = new Set<{ update(): void }>();
  const renderAwaiting = () => {
    for (const element of awaitingLocale) {
      element.update();
    }
  };
  window.addEventListener(localeAddedEvent, renderAwaiting);
  document.addEventListener("DOMContentLoaded", renderAwaiting, { once: true });

  return class MedspaElement extends HTMLElement {
    private root: Root | undefined;
    private mount: HTMLElement | undefined;
    private dialogContainer: HTMLElement | undefined;
    private reportedProblem: string | undefined;
    private reportedLocale: string | undefined;
    private contentObserver: MutationObserver | undefined;

    constructor(private readonly definition: ElementDefinition) {
      super();
    }

    connectedCallback(): void {
      if (this.root === undefined) {
        const shadowRoot = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        adoptStyles(shadowRoot);
        this.mount = document.createElement("div");
        this.dialogContainer = document.createElement("div");
        shadowRoot.replaceChildren(this.mount, this.dialogContainer);
        this.root = createRoot(this.mount);
      }
      this.update();
    }

    disconnectedCallback(): void {
      // Moving an element disconnects and reconnects it in one task: unmount only if it stays out.
      queueMicrotask(() => {
        if (!this.isConnected && this.root !== undefined) {
          this.root.unmount();
          this.root = undefined;
          awaitingLocale.delete(this);
        }
      });
    }

    attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
      if (name === "theme") {
        if (value === null) {
          this.removeAttribute("data-msu-theme");
        } else {
          this.setAttribute("data-msu-theme", value);
        }
      }
      if (this.root !== undefined) {
        this.update();
      }
    }

    /**
     * Renders the element from its content and attributes, or nothing with one named error. Called
     * again when a locale it waits for is added.
     */
    update(): void {
      const root = this.root;
      if (root === undefined) {
        return;
      }
      const script = this.querySelector(':scope > script[type="application/json"]');
      const parsing = document.readyState === "loading";
      let content: unknown;
      let problem: string | undefined;
      if (script === null) {
        problem = 'it has no <script type="application/json"> child with its content';
      } else {
        try {
          content = JSON.parse(script.textContent ?? "");
        } catch (error) {
          problem = `its JSON content cannot be read: ${(error as Error).message}`;
        }
      }
      if (problem !== undefined && parsing) {
        // The HTML parser has not reached (or finished) the content yet: try again when it has.
        this.waitForContent();
        return;
      }
      this.stopWaitingForContent();
      problem ??= contentProblem(content, this.definition.needs);
      if (problem !== undefined) {
        if (problem !== this.reportedProblem) {
          this.reportedProblem = problem;
          console.error(`[medspa-ui] <${this.localName}>: ${problem}; it renders nothing.`);
        }
        root.render(null);
        return;
      }
      this.reportedProblem = undefined;
      const tag = this.getAttribute("locale") ?? undefined;
      const locale = elementLocale(tag);
      if (locale === undefined && tag !== undefined) {
        awaitingLocale.add(this);
        if (parsing) {
          // Its language's script may come later in the page: wait for it rather than show
          // English first.
          root.render(null);
          return;
        }
        if (tag !== this.reportedLocale) {
          this.reportedLocale = tag;
          console.error(
            `[medspa-ui] <${this.localName}>: locale "${tag}" is not loaded: add its script to the page (elements.fr-CA.global.js for French); it renders in English until it runs.`,
          );
        }
      } else {
        awaitingLocale.delete(this);
        this.reportedLocale = undefined;
      }
      const element = this.definition.render(this.context(content as ElementContent, locale));
      if (parsing) {
        // While the page is parsed, render at once, so the content is there before the first
        // paint. Later (an element added by a script, perhaps inside a React effect, where a
        // synchronous flush is not allowed), React renders it in its next task. Under
        // preact/compat (dist/elements.global.js) a root's render is synchronous in both cases,
        // and flushSync only calls its callback.
        flushSync(() => root.render(element));
      } else {
        root.render(element);
      }
    }

    /**
     * With the script in the page's <head>, an element upgrades as soon as its start tag is parsed,
     * before its content: it renders the moment the parser has added the content, still before the
     * page's first paint, so nothing shifts.
     */
    private waitForContent(): void {
      if (this.contentObserver !== undefined) {
        return;
      }
      this.contentObserver = new MutationObserver(() => this.update());
      this.contentObserver.observe(this, { childList: true, subtree: true, characterData: true });
      document.addEventListener("DOMContentLoaded", () => this.update(), { once: true });
    }

    private stopWaitingForContent(): void {
      this.contentObserver?.disconnect();
      this.contentObserver = undefined;
    }

    private context(content: ElementContent, locale: LocaleOption | undefined): RenderContext {
      const text = (name: string) => this.getAttribute(name) ?? undefined;
      return {
        content,
        text,
        number: (name) => {
          const value = text(name);
          return value === undefined ? undefined : Number(value);
        },
        flag: (name) => {
          const value = text(name);
          return value === undefined ? undefined : value !== "false";
        },
        locale,
        onEvent: (event) => {
          this.dispatchEvent(
            new CustomEvent("medspa-event", { detail: event, bubbles: true, composed: true }),
          );
          if (this.hasAttribute("data-layer")) {
            pushToDataLayer(event);
          }
        },
        dialogContainer: this.dialogContainer as HTMLElement,
      };
    }
  };
}

let MedspaElement: ReturnType<typeof createElementClass> | undefined;

/**
 * Registers `<medspa-procedure-page>`, `<medspa-procedure-explainer>`, `<medspa-side-effects>`,
 * `<medspa-faq>`, `<medspa-results>`, `<medspa-preparation>`, `<medspa-aftercare>` and
 * `<medspa-booking-banner>`. Safe to call more than once.
 */
export function defineMedspaElements(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (registry === undefined) {
    // Not in a browser (server rendering): there is nothing to register.
    return;
  }
  MedspaElement ??= createElementClass();
  const Base = MedspaElement;
  for (const [name, definition] of Object.entries(elementDefinitions)) {
    if (registry.get(name) !== undefined) {
      continue;
    }
    registry.define(
      name,
      class extends Base {
        static observedAttributes = ["locale", "theme", ...definition.attributes];
        constructor() {
          super(definition);
        }
      },
    );
  }
}
