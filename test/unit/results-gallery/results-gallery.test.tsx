import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { ResultsGallery } from "../../../src/components/ResultsGallery";
import { examples, examplesFrCA } from "../../../src/content/examples";
import type { ResultCase } from "../../../src/content/types";
import { frCA } from "../../../src/locales/fr-CA";
import { expectConsole } from "../../support/console";

const toxin = examples.botulinumToxin.results;
/** Seven cases over two areas: more than a first page. */
const many: ResultCase[] = [...toxin, ...examples.microneedling.results].concat(
  examples.chemicalPeel.results.map((result) => ({ ...result, area: "Forehead lines" })),
);

afterEach(() => {
  window.sessionStorage.clear();
});

function cases() {
  return within(screen.getByRole("list")).getAllByRole("figure");
}

describe("ResultsGallery", () => {
  describe("given cases over two areas or more", () => {
    it("should offer a filter of toggle buttons with counts, all pressed first", () => {
      render(<ResultsGallery results={toxin} />);
      const filter = screen.getByRole("group", { name: "Show results for" });
      const options = within(filter).getAllByRole("button");
      expect(options.map((option) => option.textContent)).toEqual([
        "All areas (3)",
        "Forehead lines (2)",
        "Frown lines (1)",
      ]);
      expect(options.map((option) => option.getAttribute("aria-pressed"))).toEqual([
        "true",
        "false",
        "false",
      ]);
    });

    it("should show one area's cases when its button is pressed, and say so", async () => {
      const user = userEvent.setup();
      render(<ResultsGallery results={toxin} />);
      await user.click(screen.getByRole("button", { name: "Frown lines (1)" }));
      expect(screen.getByRole("button", { name: "Frown lines (1)" })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      expect(screen.getByRole("button", { name: "All areas (3)" })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
      expect(cases()).toHaveLength(1);
      expect(screen.getByRole("status")).toHaveTextContent("Showing 1 result");
    });
  });

  describe("given more cases than a page", () => {
    it("should show the first few, then more, moving focus to the first new case", async () => {
      const user = userEvent.setup();
      render(<ResultsGallery results={many} />);
      expect(cases()).toHaveLength(3);
      expect(screen.getByRole("status")).toHaveTextContent("Showing 3 of 8 results");
      await user.click(screen.getByRole("button", { name: "Show more results" }));
      expect(cases()).toHaveLength(6);
      expect(cases()[3]).toHaveFocus();
      await user.click(screen.getByRole("button", { name: "Show more results" }));
      expect(cases()).toHaveLength(8);
      expect(screen.queryByRole("button", { name: "Show more results" })).toBeNull();
      expect(screen.getByRole("status")).toHaveTextContent("Showing all 8 results");
    });

    it("should start each area from its first page", async () => {
      const user = userEvent.setup();
      render(<ResultsGallery results={many} pageSize={2} />);
      await user.click(screen.getByRole("button", { name: "Show more results" }));
      expect(cases()).toHaveLength(4);
      await user.click(screen.getByRole("button", { name: "Forehead lines (4)" }));
      expect(cases()).toHaveLength(2);
      expect(screen.getByRole("status")).toHaveTextContent("Showing 2 of 4 results");
    });
  });

  it("should load at most the first case's photos eagerly, and only when asked", () => {
    const { container, unmount } = render(<ResultsGallery results={toxin} />);
    expect(container.querySelectorAll('img:not([loading="lazy"])')).toHaveLength(0);
    unmount();
    const eager = render(<ResultsGallery results={toxin} priority />);
    const images = eager.container.querySelectorAll("img");
    expect(eager.container.querySelectorAll('img:not([loading="lazy"])')).toHaveLength(2);
    expect(images[0]).not.toHaveAttribute("loading");
    expect(images[2]).toHaveAttribute("loading", "lazy");
  });

  it("should leave out a case without consent, and its area", () => {
    const warn = expectConsole("warn");
    const [first, second] = toxin;
    render(
      <ResultsGallery
        results={[first as ResultCase, { ...(second as ResultCase), consent: undefined as never }]}
      />,
    );
    expect(cases()).toHaveLength(1);
    expect(screen.queryByRole("group")).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("results[1].consent.publish must be true"),
    );
  });

  it("should render nothing when no case can be shown", () => {
    expectConsole("warn");
    const { container } = render(<ResultsGallery results={"photos" as never} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("should speak Canadian French", () => {
    render(<ResultsGallery results={examplesFrCA.botulinumToxin.results} locale={frCA} />);
    expect(screen.getByRole("group", { name: "Afficher les résultats pour" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Toutes les zones (3)" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Rides du front (2)" })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("Les 3 résultats sont affichés");
  });

  it("should have no axe violations", async () => {
    const { container } = render(<ResultsGallery results={many} />);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("should render on the server without a style attribute and hydrate under StrictMode", async () => {
    const element = (
      <StrictMode>
        <ResultsGallery results={examples.laserHairRemoval.results} />
      </StrictMode>
    );
    const html = renderToString(element);
    expect(html).not.toMatch(/\sstyle=/);
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    hydrateRoot(container, element);
    await screen.findByRole("slider");
    container.remove();
  });
});
