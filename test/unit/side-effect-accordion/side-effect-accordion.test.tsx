import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { SideEffectAccordion } from "../../../src/components/SideEffectAccordion";
import { examples } from "../../../src/content/examples";
import type { SideEffect } from "../../../src/content/types";
import { frCA } from "../../../src/locales/fr-CA";
import { expectConsole } from "../../support/console";

const sideEffects: SideEffect[] = examples.microneedling.sideEffects;
const clinic = examples.clinic;

function trigger(name: RegExp | string) {
  return screen.getByRole("button", { name });
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
  window.sessionStorage.clear();
});

describe("SideEffectAccordion", () => {
  describe("given the microneedling side effects", () => {
    it("should render one heading per item wrapping only its button", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} clinic={clinic} />);
      const headings = screen.getAllByRole("heading", { level: 3 });
      expect(headings).toHaveLength(6);
      for (const heading of headings) {
        expect(heading.children).toHaveLength(1);
        expect(heading.firstElementChild?.tagName).toBe("BUTTON");
      }
    });

    it("should read the tier first, then the name, frequency and duration", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} clinic={clinic} />);
      expect(trigger("Expected: Redness Very common · Usually 1–2 days")).toHaveAttribute(
        "aria-expanded",
        "false",
      );
      expect(
        trigger("Expected: Swelling Common · Peaks at 24–48 hours · Usually 2–3 days"),
      ).toBeVisible();
      expect(trigger("Urgent: Infection Rare")).toBeVisible();
      expect(trigger("Contact the clinic: Scarring or colour change Rare")).toBeVisible();
    });

    it("should say a peak and a duration from zero as a patient reads them", () => {
      const soreness: SideEffect = {
        id: "soreness",
        name: "Soreness",
        description: "The area feels tender when touched.",
        frequency: "common",
        tier: "expected",
        peak: { min: 0, max: 1, unit: "days" },
        duration: { min: 0, max: 2, unit: "days" },
      };
      const { unmount } = render(<SideEffectAccordion sideEffects={[soreness]} clinic={clinic} />);
      expect(
        trigger("Expected: Soreness Common · Peaks within 1 day · Usually up to 2 days"),
      ).toBeVisible();
      unmount();
      render(<SideEffectAccordion sideEffects={[soreness]} clinic={clinic} locale={frCA} />);
      expect(
        screen.getByRole("button", {
          name: /Maximum d'ici 1\sjour · Habituellement jusqu'à 2\sjours/,
        }),
      ).toBeVisible();
    });

    it("should show the side effects for every area and the patient's, naming an item's areas", () => {
      const lips: SideEffect = {
        id: "lumps",
        name: "Small lumps",
        description: "Firm spots that soften over a few weeks.",
        frequency: "uncommon",
        tier: "expected",
        areas: ["Lips"],
      };
      const withLips = [...sideEffects, lips];
      const { unmount } = render(<SideEffectAccordion sideEffects={withLips} clinic={clinic} />);
      expect(trigger(/^Expected: Lips: Small lumps Uncommon/)).toBeVisible();
      unmount();
      const { unmount: unmountForehead } = render(
        <SideEffectAccordion sideEffects={withLips} clinic={clinic} areas={["Forehead"]} />,
      );
      expect(screen.queryByRole("button", { name: /Small lumps/ })).toBeNull();
      expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(sideEffects.length);
      unmountForehead();
      render(
        <SideEffectAccordion
          sideEffects={withLips}
          clinic={clinic}
          areas={["LIPS"]}
          locale={frCA}
        />,
      );
      expect(screen.getByText("Lips :")).toBeVisible();
    });

    it("should keep every closed panel's text in the document, hidden", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} clinic={clinic} />);
      const panel = document.getElementById("side-effect-bruising-panel") as HTMLElement;
      expect(panel).toHaveTextContent("Avoid blood-thinning painkillers");
      expect(panel).not.toBeVisible();
    });

    it("should resolve every aria-controls and aria-labelledby id", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} clinic={clinic} />);
      const references = [
        ...document.querySelectorAll("[aria-controls], [aria-labelledby]"),
      ].flatMap((element) =>
        `${element.getAttribute("aria-controls") ?? ""} ${element.getAttribute("aria-labelledby") ?? ""}`
          .split(" ")
          .filter(Boolean),
      );
      expect(references.length).toBeGreaterThan(10);
      for (const id of references) {
        expect(document.getElementById(id), id).not.toBeNull();
      }
    });

    it("should have no axe violations closed and open", async () => {
      const { container } = render(
        <SideEffectAccordion sideEffects={sideEffects} clinic={clinic} />,
      );
      expect(await axe(container)).toHaveNoViolations();
      await userEvent.click(screen.getByRole("button", { name: "Show all sections" }));
      expect(await axe(container)).toHaveNoViolations();
    });
  });

  describe("given a click", () => {
    it("should open and close the item and report it without the procedure's name", async () => {
      const onEvent = vi.fn();
      render(<SideEffectAccordion sideEffects={sideEffects} clinic={clinic} onEvent={onEvent} />);
      await userEvent.click(trigger(/Redness/));
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "true");
      const panel = screen.getByRole("region", { name: /Redness/ });
      expect(within(panel).getByText("Use a gentle, fragrance-free moisturiser")).toBeVisible();
      await userEvent.click(trigger(/Redness/));
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "false");
      expect(onEvent.mock.calls).toEqual([
        [{ type: "accordion_toggle", id: "redness", open: true }],
        [{ type: "accordion_toggle", id: "redness", open: false }],
      ]);
    });

    it("should add the event context only when the site opts in", async () => {
      const onEvent = vi.fn();
      render(
        <SideEffectAccordion
          sideEffects={sideEffects}
          onEvent={onEvent}
          eventContext={{ procedureId: "microneedling" }}
        />,
      );
      await userEvent.click(trigger(/Bruising/));
      expect(onEvent).toHaveBeenCalledWith({
        type: "accordion_toggle",
        id: "bruising",
        open: true,
        context: { procedureId: "microneedling" },
      });
    });
  });

  describe("given many items", () => {
    it("should re-render only the item a toggle changes", async () => {
      // Each item's summary calls `usually` when the item renders: the count is the renders.
      let itemRenders = 0;
      const messages = {
        usually: (duration: string) => {
          itemRenders++;
          return `Usually ${duration}`;
        },
      };
      const many = Array.from({ length: 50 }, (_, index) => ({
        ...sideEffects[0],
        id: `effect-${index}`,
        name: `Effect ${index}`,
      })) as SideEffect[];
      render(<SideEffectAccordion sideEffects={many} messages={messages} />);
      expect(itemRenders).toBe(50);
      itemRenders = 0;
      await userEvent.click(trigger(/Effect 7 /));
      expect(trigger(/Effect 7 /)).toHaveAttribute("aria-expanded", "true");
      expect(itemRenders).toBe(1);
    });
  });

  describe("given the opening animation", () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it("should measure an opened panel into a CSS variable, never a server style attribute, where CSS cannot animate to auto", async () => {
      vi.stubGlobal("CSS", { supports: () => false });
      render(<SideEffectAccordion sideEffects={sideEffects} />);
      const panel = document.getElementById("side-effect-redness-panel") as HTMLElement;
      expect(panel.style.getPropertyValue("--msu-side-effect-accordion-panel-height")).toBe("");
      await userEvent.click(trigger(/Redness/));
      expect(panel.style.getPropertyValue("--msu-side-effect-accordion-panel-height")).toMatch(
        /^\d+px$/,
      );
    });

    it("should not measure, which forces a layout in the click, where CSS animates to auto", async () => {
      const supports = vi.fn(
        (property: string, value: string) =>
          property === "interpolate-size" && value === "allow-keywords",
      );
      vi.stubGlobal("CSS", { supports });
      render(<SideEffectAccordion sideEffects={sideEffects} />);
      await userEvent.click(trigger(/Redness/));
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "true");
      expect(supports).toHaveBeenCalled();
      const panel = document.getElementById("side-effect-redness-panel") as HTMLElement;
      expect(panel.style.getPropertyValue("--msu-side-effect-accordion-panel-height")).toBe("");
    });
  });

  describe("given two accordions with the same idPrefix", () => {
    it("should warn that their ids collide", () => {
      const warn = expectConsole("warn");
      render(
        <>
          <SideEffectAccordion sideEffects={sideEffects} />
          <SideEffectAccordion sideEffects={sideEffects} />
        </>,
      );
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('another element already has the id "side-effect-redness"'),
      );
    });
  });

  describe("given the keyboard", () => {
    it("should move between triggers with arrows, Home and End, and toggle with Enter and Space", async () => {
      const user = userEvent.setup();
      render(
        <SideEffectAccordion sideEffects={sideEffects} clinic={clinic} showAllToggle={false} />,
      );
      await user.tab();
      expect(trigger(/Redness/)).toHaveFocus();
      await user.keyboard("{ArrowDown}");
      expect(trigger(/Swelling/)).toHaveFocus();
      await user.keyboard("{End}");
      expect(trigger(/Scarring/)).toHaveFocus();
      await user.keyboard("{ArrowDown}");
      expect(trigger(/Redness/)).toHaveFocus();
      await user.keyboard("{ArrowUp}");
      expect(trigger(/Scarring/)).toHaveFocus();
      await user.keyboard("{Home}");
      expect(trigger(/Redness/)).toHaveFocus();
      await user.keyboard("{Enter}");
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "true");
      await user.keyboard(" ");
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "false");
    });
  });

  describe("given Show all", () => {
    it("should open every item, then flip to Hide all and close them", async () => {
      render(<SideEffectAccordion sideEffects={sideEffects} clinic={clinic} />);
      const showAll = screen.getByRole("button", { name: "Show all sections" });
      expect(showAll).toHaveAttribute("aria-expanded", "false");
      await userEvent.click(showAll);
      const hideAll = screen.getByRole("button", { name: "Hide all sections" });
      expect(hideAll).toHaveAttribute("aria-expanded", "true");
      for (const button of screen.getAllByRole("button").filter((element) => element !== hideAll)) {
        expect(button).toHaveAttribute("aria-expanded", "true");
      }
      await userEvent.click(hideAll);
      expect(screen.getByRole("button", { name: "Show all sections" })).toBeVisible();
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "false");
    });

    it("should flip to Hide all once the last item is opened by hand", async () => {
      render(<SideEffectAccordion sideEffects={sideEffects.slice(0, 2)} />);
      await userEvent.click(trigger(/Redness/));
      await userEvent.click(trigger(/Swelling/));
      expect(screen.getByRole("button", { name: "Hide all sections" })).toBeVisible();
    });

    it("should not exist for a single-open accordion", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} type="single" />);
      expect(screen.queryByRole("button", { name: "Show all sections" })).toBeNull();
    });
  });

  describe("given type single", () => {
    it("should close the open item when another opens", async () => {
      const onValueChange = vi.fn();
      render(
        <SideEffectAccordion
          sideEffects={sideEffects}
          type="single"
          onValueChange={onValueChange}
        />,
      );
      await userEvent.click(trigger(/Redness/));
      await userEvent.click(trigger(/Swelling/));
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "false");
      expect(trigger(/Swelling/)).toHaveAttribute("aria-expanded", "true");
      expect(onValueChange).toHaveBeenLastCalledWith(["swelling"]);
    });
  });

  describe("given controlled state", () => {
    it("should show what the parent says and ask it to change", async () => {
      const onValueChange = vi.fn();
      const { rerender } = render(
        <SideEffectAccordion
          sideEffects={sideEffects}
          value={["infection"]}
          onValueChange={onValueChange}
        />,
      );
      expect(trigger(/Infection/)).toHaveAttribute("aria-expanded", "true");
      await userEvent.click(trigger(/Redness/));
      expect(onValueChange).toHaveBeenCalledWith(["infection", "redness"]);
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "false");
      rerender(
        <SideEffectAccordion sideEffects={sideEffects} value={[]} onValueChange={onValueChange} />,
      );
      expect(trigger(/Infection/)).toHaveAttribute("aria-expanded", "false");
    });

    it("should open the default items when uncontrolled", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} defaultValue={["swelling"]} />);
      expect(trigger(/Swelling/)).toHaveAttribute("aria-expanded", "true");
    });
  });

  describe("given a URL fragment", () => {
    it("should open and scroll to the named item on load", async () => {
      const scrollIntoView = vi.fn();
      Element.prototype.scrollIntoView = scrollIntoView;
      window.history.replaceState(null, "", "#side-effect-bruising");
      render(<SideEffectAccordion sideEffects={sideEffects} />);
      expect(trigger(/Bruising/)).toHaveAttribute("aria-expanded", "true");
      await waitFor(() => expect(scrollIntoView).toHaveBeenCalledWith({ block: "start" }));
    });

    // Custom elements render inside a shadow root, where document.getElementById finds nothing.
    it("should scroll to the named item inside a shadow root", async () => {
      const scrolledTo: string[] = [];
      Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
        scrolledTo.push(this.id);
      });
      const host = document.body.appendChild(document.createElement("div"));
      const container = host
        .attachShadow({ mode: "open" })
        .appendChild(document.createElement("div"));
      window.history.replaceState(null, "", "#side-effect-bruising");
      render(<SideEffectAccordion sideEffects={sideEffects} />, { container });
      expect(within(container).getByRole("button", { name: /Bruising/ })).toHaveAttribute(
        "aria-expanded",
        "true",
      );
      await waitFor(() => expect(scrolledTo).toEqual(["side-effect-bruising"]));
      host.remove();
    });

    it("should open the item when the fragment changes, keeping ids unique per accordion", () => {
      Element.prototype.scrollIntoView = vi.fn();
      render(
        <>
          <SideEffectAccordion sideEffects={sideEffects} idPrefix="microneedling" />
          <SideEffectAccordion sideEffects={examples.chemicalPeel.sideEffects} idPrefix="peel" />
        </>,
      );
      act(() => {
        window.history.replaceState(null, "", "#peel-stinging");
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      });
      expect(trigger(/Stinging/)).toHaveAttribute("aria-expanded", "true");
      const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe("given rememberOpen", () => {
    it("should restore the open items for the session", async () => {
      const { unmount } = render(
        <SideEffectAccordion sideEffects={sideEffects} rememberOpen="microneedling" />,
      );
      await userEvent.click(trigger(/Swelling/));
      expect(
        JSON.parse(
          window.sessionStorage.getItem("medspa-ui:side-effects:v1:microneedling") ?? "[]",
        ),
      ).toEqual(["swelling"]);
      unmount();
      render(<SideEffectAccordion sideEffects={sideEffects} rememberOpen="microneedling" />);
      expect(trigger(/Swelling/)).toHaveAttribute("aria-expanded", "true");
    });

    it("should ignore stored ids that no longer exist and corrupt values", () => {
      window.sessionStorage.setItem(
        "medspa-ui:side-effects:v1:side-effect",
        '["gone","redness",7]',
      );
      render(<SideEffectAccordion sideEffects={sideEffects} rememberOpen />);
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "true");
      window.sessionStorage.setItem("medspa-ui:side-effects:v1:other", "{not json");
      render(
        <SideEffectAccordion sideEffects={sideEffects} rememberOpen="other" idPrefix="other" />,
      );
    });

    it("should keep working in memory when storage throws", async () => {
      const getItem = vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
        throw new DOMException("blocked", "SecurityError");
      });
      const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
        throw new DOMException("full", "QuotaExceededError");
      });
      try {
        render(<SideEffectAccordion sideEffects={sideEffects} rememberOpen />);
        await userEvent.click(trigger(/Redness/));
        expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "true");
      } finally {
        getItem.mockRestore();
        setItem.mockRestore();
      }
    });
  });

  describe("given find-in-page (hidden=until-found)", () => {
    // jsdom has no until-found; the accordion detects it by the onbeforematch property.
    beforeEach(() => {
      Object.defineProperty(HTMLElement.prototype, "onbeforematch", {
        value: null,
        configurable: true,
      });
      return () => {
        delete (HTMLElement.prototype as { onbeforematch?: unknown }).onbeforematch;
      };
    });

    it("should mark closed panels until-found once idle and open the item on beforematch", async () => {
      const onEvent = vi.fn();
      render(<SideEffectAccordion sideEffects={sideEffects} onEvent={onEvent} />);
      const panel = document.getElementById("side-effect-bruising-panel") as HTMLElement;
      await waitFor(() => expect(panel.getAttribute("hidden")).toBe("until-found"));
      act(() => {
        panel.dispatchEvent(new Event("beforematch"));
      });
      expect(trigger(/Bruising/)).toHaveAttribute("aria-expanded", "true");
      expect(panel).not.toHaveAttribute("hidden");
      expect(onEvent).toHaveBeenCalledWith({
        type: "accordion_toggle",
        id: "bruising",
        open: true,
      });
    });

    it("should make a panel findable again as soon as it is closed", async () => {
      const user = userEvent.setup();
      render(<SideEffectAccordion sideEffects={sideEffects} defaultValue={["bruising"]} />);
      const panel = document.getElementById("side-effect-bruising-panel") as HTMLElement;
      expect(panel).not.toHaveAttribute("hidden");
      await user.click(trigger(/Bruising/));
      expect(panel.getAttribute("hidden")).toBe("until-found");
    });
  });

  describe("given a browser without until-found", () => {
    it("should keep plain hidden where the browser has no until-found", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} />);
      expect(document.getElementById("side-effect-bruising-panel")?.getAttribute("hidden")).toBe(
        "",
      );
    });
  });

  describe("given printing", () => {
    it("should expand every item for print and restore them after", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} defaultValue={["redness"]} />);
      act(() => {
        window.dispatchEvent(new Event("beforeprint"));
      });
      for (const effect of sideEffects) {
        expect(trigger(new RegExp(effect.name))).toHaveAttribute("aria-expanded", "true");
      }
      act(() => {
        window.dispatchEvent(new Event("afterprint"));
      });
      expect(trigger(/Redness/)).toHaveAttribute("aria-expanded", "true");
      expect(trigger(/Swelling/)).toHaveAttribute("aria-expanded", "false");
    });
  });

  describe("given the clinic's phone", () => {
    it("should link contact-clinic and urgent items to the clinic as E.164, not expected ones", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} clinic={clinic} />);
      const infection = document.getElementById("side-effect-infection-panel") as HTMLElement;
      const call = within(infection).getByRole("link", { hidden: true, name: "905-555-0123" });
      expect(call).toHaveAttribute("href", "tel:+19055550123");
      expect(infection).toHaveTextContent("Call Lakeshore Aesthetics: 905-555-0123");
      expect(infection).toHaveTextContent("call 911");
      const redness = document.getElementById("side-effect-redness-panel") as HTMLElement;
      expect(within(redness).queryByRole("link", { hidden: true })).toBeNull();
    });

    it("should render no call link without a dialable phone, and say why in development", () => {
      const warn = expectConsole("warn");
      render(
        <SideEffectAccordion
          sideEffects={sideEffects}
          clinic={{ name: "Clinic", phone: "call us" }}
        />,
      );
      expect(document.querySelector('a[href^="tel:"]')).toBeNull();
      render(<SideEffectAccordion sideEffects={sideEffects} idPrefix="other" />);
      expect(document.querySelector('a[href^="tel:"]')).toBeNull();
      expect(warn).toHaveBeenCalledWith(
        '[medspa-ui] SideEffectAccordion: clinic.phone "call us" cannot be dialled; it is shown as text without a link',
      );
    });
  });

  describe("given options", () => {
    it("should sort urgent items first when asked", () => {
      render(
        <SideEffectAccordion sideEffects={sideEffects} order="urgency" showAllToggle={false} />,
      );
      expect(
        screen.getAllByRole("button").map((button) => button.textContent?.match(/^([^:]+):/)?.[1]),
      ).toEqual(["Urgent", "Contact the clinic", "Expected", "Expected", "Expected", "Expected"]);
    });

    it("should use the heading level and nest panel headings below it", async () => {
      render(
        <SideEffectAccordion
          sideEffects={sideEffects}
          headingLevel={4}
          defaultValue={["redness"]}
        />,
      );
      expect(screen.getAllByRole("heading", { level: 4 })).toHaveLength(6);
      expect(screen.getByRole("heading", { level: 5, name: "What helps" })).toBeVisible();
    });

    it("should drop role=region when more than six panels can be open", () => {
      const many = Array.from({ length: 7 }, (_, index) => ({
        ...sideEffects[0],
        id: `effect-${index}`,
      })) as SideEffect[];
      render(<SideEffectAccordion sideEffects={many} />);
      expect(screen.queryAllByRole("region", { hidden: true })).toHaveLength(0);
    });

    it("should speak French", () => {
      render(<SideEffectAccordion sideEffects={sideEffects} clinic={clinic} locale={frCA} />);
      expect(screen.getByRole("button", { name: "Afficher toutes les sections" })).toBeVisible();
      expect(
        trigger(/^Attendu : Redness Très fréquent · Habituellement 1 à 2\sjours$/),
      ).toBeVisible();
    });

    it("should mirror variants and merge className and rest props", () => {
      render(
        <SideEffectAccordion
          sideEffects={sideEffects}
          appearance="separated"
          size="sm"
          className="site"
          data-testid="root"
        />,
      );
      const root = screen.getByTestId("root");
      expect(root).toHaveAttribute("data-slot", "side-effect-accordion");
      expect(root).toHaveAttribute("data-appearance", "separated");
      expect(root).toHaveClass(
        "msu-side-effect-accordion--separated",
        "msu-side-effect-accordion--sm",
        "site",
      );
    });
  });

  describe("given bad content", () => {
    it("should skip items without an id, a name or with a duplicate id, default unknown tiers, and warn with paths", () => {
      const warn = expectConsole("warn");
      const broken = [
        sideEffects[0],
        { ...sideEffects[1], id: "" },
        { ...sideEffects[2], id: "redness" },
        { ...sideEffects[3], name: " " },
        { ...sideEffects[4], tier: "panic" },
      ] as unknown as SideEffect[];
      render(<SideEffectAccordion sideEffects={broken} showAllToggle={false} />);
      expect(screen.getAllByRole("button")).toHaveLength(2);
      expect(trigger("Contact the clinic: Infection Rare")).toBeVisible();
      const messages = warn.mock.calls.map(([message]) => String(message));
      expect(messages).toEqual([
        '[medspa-ui] SideEffectAccordion: sideEffects[1].id "" is missing or not a slug; the item is skipped',
        '[medspa-ui] SideEffectAccordion: sideEffects[2].id "redness" is a duplicate; the item is skipped',
        "[medspa-ui] SideEffectAccordion: sideEffects[3].name is empty; the item is skipped",
        '[medspa-ui] SideEffectAccordion: sideEffects[4].tier "panic" is not one of expected, contact-clinic, urgent; shown as "contact-clinic"',
      ]);
    });

    it("should render nothing for a list that is not a list", () => {
      expectConsole("warn");
      const { container } = render(
        <SideEffectAccordion sideEffects={null as unknown as SideEffect[]} />,
      );
      expect(container).toBeEmptyDOMElement();
    });
  });

  describe("given server rendering", () => {
    it("should send every item's full text in the HTML and hydrate under StrictMode without warnings", async () => {
      const element = (
        <StrictMode>
          <SideEffectAccordion sideEffects={sideEffects} clinic={clinic} />
        </StrictMode>
      );
      const html = renderToString(element);
      for (const effect of sideEffects) {
        expect(html).toContain(effect.description.replace(/'/g, "&#x27;"));
      }
      expect(html).toContain("tel:+19055550123");
      expect(html).not.toMatch(/\sstyle=/);
      const container = document.createElement("div");
      container.innerHTML = html;
      document.body.append(container);
      await act(async () => {
        hydrateRoot(container, element);
      });
      fireEvent.click(within(container).getByRole("button", { name: /Redness/ }));
      expect(within(container).getByRole("button", { name: /Redness/ })).toHaveAttribute(
        "aria-expanded",
        "true",
      );
      container.remove();
    });
  });
});
