import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { ProcedurePage } from "../../../src/components/ProcedurePage";
import { deferredPartsReady } from "../../../src/components/ProcedurePage/client";
import { examples, examplesFrCA } from "../../../src/content/examples";
import { frCA } from "../../../src/locales/fr-CA";
import { expectConsole } from "../../support/console";

// ProcedurePage renders its results and structured data from code it loads beside the page: a
// synchronous render on a loaded machine could come before it arrives.
beforeAll(() => deferredPartsReady);

afterEach(() => {
  window.localStorage.clear();
});

/** The checklist region with this title. */
function checklist(title: string): HTMLElement {
  return screen.getByRole("region", { name: title });
}

function outline(container: HTMLElement): number[] {
  return within(container)
    .getAllByRole("heading")
    .map((heading) => Number(heading.getAttribute("aria-level") ?? heading.tagName.slice(1)));
}

describe("ProcedurePage", () => {
  it("should compose the explainer, side effects, aftercare, booking and structured data", () => {
    const { container } = render(
      <ProcedurePage procedure={examples.microneedling} clinic={examples.clinic} />,
    );
    expect(
      screen.getByRole("heading", { level: 2, name: "Microneedling for acne scars" }),
    ).toBeVisible();
    expect(
      screen.getByRole("heading", { level: 3, name: "Side effects and when to call us" }),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: /^Urgent: Infection/ })).toBeVisible();
    expect(screen.getByRole("heading", { level: 3, name: "Aftercare checklist" })).toBeVisible();
    expect(within(checklist("Preparing for your treatment")).getAllByRole("checkbox")).toHaveLength(
      8,
    );
    expect(within(checklist("Aftercare checklist")).getAllByRole("checkbox")).toHaveLength(5);
    expect(screen.getByRole("heading", { level: 3, name: "Before and after" })).toBeVisible();
    expect(screen.getAllByRole("figure")).toHaveLength(3);
    // One call to action beside the results, one at the end of the page.
    expect(screen.getAllByRole("button", { name: "Book online" })).toHaveLength(2);
    const script = container.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.textContent ?? "{}")["@graph"]).toHaveLength(3);
  });

  it("should follow the order clinics use: explainer, is it right for you, results, preparation, the day, side effects, aftercare, follow-up, questions, booking", () => {
    const { container } = render(
      <ProcedurePage procedure={examples.chemicalPeel} clinic={examples.clinic} />,
    );
    const clinicsOrder = [
      "What happens, step by step",
      "Is it right for you?",
      "Before and after",
      "Questions? Let's talk.",
      "Preparing for your treatment",
      "On the day",
      "Side effects and when to call us",
      "Aftercare checklist",
      "Your follow-up visit",
      "Questions patients ask",
      "Does it hurt?",
      "Ready to book your appointment?",
    ];
    const sections = [...container.querySelectorAll("h3, h4, h5")]
      .map((heading) => heading.textContent ?? "")
      .filter((text) => clinicsOrder.includes(text));
    expect(sections).toEqual(clinicsOrder);
    // The follow-up visit is shown once, where the aftercare ends.
    expect(screen.getAllByRole("heading", { name: "Your follow-up visit" })).toHaveLength(1);
  });

  it("should render the questions' FAQPage only when the site turns it on", () => {
    const scripts = (faqJsonLd?: boolean) => {
      const { container, unmount } = render(
        <ProcedurePage
          procedure={examples.laserHairRemoval}
          clinic={examples.clinic}
          url="https://lakeshore.example/laser-hair-removal"
          {...(faqJsonLd === undefined ? {} : { faqJsonLd })}
        />,
      );
      const found = [...container.querySelectorAll('script[type="application/ld+json"]')];
      unmount();
      return found.map((script) => JSON.parse(script.textContent ?? "{}"));
    };
    expect(scripts().map((data) => data["@type"] ?? "graph")).toEqual(["graph"]);
    const [, faqPage] = scripts(true);
    expect(faqPage).toMatchObject({
      "@type": "FAQPage",
      "@id": "https://lakeshore.example/laser-hair-removal#faq",
    });
    expect(faqPage.mainEntity).toHaveLength(examples.laserHairRemoval.faq.length);
  });

  it("should give each question a fragment of its own under the procedure's id", async () => {
    render(<ProcedurePage procedure={examples.botulinumToxin} clinic={examples.clinic} />);
    const button = screen.getByRole("button", { name: "Will I look frozen?" });
    expect(button.closest("[id]")?.id).toBe("botulinum-toxin-faq-will-i-look-frozen-trigger");
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
  });

  it("should give its client parts the bundle's client, and read its own text from the bundle", () => {
    // Under React Server Components `client` is a reference to the bundle that React can send to
    // client components (functions cannot cross); here a copy whose words tell the two apart.
    const client = {
      ...frCA,
      messages: {
        ...frCA.messages,
        sideEffectAccordion: { ...frCA.messages.sideEffectAccordion, showAll: "Client : tout" },
        procedureFaq: { ...frCA.messages.procedureFaq, showAll: "Client : réponses" },
        aftercareChecklist: { ...frCA.messages.aftercareChecklist, title: "Client : soins" },
      },
    };
    render(
      <ProcedurePage
        procedure={examplesFrCA.botulinumToxin}
        clinic={examplesFrCA.clinic}
        locale={{ ...frCA, client }}
      />,
    );
    expect(screen.getByRole("heading", { name: "En bref" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Client : tout" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Client : réponses" })).toBeVisible();
    expect(screen.getByRole("heading", { name: "Client : soins" })).toBeVisible();
  });

  it("should keep preparation and aftercare ticks apart on the device", async () => {
    const user = userEvent.setup();
    render(<ProcedurePage procedure={examples.chemicalPeel} clinic={examples.clinic} />);
    await user.click(
      within(checklist("Preparing for your treatment")).getAllByRole("checkbox")[0] as HTMLElement,
    );
    await user.click(
      within(checklist("Aftercare checklist")).getAllByRole("checkbox")[1] as HTMLElement,
    );
    expect(
      JSON.parse(
        window.localStorage.getItem("medspa-ui:aftercare:v1:chemical-peel-preparation") ?? "null",
      ),
    ).toEqual({ version: 1, checked: ["no-isotretinoin"] });
    expect(
      JSON.parse(window.localStorage.getItem("medspa-ui:aftercare:v1:chemical-peel") ?? "null"),
    ).toEqual({ version: 1, checked: ["gentle-cleanser"] });
  });

  it.each([2, 3, 4] as const)(
    "should keep one heading outline without skips from level %i",
    (level) => {
      const { container } = render(
        <ProcedurePage
          procedure={examples.microneedling}
          clinic={examples.clinic}
          headingLevel={level}
        />,
      );
      const levels = outline(container);
      expect(levels[0]).toBe(level);
      for (let index = 1; index < levels.length; index++) {
        expect((levels[index] as number) - (levels[index - 1] as number)).toBeLessThanOrEqual(1);
        expect(levels[index]).toBeGreaterThan(level);
      }
    },
  );

  it("should show the care for the areas the visitor had treated, and offer the choice without them", () => {
    const toxin = examples.botulinumToxin;
    const hat = /Forehead: Tight hats, headbands and swimming goggles/;
    const { unmount } = render(
      <ProcedurePage procedure={toxin} clinic={examples.clinic} areas={["Frown lines"]} />,
    );
    expect(screen.queryByRole("checkbox", { name: hat })).toBeNull();
    expect(screen.queryByRole("group", { name: "Where were you treated?" })).toBeNull();
    unmount();
    const { unmount: unmountForehead } = render(
      <ProcedurePage procedure={toxin} clinic={examples.clinic} areas={["Forehead"]} />,
    );
    expect(screen.getByRole("checkbox", { name: hat })).toBeVisible();
    unmountForehead();
    render(<ProcedurePage procedure={toxin} clinic={examples.clinic} />);
    expect(screen.getByRole("checkbox", { name: hat })).toBeVisible();
    expect(screen.getByRole("group", { name: "Where were you treated?" })).toBeVisible();
  });

  it("should warn and use 4 for a deeper heading level", () => {
    const warn = expectConsole("warn");
    render(
      <ProcedurePage
        procedure={examples.chemicalPeel}
        clinic={examples.clinic}
        headingLevel={6 as never}
      />,
    );
    expect(screen.getByRole("heading", { level: 4, name: "Chemical peel" })).toBeVisible();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("headingLevel must be 2, 3 or 4, got 6"),
    );
  });

  it("should send every part's events to one callback", async () => {
    const onEvent = vi.fn();
    render(
      <ProcedurePage
        procedure={examples.microneedling}
        clinic={examples.clinic}
        onEvent={onEvent}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: /Redness/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /Wearing makeup/ }));
    expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual([
      "accordion_toggle",
      "checklist_toggle",
    ]);
  });

  it("should leave out sections without content and the structured data when asked", () => {
    const { container } = render(
      <ProcedurePage
        procedure={{ ...examples.chemicalPeel, sideEffects: [], aftercare: [] }}
        clinic={examples.clinic}
        jsonLd={false}
      />,
    );
    expect(container.querySelector('[data-section="side-effects"]')).toBeNull();
    expect(container.querySelector('[data-section="aftercare"]')).toBeNull();
    expect(container.querySelector("script")).toBeNull();
  });

  it("should speak French throughout", () => {
    render(
      <ProcedurePage procedure={examples.microneedling} clinic={examples.clinic} locale={frCA} />,
    );
    expect(
      screen.getByRole("heading", { name: "Effets secondaires et quand nous appeler" }),
    ).toBeVisible();
    expect(
      screen.getByRole("heading", { name: "Liste de soins après le traitement" }),
    ).toBeVisible();
    expect(screen.getAllByRole("button", { name: "Réserver en ligne" })).toHaveLength(2);
    expect(screen.getByRole("heading", { name: "Résultats avant et après" })).toBeVisible();
    expect(screen.getByRole("group", { name: "Afficher les résultats pour" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Acne scars (2)" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("should have no axe violations", async () => {
    const { container } = render(
      <ProcedurePage procedure={examples.microneedling} clinic={examples.clinic} />,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it("should render on the server and hydrate under StrictMode without warnings", async () => {
    const element = (
      <StrictMode>
        <ProcedurePage
          procedure={examples.microneedling}
          clinic={examples.clinic}
          url="https://lakeshore.example/microneedling"
        />
      </StrictMode>
    );
    const html = renderToString(element);
    expect(html).not.toMatch(/\sstyle=/);
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    await act(async () => {
      hydrateRoot(container, element);
    });
    expect(within(container).getAllByRole("checkbox")).toHaveLength(13);
    container.remove();
  });
});
