import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { ProcedureFaq } from "../../../src/components/ProcedureFaq";
import { examples, examplesFrCA } from "../../../src/content/examples";
import type { FaqItem } from "../../../src/content/types";
import { frCA } from "../../../src/locales/fr-CA";
import { faqJsonLd } from "../../../src/seo";
import { expectConsole } from "../../support/console";

const faq: FaqItem[] = examples.dermalFiller.faq;

function question(name: RegExp | string) {
  return screen.getByRole("button", { name });
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
  window.sessionStorage.clear();
});

describe("ProcedureFaq", () => {
  describe("given the filler questions", () => {
    it("should render each question as a heading wrapping only its button", () => {
      render(<ProcedureFaq faq={faq} />);
      const headings = screen.getAllByRole("heading", { level: 3 });
      expect(headings.map((heading) => heading.textContent)).toEqual(
        faq.map((item) => item.question),
      );
      for (const heading of headings) {
        expect(within(heading).getByRole("button")).toHaveAttribute("aria-expanded", "false");
      }
    });

    it("should keep every answer in the document, hidden until opened, paragraph by paragraph", async () => {
      render(<ProcedureFaq faq={faq} />);
      const panel = document.getElementById("faq-warning-signs-panel") as HTMLElement;
      expect(panel).toHaveAttribute("hidden");
      expect(
        within(panel)
          .getAllByText(/./, { selector: "p" })
          .map((p) => p.textContent),
      ).toEqual([
        "Some swelling, bruising and tenderness is normal. Call the clinic straight away if the skin near the filler turns pale, white, grey or blotchy, or if pain gets worse instead of better.",
        "If your vision changes, call emergency services.",
      ]);
      await userEvent.click(question("What should I watch for afterwards?"));
      expect(question("What should I watch for afterwards?")).toHaveAttribute(
        "aria-controls",
        panel.id,
      );
      expect(panel).not.toHaveAttribute("hidden");
    });

    it("should have no axe violations closed and open", async () => {
      const { container } = render(<ProcedureFaq faq={faq} />);
      expect(await axe(container)).toHaveNoViolations();
      await userEvent.click(screen.getByRole("button", { name: "Show all answers" }));
      expect(await axe(container)).toHaveNoViolations();
    });
  });

  describe("given a click", () => {
    it("should open and close the answer and report faq_toggle without the procedure's name", async () => {
      const onEvent = vi.fn();
      render(<ProcedureFaq faq={faq} onEvent={onEvent} />);
      await userEvent.click(question("Does it hurt?"));
      expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "true");
      await userEvent.click(question("Does it hurt?"));
      expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "false");
      expect(onEvent.mock.calls).toEqual([
        [{ type: "faq_toggle", id: "does-it-hurt", open: true }],
        [{ type: "faq_toggle", id: "does-it-hurt", open: false }],
      ]);
    });

    it("should add the event context only when the site opts in", async () => {
      const onEvent = vi.fn();
      render(
        <ProcedureFaq
          faq={faq}
          onEvent={onEvent}
          eventContext={{ procedureId: "dermal-filler" }}
        />,
      );
      await userEvent.click(question("Does it hurt?"));
      expect(onEvent).toHaveBeenCalledWith({
        type: "faq_toggle",
        id: "does-it-hurt",
        open: true,
        context: { procedureId: "dermal-filler" },
      });
    });
  });

  describe("given the keyboard", () => {
    it("should move between questions with arrows, Home and End, and toggle with Enter and Space", async () => {
      const user = userEvent.setup();
      render(<ProcedureFaq faq={faq} showAllToggle={false} />);
      await user.tab();
      expect(question("Does it hurt?")).toHaveFocus();
      await user.keyboard("{ArrowDown}");
      expect(question("How long will the swelling last?")).toHaveFocus();
      await user.keyboard("{End}");
      expect(question("What should I watch for afterwards?")).toHaveFocus();
      await user.keyboard("{ArrowDown}");
      expect(question("Does it hurt?")).toHaveFocus();
      await user.keyboard("{ArrowUp}{Home}{Enter}");
      expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "true");
      await user.keyboard(" ");
      expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "false");
    });
  });

  describe("given Show all", () => {
    it("should open every answer, then flip to Hide all and close them", async () => {
      render(<ProcedureFaq faq={faq} />);
      const showAll = screen.getByRole("button", { name: "Show all answers" });
      expect(showAll).toHaveAttribute(
        "aria-controls",
        faq.map((item) => `faq-${item.id}-panel`).join(" "),
      );
      await userEvent.click(showAll);
      for (const item of faq) {
        expect(question(item.question)).toHaveAttribute("aria-expanded", "true");
      }
      await userEvent.click(screen.getByRole("button", { name: "Hide all answers" }));
      expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "false");
    });

    it("should not exist for a single-open list", async () => {
      render(<ProcedureFaq faq={faq} type="single" />);
      expect(screen.queryByRole("button", { name: "Show all answers" })).toBeNull();
      await userEvent.click(question("Does it hurt?"));
      await userEvent.click(question("Can filler be reversed?"));
      expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "false");
      expect(question("Can filler be reversed?")).toHaveAttribute("aria-expanded", "true");
    });
  });

  describe("given a URL fragment", () => {
    it("should open and scroll to the named question on load and when the fragment changes", async () => {
      const scrollIntoView = vi.fn();
      Element.prototype.scrollIntoView = scrollIntoView;
      window.history.replaceState(null, "", "#faq-can-it-be-reversed");
      render(<ProcedureFaq faq={faq} />);
      expect(question("Can filler be reversed?")).toHaveAttribute("aria-expanded", "true");
      await waitFor(() => expect(scrollIntoView).toHaveBeenCalledWith({ block: "start" }));
      act(() => {
        window.history.replaceState(null, "", "#faq-does-it-hurt");
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      });
      expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "true");
    });

    it("should leave the questions closed when openFromHash is off", () => {
      window.history.replaceState(null, "", "#faq-can-it-be-reversed");
      render(<ProcedureFaq faq={faq} openFromHash={false} />);
      expect(question("Can filler be reversed?")).toHaveAttribute("aria-expanded", "false");
    });
  });

  describe("given find-in-page (hidden=until-found)", () => {
    // jsdom has no until-found; the list detects it by the onbeforematch property.
    beforeEach(() => {
      Object.defineProperty(HTMLElement.prototype, "onbeforematch", {
        value: null,
        configurable: true,
      });
      return () => {
        delete (HTMLElement.prototype as { onbeforematch?: unknown }).onbeforematch;
      };
    });

    it("should mark closed answers until-found once idle and open the question on beforematch", async () => {
      const onEvent = vi.fn();
      render(<ProcedureFaq faq={faq} onEvent={onEvent} />);
      const panel = document.getElementById("faq-how-long-does-it-last-panel") as HTMLElement;
      await waitFor(() => expect(panel.getAttribute("hidden")).toBe("until-found"));
      act(() => {
        panel.dispatchEvent(new Event("beforematch"));
      });
      expect(question("How long does filler last?")).toHaveAttribute("aria-expanded", "true");
      expect(onEvent).toHaveBeenCalledWith({
        type: "faq_toggle",
        id: "how-long-does-it-last",
        open: true,
      });
    });
  });

  describe("given printing", () => {
    it("should expand every answer for print and restore them after", () => {
      render(<ProcedureFaq faq={faq} defaultValue={["does-it-hurt"]} />);
      act(() => {
        window.dispatchEvent(new Event("beforeprint"));
      });
      for (const item of faq) {
        expect(question(item.question)).toHaveAttribute("aria-expanded", "true");
      }
      act(() => {
        window.dispatchEvent(new Event("afterprint"));
      });
      expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "true");
      expect(question("Can filler be reversed?")).toHaveAttribute("aria-expanded", "false");
    });
  });

  describe("given rememberOpen", () => {
    it("should restore the open answers for the session under its own key", async () => {
      const first = render(<ProcedureFaq faq={faq} rememberOpen />);
      await userEvent.click(question("Does it hurt?"));
      expect(window.sessionStorage.getItem("medspa-ui:faq:v1:faq")).toBe('["does-it-hurt"]');
      first.unmount();
      render(<ProcedureFaq faq={faq} rememberOpen />);
      await waitFor(() =>
        expect(question("Does it hurt?")).toHaveAttribute("aria-expanded", "true"),
      );
    });
  });

  describe("given structured data", () => {
    it("should render no FAQPage by default", () => {
      const { container } = render(<ProcedureFaq faq={faq} />);
      expect(container.querySelector('script[type="application/ld+json"]')).toBeNull();
    });

    it("should render the FAQPage of the questions shown when turned on", () => {
      const { container } = render(<ProcedureFaq faq={faq} faqJsonLd locale={frCA} />);
      const data = JSON.parse(
        container.querySelector('script[type="application/ld+json"]')?.textContent ?? "",
      );
      expect(data).toMatchObject({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        inLanguage: "fr-CA",
      });
      expect(data.mainEntity).toHaveLength(faq.length);
      expect(data.mainEntity[5]).toEqual({
        "@type": "Question",
        name: "What should I watch for afterwards?",
        acceptedAnswer: { "@type": "Answer", text: faq[5]?.answer },
      });
    });

    it("should leave out what the accordion skips and keep hostile text inside the script", () => {
      expectConsole("warn");
      const hostile = '</script><script>alert("x")</script>';
      const data = faqJsonLd(
        [
          { id: "ok", question: hostile, answer: "Fine." },
          { id: "no-answer", question: "Why?", answer: "" },
        ],
        { url: "https://lakeshore.example/filler" },
      );
      expect(data).toMatchObject({ "@id": "https://lakeshore.example/filler#faq" });
      expect(data.mainEntity).toEqual([
        {
          "@type": "Question",
          name: hostile,
          acceptedAnswer: { "@type": "Answer", text: "Fine." },
        },
      ]);
      const { container } = render(
        <ProcedureFaq faq={[{ id: "ok", question: hostile, answer: "x" }]} faqJsonLd />,
      );
      expect(container.querySelectorAll("script")).toHaveLength(1);
    });
  });

  describe("given options", () => {
    it("should use the heading level", () => {
      render(<ProcedureFaq faq={faq} headingLevel={4} />);
      expect(screen.getAllByRole("heading", { level: 4 })).toHaveLength(faq.length);
    });

    it("should add no landmark, so two lists that ask the same question stay clear", async () => {
      const { container } = render(
        <>
          <ProcedureFaq faq={faq} idPrefix="filler-faq" defaultValue={["does-it-hurt"]} />
          <ProcedureFaq
            faq={examples.laserHairRemoval.faq}
            idPrefix="laser-faq"
            defaultValue={["does-it-hurt"]}
          />
        </>,
      );
      expect(screen.queryAllByRole("region")).toEqual([]);
      expect(await axe(container)).toHaveNoViolations();
    });

    it("should speak French", () => {
      render(<ProcedureFaq faq={examplesFrCA.dermalFiller.faq} locale={frCA} />);
      expect(screen.getByRole("button", { name: "Afficher toutes les réponses" })).toBeVisible();
      expect(question("Est-ce que ça fait mal?")).toBeVisible();
    });

    it("should mirror variants and merge className and rest props", () => {
      render(
        <ProcedureFaq
          faq={faq}
          appearance="separated"
          size="sm"
          className="site"
          data-testid="root"
        />,
      );
      const root = screen.getByTestId("root");
      expect(root).toHaveAttribute("data-slot", "procedure-faq");
      expect(root).toHaveAttribute("data-appearance", "separated");
      expect(root).toHaveClass(
        "msu-procedure-faq",
        "msu-procedure-faq--separated",
        "msu-procedure-faq--sm",
        "site",
      );
    });
  });

  describe("given bad content", () => {
    it("should skip questions without an id, a question or an answer, and warn with paths", () => {
      const warn = expectConsole("warn");
      render(
        <ProcedureFaq
          faq={
            [
              { id: "ok", question: "Does it hurt?", answer: "A little." },
              { id: "Bad Id", question: "Why?", answer: "Because." },
              { id: "ok", question: "Again?", answer: "Yes." },
              { id: "no-question", question: "", answer: "Yes." },
              { id: "no-answer", question: "How long?", answer: 5 },
            ] as never
          }
        />,
      );
      expect(screen.getAllByRole("heading").map((heading) => heading.textContent)).toEqual([
        "Does it hurt?",
      ]);
      expect(warn.mock.calls.map(([message]) => message)).toEqual([
        '[medspa-ui] ProcedureFaq: faq[1].id "Bad Id" is missing or not a slug; the item is skipped',
        '[medspa-ui] ProcedureFaq: faq[2].id "ok" is a duplicate; the item is skipped',
        "[medspa-ui] ProcedureFaq: faq[3].question is empty; the item is skipped",
        "[medspa-ui] ProcedureFaq: faq[4].answer must be non-empty text; the question is skipped",
      ]);
    });

    it("should render nothing for a list that is not a list", () => {
      expectConsole("warn");
      const { container } = render(<ProcedureFaq faq={"Does it hurt?" as never} />);
      expect(container).toBeEmptyDOMElement();
    });
  });

  describe("given server rendering", () => {
    it("should send every answer in the HTML and hydrate under StrictMode without warnings", async () => {
      const element = (
        <StrictMode>
          <ProcedureFaq faq={faq} />
        </StrictMode>
      );
      const html = renderToString(element);
      expect(html).toContain("dissolved with an enzyme injection");
      expect(html).not.toMatch(/\sstyle=/);
      const container = document.createElement("div");
      container.innerHTML = html;
      document.body.append(container);
      await act(async () => {
        hydrateRoot(container, element);
      });
      fireEvent.click(within(container).getByRole("button", { name: "Does it hurt?" }));
      expect(within(container).getByRole("button", { name: "Does it hurt?" })).toHaveAttribute(
        "aria-expanded",
        "true",
      );
      container.remove();
    });
  });
});
