import { render, screen, within } from "@testing-library/react";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { ProcedureExplainer } from "../../../src/components/ProcedureExplainer";
import { examples, examplesFrCA } from "../../../src/content/examples";
import type { Procedure } from "../../../src/content/types";
import { frCA } from "../../../src/locales/fr-CA";
import { expectConsole } from "../../support/console";
import { reviewedMicroneedling } from "../../support/fixtures";

const microneedling: Procedure = reviewedMicroneedling;
const minimal: Procedure = {
  id: "consultation",
  name: "Skin consultation",
  summary: "A conversation about your skin and what could help.",
  steps: [],
};

function headingLevels(container: HTMLElement): Array<[number, string]> {
  return within(container)
    .getAllByRole("heading")
    .map((heading) => [
      Number(heading.getAttribute("aria-level") ?? heading.tagName.slice(1)),
      heading.textContent ?? "",
    ]);
}

describe("ProcedureExplainer", () => {
  describe("given the microneedling procedure", () => {
    it("should show the name, also-known-as and summary", () => {
      render(<ProcedureExplainer procedure={microneedling} />);
      expect(
        screen.getByRole("heading", { level: 2, name: "Microneedling for acne scars" }),
      ).toBeVisible();
      expect(screen.getByText("Also known as Collagen induction therapy or CIT")).toBeVisible();
      expect(screen.getByText(/pen-like device makes tiny, controlled channels/)).toBeVisible();
    });

    it("should show how it works, what it treats and what to expect", () => {
      render(<ProcedureExplainer procedure={microneedling} />);
      expect(screen.getByRole("heading", { level: 3, name: "How it works" })).toBeVisible();
      const treats = screen
        .getByRole("heading", { name: "What it treats" })
        .closest("section") as HTMLElement;
      expect(
        within(treats)
          .getAllByRole("listitem")
          .map((item) => item.textContent),
      ).toEqual(microneedling.treats);
      const expectations = screen
        .getByRole("heading", { name: "What to expect afterwards" })
        .closest("section") as HTMLElement;
      expect(within(expectations).getAllByRole("listitem")).toHaveLength(3);
    });

    it("should list key facts with locale-formatted ranges", () => {
      render(<ProcedureExplainer procedure={microneedling} />);
      const facts = screen
        .getByRole("heading", { name: "Key facts" })
        .closest("section") as HTMLElement;
      const terms = within(facts)
        .getAllByRole("term")
        .map((term) => term.textContent);
      const values = within(facts)
        .getAllByRole("definition")
        .map((value) => value.textContent);
      expect(Object.fromEntries(terms.map((term, index) => [term, values[index]]))).toEqual({
        "Treatment time": "30–60 minutes",
        Downtime: "1–2 days",
        Sessions: "3–6 sessions, 4–6 weeks apart",
        Numbing: "Numbing cream",
        "Results visible": "After 4–6 weeks",
        "Results last": "Usually 6–12 months",
      });
    });

    it("should number the steps in order across before, during and after", () => {
      render(<ProcedureExplainer procedure={microneedling} />);
      const lists = screen.getAllByRole("list").filter((list) => list.tagName === "OL");
      expect(lists.map((list) => list.getAttribute("start"))).toEqual(["1", "4", "5"]);
      expect(screen.getByRole("heading", { name: "Before your treatment" }).tagName).toBe("H4");
      const before = lists[0] as HTMLElement;
      expect(
        within(before)
          .getAllByRole("listitem")
          .map((item) => item.querySelector("p")?.textContent),
      ).toEqual(["Consultation", "Cleansing", "Numbing cream"]);
      expect(within(lists[1] as HTMLElement).getByText("About 30–60 minutes")).toBeVisible();
    });

    it("should show the disclaimer and the medical review with a machine-readable date", () => {
      render(<ProcedureExplainer procedure={microneedling} />);
      expect(screen.getByText(/Individual results vary/)).toBeVisible();
      const review = screen.getByText(
        /Medically reviewed by Dr. Amara Okafor, MD, FRCPC \(Dermatology\) on/,
      );
      expect(within(review).getByText("March 14, 2026")).toHaveAttribute("datetime", "2026-03-14");
    });

    it("should have no axe violations", async () => {
      const { container } = render(<ProcedureExplainer procedure={microneedling} layout="split" />);
      expect(await axe(container)).toHaveNoViolations();
    });
  });

  describe("given who should not have it", () => {
    const peel = examples.chemicalPeel;

    it("should list who should not have it, how long to wait, and what to tell the clinic first", () => {
      render(<ProcedureExplainer procedure={peel} clinic={examples.clinic} />);
      const section = screen
        .getByRole("heading", { level: 3, name: "Is it right for you?" })
        .closest("section") as HTMLElement;
      const notSuitable = within(section)
        .getByRole("heading", { level: 4, name: "Not suitable if" })
        .closest("div") as HTMLElement;
      const items = within(notSuitable).getAllByRole("listitem");
      expect(items.map((item) => item.textContent)).toEqual([
        "You are pregnant or breastfeeding",
        "You have taken isotretinoin (acne tablets) recentlyUntil 6 months after your last dose",
        "You have a cold sore, an infection, a rash or broken skin on your faceUntil it has fully healed",
        "Your face is sunburned or freshly tannedUntil the burn or tan has faded",
      ]);
      const tell = within(section)
        .getByRole("heading", { level: 4, name: "Tell us first if" })
        .closest("div") as HTMLElement;
      expect(within(tell).getAllByRole("listitem")).toHaveLength(4);
      expect(
        within(section).getByRole("link", { name: "Book a consultation (opens in a new tab)" }),
      ).toHaveAttribute("href", "https://calendly.com/lakeshore-aesthetics/consultation");
    });

    it("should offer the phone when the clinic books by phone only, and no link without a clinic", () => {
      const { unmount } = render(
        <ProcedureExplainer procedure={peel} clinic={{ name: "Clinic", phone: "905-555-0123" }} />,
      );
      expect(screen.getByRole("link", { name: "Call 905-555-0123" })).toHaveAttribute(
        "href",
        "tel:+19055550123",
      );
      unmount();
      render(<ProcedureExplainer procedure={peel} />);
      expect(screen.getByRole("heading", { name: "Is it right for you?" })).toBeVisible();
      expect(screen.queryByText("Not sure? Ask us before you book.")).toBeNull();
    });

    it("should show how long results last and the follow-up visit", () => {
      render(<ProcedureExplainer procedure={peel} />);
      expect(screen.getByText("Results last").nextElementSibling).toHaveTextContent(
        "Usually 6–12 months",
      );
      const followUp = screen
        .getByRole("heading", { name: "Your follow-up visit" })
        .closest("section") as HTMLElement;
      expect(followUp).toHaveTextContent(
        "About 2 weeks after your treatmentTo check how your skin has healed",
      );
    });

    it("should speak French", () => {
      render(<ProcedureExplainer procedure={examplesFrCA.chemicalPeel} locale={frCA} />);
      expect(
        screen.getByRole("heading", { name: "Ce traitement vous convient-il?" }),
      ).toBeVisible();
      expect(screen.getByRole("heading", { name: "Ne convient pas si" })).toBeVisible();
      expect(screen.getByRole("heading", { name: "Dites-le-nous d'abord si" })).toBeVisible();
      expect(screen.getByText("Durée des résultats").nextElementSibling).toHaveTextContent(
        "Habituellement 6 à 12 mois",
      );
    });

    it("should skip suitability items it cannot read, naming their paths", () => {
      const warn = expectConsole("warn");
      render(
        <ProcedureExplainer
          procedure={{
            ...peel,
            suitability: {
              notSuitableIf: [
                { id: "ok", text: "Fine" },
                { id: "Bad Id", text: "x" },
              ],
              tellClinicIf: "cold sores" as never,
            },
          }}
        />,
      );
      expect(screen.getByText("Fine")).toBeVisible();
      expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
        '[medspa-ui] ProcedureExplainer: procedure.suitability.notSuitableIf[1].id "Bad Id" is missing or not a slug; the item is skipped',
        "[medspa-ui] ProcedureExplainer: procedure.suitability.tellClinicIf must be a list; nothing is rendered from it",
      ]);
    });

    it("should have no axe violations", async () => {
      const { container } = render(
        <ProcedureExplainer procedure={peel} clinic={examples.clinic} />,
      );
      expect(await axe(container)).toHaveNoViolations();
    });
  });

  describe("given minimal content", () => {
    it("should omit every section without content, never rendering one empty", () => {
      const { container } = render(<ProcedureExplainer procedure={minimal} />);
      expect(headingLevels(container)).toEqual([[2, "Skin consultation"]]);
      expect(container.querySelectorAll("section")).toHaveLength(0);
      expect(container.querySelector("ol, dl, ul")).toBeNull();
    });
  });

  describe("given a heading level", () => {
    it.each([2, 3, 4, 5, 6] as const)(
      "should nest every heading below level %i without skipping",
      (level) => {
        const { container } = render(
          <ProcedureExplainer procedure={microneedling} headingLevel={level} />,
        );
        const levels = headingLevels(container).map(([headingLevel]) => headingLevel);
        expect(levels[0]).toBe(level);
        for (let index = 1; index < levels.length; index++) {
          expect((levels[index] as number) - (levels[index - 1] as number)).toBeLessThanOrEqual(1);
          expect(levels[index]).toBeGreaterThan(level);
        }
        expect(Math.max(...levels)).toBe(level + 2);
      },
    );

    it("should fall back to 2 and warn for a level outside 2–6", () => {
      const warn = expectConsole("warn");
      render(<ProcedureExplainer procedure={minimal} headingLevel={1 as never} />);
      expect(screen.getByRole("heading", { level: 2 })).toBeVisible();
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining("headingLevel must be 2, 3, 4, 5 or 6, got 1"),
      );
    });
  });

  describe("given sections and slots", () => {
    it("should show only the chosen sections, in the chosen order", () => {
      const { container } = render(
        <ProcedureExplainer procedure={microneedling} sections={["steps", "facts"]} />,
      );
      expect(
        headingLevels(container)
          .filter(([level]) => level === 3)
          .map(([, text]) => text),
      ).toEqual(["What happens, step by step", "Key facts"]);
    });

    it("should put the site's node in place of a section", () => {
      render(
        <ProcedureExplainer
          procedure={microneedling}
          slots={{ howItWorks: <div data-testid="cms-block">Rich text from the CMS</div> }}
        />,
      );
      expect(screen.getByTestId("cms-block")).toBeVisible();
      expect(screen.queryByRole("heading", { name: "How it works" })).toBeNull();
    });
  });

  describe("given ranges from zero", () => {
    const fromZero: Procedure = {
      ...microneedling,
      facts: {
        ...microneedling.facts,
        treatmentTime: { min: 0, max: 30, unit: "minutes" },
        downtime: { min: 0, max: 1, unit: "days" },
        sessions: { min: 1, max: 1 },
        interval: { min: 0, max: 4, unit: "months" },
        resultsVisible: { min: 0, max: 2, unit: "weeks" },
        resultsLast: { min: 0, max: 6, unit: "months" },
      },
      steps: [
        {
          id: "cleanse",
          phase: "before",
          title: "Cleanse",
          description: "The area is cleaned.",
          duration: { min: 0, max: 5, unit: "minutes" },
        },
      ],
      followUp: { after: { min: 0, max: 2, unit: "weeks" }, purpose: "A check of your skin." },
    };
    const factsOf = () =>
      Object.fromEntries(
        within(
          screen
            .getByRole("heading", { level: 3, name: /Key facts|En bref/ })
            .closest("section") as HTMLElement,
        )
          .getAllByRole("term")
          .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
      );

    // A fact's value is written as for inside a sentence ("up to 1 day"); the stylesheet starts it
    // with a capital (stories/ProcedureExplainer.stories.tsx, RangesFromZero, checks the browser).
    it("should say up to the upper end, as a patient reads it, and None for no downtime", () => {
      const { unmount } = render(<ProcedureExplainer procedure={fromZero} />);
      expect(factsOf()).toMatchObject({
        "Treatment time": "up to 30 minutes",
        Downtime: "up to 1 day",
        Sessions: "1 session, repeated within 4 months",
        "Results visible": "Within 2 weeks",
        "Results last": "Usually up to 6 months",
      });
      expect(screen.getByText("Up to 5 minutes")).toBeVisible();
      expect(screen.getByText("Within 2 weeks of your treatment")).toBeVisible();
      unmount();
      render(
        <ProcedureExplainer
          procedure={{ ...fromZero, facts: { downtime: { min: 0, max: 0, unit: "days" } } }}
        />,
      );
      expect(factsOf()).toEqual({ Downtime: "None" });
    });

    it("should say « jusqu'à » and « Aucun » in French", () => {
      const { unmount } = render(<ProcedureExplainer procedure={fromZero} locale={frCA} />);
      expect(factsOf()).toMatchObject({
        "Durée du traitement": "jusqu'à 30\u00a0minutes",
        "Temps de récupération": "jusqu'à 1\u00a0jour",
        "Résultats visibles": "D'ici 2\u00a0semaines",
      });
      // (Queries by text read a no-break space as a space.)
      expect(screen.getByText("Jusqu'à 5 minutes")).toBeVisible();
      expect(screen.getByText("Au plus tard 2 semaines après votre traitement")).toBeVisible();
      unmount();
      render(
        <ProcedureExplainer
          procedure={{ ...fromZero, facts: { downtime: { min: 0, max: 0, unit: "days" } } }}
          locale={frCA}
        />,
      );
      expect(factsOf()).toEqual({ "Temps de récupération": "Aucun" });
    });
  });

  describe("given French", () => {
    it("should translate labels and format ranges for fr-CA", () => {
      render(<ProcedureExplainer procedure={microneedling} locale={frCA} />);
      expect(screen.getByRole("heading", { name: "En bref" })).toBeVisible();
      const values = screen.getAllByRole("definition").map((value) => value.textContent);
      expect(values).toContain("3 à 6 séances, espacées de 4 à 6\u00a0semaines");
      expect(values).toContain("30 à 60\u00a0minutes");
      expect(screen.getByText("14 mars 2026")).toHaveAttribute("datetime", "2026-03-14");
    });

    it("should say a single session with an interval is repeated, in English and French", () => {
      const { unmount } = render(<ProcedureExplainer procedure={examples.botulinumToxin} />);
      expect(screen.getByText("1 session, repeated every 3–4 months")).toBeVisible();
      unmount();
      render(<ProcedureExplainer procedure={examplesFrCA.botulinumToxin} locale={frCA} />);
      expect(screen.getAllByRole("definition").map((value) => value.textContent)).toContain(
        "1 séance, à refaire tous les 3 à 4\u00a0mois",
      );
    });

    it("should let a site override one message", () => {
      render(
        <ProcedureExplainer procedure={microneedling} messages={{ keyFacts: "At a glance" }} />,
      );
      expect(screen.getByRole("heading", { name: "At a glance" })).toBeVisible();
    });
  });

  describe("given variants and rest props", () => {
    it("should mirror variants as data attributes and merge className", () => {
      render(
        <ProcedureExplainer
          procedure={minimal}
          layout="split"
          density="compact"
          className="site"
          data-testid="root"
          id="explainer"
        />,
      );
      const root = screen.getByTestId("root");
      expect(root).toHaveAttribute("data-slot", "procedure-explainer");
      expect(root).toHaveAttribute("data-layout", "split");
      expect(root).toHaveAttribute("data-density", "compact");
      expect(root).toHaveAttribute("id", "explainer");
      expect(root).toHaveClass(
        "msu-procedure-explainer",
        "msu-procedure-explainer--split",
        "msu-procedure-explainer--compact",
        "site",
      );
    });
  });

  describe("given invalid content", () => {
    it("should skip invalid steps and facts, warn with each path, and render the rest", () => {
      const warn = expectConsole("warn");
      const broken = {
        ...microneedling,
        steps: [
          microneedling.steps[0],
          { ...microneedling.steps[1], phase: "later" },
          { ...microneedling.steps[2], id: "consultation" },
          { ...microneedling.steps[3], duration: { min: 60, max: 30, unit: "minutes" } },
          microneedling.steps[4],
        ],
        facts: { ...microneedling.facts, downtime: { min: 2, max: 1, unit: "days" } },
        review: { by: "Dr. Okafor", date: "14/03/2026" },
      } as unknown as Procedure;
      render(<ProcedureExplainer procedure={broken} />);
      expect(
        screen
          .getAllByRole("listitem")
          .filter((item) => item.dataset.slot === "procedure-explainer-step"),
      ).toHaveLength(2);
      expect(screen.queryByText("Downtime")).toBeNull();
      expect(screen.getByText("Treatment time")).toBeVisible();
      expect(screen.getByText("Medically reviewed by Dr. Okafor")).toBeVisible();
      const messages = warn.mock.calls.map(([message]) => String(message));
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringContaining(
            'procedure.steps[1] phase "later" is not one of before, during, after; the step is skipped',
          ),
          expect.stringContaining(
            'procedure.steps[2] id "consultation" is a duplicate; the step is skipped',
          ),
          expect.stringContaining(
            "procedure.steps[3] duration: max (30) is less than min (60); the step is skipped",
          ),
          expect.stringContaining(
            "procedure.facts.downtime max (1) is less than min (2); it is not shown",
          ),
          expect.stringContaining('procedure.review.date "14/03/2026" is not an ISO 8601 date'),
        ]),
      );
    });

    it("should render no steps section for steps that are not a list, and nothing for no procedure", () => {
      expectConsole("warn");
      const { container, rerender } = render(
        <ProcedureExplainer procedure={{ ...minimal, steps: "none" } as unknown as Procedure} />,
      );
      expect(container.querySelector("ol")).toBeNull();
      rerender(<ProcedureExplainer procedure={null as unknown as Procedure} />);
      expect(container).toBeEmptyDOMElement();
    });

    it("should not warn in production", () => {
      const warn = expectConsole("warn");
      const previous = process.env.NODE_ENV;
      process.env.NODE_ENV = "production";
      try {
        render(
          <ProcedureExplainer
            procedure={{ ...minimal, steps: [{ id: "" }] } as unknown as Procedure}
          />,
        );
      } finally {
        process.env.NODE_ENV = previous;
      }
      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe("given server rendering", () => {
    it("should put the whole content in the server HTML, with no inline style, and hydrate cleanly", async () => {
      const element = (
        <StrictMode>
          <ProcedureExplainer procedure={microneedling} />
        </StrictMode>
      );
      const html = renderToString(element);
      for (const text of [
        "Key facts",
        "Soothing serum",
        "3–6 sessions, 4–6 weeks apart",
        "Individual results vary",
      ]) {
        expect(html).toContain(text);
      }
      expect(html).not.toMatch(/\sstyle=/);
      const container = document.createElement("div");
      container.innerHTML = html;
      document.body.append(container);
      const { act } = await import("react");
      await act(async () => {
        hydrateRoot(container, element);
      });
      // A hydration mismatch would have logged console.error, which fails this test.
      expect(container.textContent).toContain("Soothing serum");
      container.remove();
    });
  });
});
