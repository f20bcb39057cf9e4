import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { BeforeAfter } from "../../../src/components/BeforeAfter";
import { examples } from "../../../src/content/examples";
import type { ResultCase } from "../../../src/content/types";
import { frCA } from "../../../src/locales/fr-CA";
import { expectConsole } from "../../support/console";

const [forehead, frownLines] = examples.botulinumToxin.results;
const [underarms] = examples.laserHairRemoval.results;
const result = forehead as ResultCase;

afterEach(() => {
  window.sessionStorage.clear();
});

async function slider() {
  return screen.findByRole("slider");
}

describe("BeforeAfter", () => {
  describe("given a case with its context", () => {
    it("should name the slider by what it compares and say in words what shows", async () => {
      render(<BeforeAfter result={result} treatment="Botulinum toxin" />);
      const range = await slider();
      expect(range).toHaveAccessibleName("Before and after: Forehead lines");
      expect(range).toHaveAttribute("aria-valuetext", "50% before, 50% after");
      expect(range).toHaveValue("50");
    });

    it("should move with the keyboard and say each new position, re-rendering nothing", async () => {
      const user = userEvent.setup();
      render(<BeforeAfter result={result} />);
      const range = await slider();
      const frame = range.parentElement as HTMLElement;
      await user.click(range);
      // jsdom has no range stepping of its own: an input event is what the browser sends.
      fireEvent.input(range, { target: { value: "70" } });
      expect(range).toHaveAttribute("aria-valuetext", "70% before, 30% after");
      expect(frame.style.getPropertyValue("--msu-before-after-position")).toBe("70%");
      fireEvent.input(range, { target: { value: "0" } });
      expect(range).toHaveAttribute("aria-valuetext", "After photo only");
      fireEvent.input(range, { target: { value: "100" } });
      expect(range).toHaveAttribute("aria-valuetext", "Before photo only");
    });

    it("should start where the site asks, within 0 to 100", async () => {
      const { unmount } = render(<BeforeAfter result={result} defaultPosition={30} />);
      expect(await slider()).toHaveAttribute("aria-valuetext", "30% before, 70% after");
      unmount();
      render(<BeforeAfter result={result} defaultPosition={250} />);
      expect(await slider()).toHaveAttribute("aria-valuetext", "Before photo only");
    });

    it("should label each photo with a word, and describe both", () => {
      render(<BeforeAfter result={result} />);
      expect(screen.getByText("Before")).toBeVisible();
      expect(screen.getByText("After")).toBeVisible();
      expect(screen.getByRole("img", { name: /forehead at rest before treatment/ })).toBeVisible();
      expect(screen.getByRole("img", { name: /same forehead 2 weeks after/ })).toBeVisible();
    });

    it("should say under the photos what makes them honest", () => {
      render(<BeforeAfter result={result} treatment="Botulinum toxin" />);
      const figure = screen.getByRole("figure");
      expect(figure).toHaveTextContent("Botulinum toxin: Forehead lines");
      expect(figure).toHaveTextContent("2 weeks after 1 session");
      expect(figure).toHaveTextContent("Unretouched photos");
      expect(figure).toHaveTextContent("Shared with the patient's written consent");
      expect(figure).toHaveTextContent("Individual results vary");
    });

    it("should say a time from zero as a patient reads it, in English and French", () => {
      const soon = { ...result, photographed: { min: 0, max: 2, unit: "weeks" as const } };
      const { unmount } = render(<BeforeAfter result={soon} />);
      expect(screen.getByRole("figure")).toHaveTextContent("Within 2 weeks of 1 session");
      unmount();
      render(<BeforeAfter result={soon} locale={frCA} />);
      expect(screen.getByRole("figure")).toHaveTextContent(
        "Au plus tard 2 semaines après 1 séance",
      );
    });

    it("should let a site reword 'Individual results vary', never remove it", () => {
      render(
        <BeforeAfter
          result={{ ...result, unretouched: false }}
          messages={{ resultsVary: "Results differ from one person to the next" }}
        />,
      );
      expect(screen.getByRole("figure")).toHaveTextContent(
        "Results differ from one person to the next",
      );
      expect(screen.getByRole("figure")).not.toHaveTextContent("Unretouched photos");
    });

    it("should load the photos lazily unless asked for them first, preloading nothing", () => {
      const { container, unmount } = render(<BeforeAfter result={result} />);
      for (const image of container.querySelectorAll("img")) {
        expect(image).toHaveAttribute("loading", "lazy");
        expect(image).toHaveAttribute("decoding", "async");
        expect(image).toHaveAttribute("width", "800");
        expect(image).toHaveAttribute("height", "600");
      }
      unmount();
      const priority = render(<BeforeAfter result={result} priority />);
      for (const image of priority.container.querySelectorAll("img")) {
        expect(image).not.toHaveAttribute("loading");
      }
      expect(document.querySelector('link[rel="preload"]')).toBeNull();
    });

    it("should pass srcSet and sizes through", () => {
      const withSizes: ResultCase = {
        ...result,
        before: { ...result.before, srcSet: "/a-640.webp 640w, /a-1280.webp 1280w" },
      };
      const { container } = render(<BeforeAfter result={withSizes} sizes="50vw" />);
      const [before, after] = container.querySelectorAll("img");
      expect(before).toHaveAttribute("srcset", "/a-640.webp 640w, /a-1280.webp 1280w");
      expect(before).toHaveAttribute("sizes", "50vw");
      expect(after).not.toHaveAttribute("sizes");
    });

    it("should speak Canadian French", async () => {
      render(<BeforeAfter result={frownLines as ResultCase} locale={frCA} />);
      expect(await slider()).toHaveAccessibleName("Avant et après : Frown lines");
      expect(await slider()).toHaveAttribute("aria-valuetext", "50 % avant, 50 % après");
      expect(screen.getByRole("figure")).toHaveTextContent("2 semaines après 1 séance");
      expect(screen.getByRole("figure")).toHaveTextContent(
        "Les résultats varient d'une personne à l'autre",
      );
    });

    it("should have no axe violations", async () => {
      const { container } = render(<BeforeAfter result={result} />);
      await slider();
      expect(await axe(container)).toHaveNoViolations();
    });
  });

  describe("given a sensitive case", () => {
    it("should cover it, download nothing, and uncover it when asked, for the session", async () => {
      const user = userEvent.setup();
      const { container, unmount } = render(<BeforeAfter result={underarms as ResultCase} />);
      expect(container.querySelector("img")).toBeNull();
      await user.click(screen.getByRole("button", { name: "Show photos: Underarms" }));
      expect(screen.getByRole("figure")).toHaveFocus();
      expect(container.querySelectorAll("img")).toHaveLength(2);
      expect(await slider()).toHaveAccessibleName("Before and after: Underarms");
      unmount();
      render(<BeforeAfter result={underarms as ResultCase} />);
      await waitFor(() => expect(screen.getAllByRole("img")).toHaveLength(2));
    });

    it("should cover a case whose flag is not a boolean", () => {
      expectConsole("warn");
      const { container } = render(
        <BeforeAfter result={{ ...result, sensitive: "yes" as unknown as boolean }} />,
      );
      expect(container.querySelector("img")).toBeNull();
    });
  });

  describe("given content a clinic must not publish", () => {
    it.each([
      ["no consent", { consent: undefined }],
      ["consent not given", { consent: { publish: false } }],
      ["a javascript: photo", { before: { ...result.before, src: "javascript:alert(1)" } }],
      ["an http: photo", { after: { ...result.after, src: "http://cdn.example.com/a.jpg" } }],
      ["a data: photo", { after: { ...result.after, src: "data:image/png;base64,AAAA" } }],
      ["a protocol-relative photo", { after: { ...result.after, src: "//evil.example/a.jpg" } }],
      ["a photo without alt text", { before: { ...result.before, alt: " " } }],
      ["a photo without its size", { before: { ...result.before, width: 0 } }],
    ])("should render nothing for %s, with a warning", (_, change) => {
      const warn = expectConsole("warn");
      const { container } = render(<BeforeAfter result={{ ...result, ...change } as ResultCase} />);
      expect(container).toBeEmptyDOMElement();
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/^\[medspa-ui\] BeforeAfter: result\./),
      );
    });

    it("should leave out a treatment name that is not text", () => {
      const { container } = render(
        <BeforeAfter result={result} treatment={Object.create(null) as string} />,
      );
      expect(container.querySelector('[data-slot="before-after-title"]')).toHaveTextContent(
        /^Forehead lines$/,
      );
    });

    it("should leave out an unsafe srcSet and keep the photo", () => {
      expectConsole("warn");
      const { container } = render(
        <BeforeAfter
          result={{ ...result, before: { ...result.before, srcSet: "javascript:x 1x" } }}
        />,
      );
      expect(container.querySelector("img")).not.toHaveAttribute("srcset");
    });
  });

  it("should render on the server without a style attribute and hydrate under StrictMode", async () => {
    const element = (
      <StrictMode>
        <BeforeAfter result={result} />
      </StrictMode>
    );
    const html = renderToString(element);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain("Before");
    expect(html).not.toContain('type="range"');
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    hydrateRoot(container, element);
    await waitFor(() => expect(container.querySelector('input[type="range"]')).not.toBeNull());
    expect(container.querySelector('[data-slot="before-after"]')).toHaveAttribute(
      "data-interactive",
    );
    container.remove();
  });
});
