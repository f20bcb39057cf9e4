import type { Meta, StoryObj } from "@storybook/react-vite";
import axe from "axe-core";
import { expect, spyOn, waitFor, within } from "storybook/test";
import { ProcedurePage } from "../src/components/ProcedurePage";
import { examples, examplesFrCA } from "../src/content/examples";
import type { Clinic, Procedure } from "../src/content/types";
import { defineMedspaElements } from "../src/elements/define";
import { addElementsLocale, addedLocales } from "../src/elements/locales";
import type { LocaleOption } from "../src/i18n";
import { frCA } from "../src/locales/fr-CA";

// The five treatments of `medspa-ui/content`, each a whole page in English and in French: what a
// new spa site starts from. Every sample is a starting point for the clinic's medical director to
// review before publishing.

const meta = {
  title: "Components/Starter library",
  component: ProcedurePage,
  // Ten whole pages on one docs page would be slow to open: StarterLibrary.mdx is its docs page.
  tags: ["!autodocs"],
  parameters: {
    layout: "padded",
    // A whole page at the designer's width: the narrow layout is ProcedurePage's own story.
    visual: { widths: [1280] },
  },
} satisfies Meta<typeof ProcedurePage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A treatment's page, and what a patient must find on it: its name, its urgent signs, its questions. */
function treatmentPage(
  procedure: Procedure,
  french: boolean,
  urgent: RegExp,
  firstQuestion: string,
): Story {
  const locale: LocaleOption = french ? frCA : "en";
  const clinic: Clinic = french ? examplesFrCA.clinic : examples.clinic;
  return {
    args: {
      procedure,
      clinic,
      locale,
      storageKey: `storybook-starter-${procedure.id}${french ? "-fr" : ""}`,
    },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(canvas.getByRole("heading", { level: 2, name: procedure.name })).toBeVisible();
      await expect(canvas.getByRole("button", { name: urgent })).toBeVisible();
      await expect(canvas.getByRole("button", { name: firstQuestion })).toBeVisible();
      await expect(
        canvas.getByRole("heading", {
          name: french ? "Questions fréquentes" : "Questions patients ask",
        }),
      ).toBeVisible();
    },
  };
}

export const BotulinumToxin = treatmentPage(
  examples.botulinumToxin,
  false,
  /^Urgent: Trouble swallowing/,
  "Will I look frozen?",
);
export const BotulinumToxinInFrench = treatmentPage(
  examplesFrCA.botulinumToxin,
  true,
  /^Urgent : Difficulté à avaler/,
  "Aurai-je l'air figé?",
);
export const DermalFiller = treatmentPage(
  examples.dermalFiller,
  false,
  /^Urgent: Skin turning pale/,
  "Can filler be reversed?",
);
export const DermalFillerInFrench = treatmentPage(
  examplesFrCA.dermalFiller,
  true,
  /^Urgent : Peau qui devient pâle/,
  "Peut-on annuler le résultat?",
);
export const ChemicalPeel = treatmentPage(
  examples.chemicalPeel,
  false,
  /^Urgent: Infection/,
  "How long will I peel?",
);
export const ChemicalPeelInFrench = treatmentPage(
  examplesFrCA.chemicalPeel,
  true,
  /^Urgent : Infection/,
  "Combien de temps vais-je peler?",
);
export const LaserHairRemoval = treatmentPage(
  examples.laserHairRemoval,
  false,
  /^Urgent: Eye pain/,
  "Can I shave between sessions?",
);
export const LaserHairRemovalInFrench = treatmentPage(
  examplesFrCA.laserHairRemoval,
  true,
  /^Urgent : Douleur à l'œil/,
  "Puis-je me raser entre les séances?",
);
export const Microneedling = treatmentPage(
  examples.microneedling,
  false,
  /^Urgent: Infection/,
  "Can I have it if I still get spots?",
);
export const MicroneedlingInFrench = treatmentPage(
  examplesFrCA.microneedling,
  true,
  /^Urgent : Infection/,
  "Puis-je le faire si j'ai encore des boutons?",
);

/** The parts of a page, one custom element each, as a site shows them without the whole page. */
const partElements = [
  "medspa-procedure-explainer",
  "medspa-preparation",
  "medspa-side-effects",
  "medspa-aftercare",
  "medspa-faq",
  "medspa-booking-banner",
];

/** JSON safe inside <script>, as a CMS template prints it. */
const json = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");

/** A WordPress page's markup: these elements, each with the treatment and the clinic. */
function elementsMarkup(names: string[], procedure: Procedure, clinic: Clinic, locale: string) {
  const content = json({ procedure, clinic });
  return names
    .map(
      (name) =>
        `<${name} locale="${locale}" heading-level="3" storage-key="storybook-elements-${procedure.id}"><script type="application/json">${content}</script></${name}>`,
    )
    .join("\n");
}

/** Resolves once every element in the host has rendered its part into its shadow root. */
async function rendered(host: HTMLElement) {
  await waitFor(() => {
    for (const element of host.children) {
      if (element.shadowRoot?.querySelector("[data-slot]") == null) {
        throw new Error(`<${element.localName}> has not rendered`);
      }
    }
  });
}

/**
 * Every treatment through every custom element, as a site without React shows it: the whole page
 * in one element, then the parts one element each. axe checks each page as it stands (a page holds
 * one treatment: two would repeat the same landmarks), and the story's own axe check the last.
 */
function everyTreatmentAsElements(library: typeof examples, locale: string): Story {
  const { clinic, ...treatments } = library;
  return {
    args: { procedure: library.microneedling, clinic },
    parameters: { visual: { widths: [] } },
    render: () => {
      defineMedspaElements();
      // What a French page's second script, elements.fr-CA.global.js, does.
      if (locale === "fr-CA") {
        addElementsLocale(frCA);
      }
      return <div data-testid="site" />;
    },
    play: async ({ canvasElement }) => {
      const consoleError = spyOn(console, "error");
      const host = within(canvasElement).getByTestId("site");
      for (const procedure of Object.values(treatments)) {
        for (const names of [["medspa-procedure-page"], partElements]) {
          host.innerHTML = elementsMarkup(names, procedure, clinic, locale);
          await rendered(host);
          const { violations } = await axe.run(host);
          await expect(
            violations.map((violation) => `${procedure.id} ${names[0]}: ${violation.id}`),
          ).toEqual([]);
        }
      }
      // Every element found its language (a missing one is reported, and shows English).
      await expect(consoleError).not.toHaveBeenCalledWith(expect.stringContaining("not loaded"));
      consoleError.mockRestore();
    },
  };
}

/**
 * `areas` on a custom element: the areas this patient had treated. Lip filler's "no straws" shows
 * for the lips and not for the smile lines, and changing the attribute re-renders the list.
 */
export const CareForOneAreaAsCustomElement: Story = {
  args: { procedure: examples.dermalFiller, clinic: examples.clinic },
  parameters: { visual: { widths: [] } },
  render: () => {
    defineMedspaElements();
    return <div data-testid="site" />;
  },
  play: async ({ canvasElement }) => {
    const host = within(canvasElement).getByTestId("site");
    host.innerHTML = elementsMarkup(
      ["medspa-aftercare"],
      examples.dermalFiller,
      examples.clinic,
      "en",
    ).replace("<medspa-aftercare ", '<medspa-aftercare areas="Smile lines, Cheeks" ');
    await rendered(host);
    const element = host.querySelector("medspa-aftercare") as HTMLElement;
    const list = () => within(element.shadowRoot as unknown as HTMLElement);
    await expect(list().queryByRole("checkbox", { name: /straw/ })).toBeNull();
    await expect(list().queryByRole("group", { name: "Where were you treated?" })).toBeNull();
    element.setAttribute("areas", "Lips");
    await waitFor(() =>
      expect(
        list().getByRole("checkbox", { name: /Lips: Drinking through a straw/ }),
      ).toBeVisible(),
    );
  },
};

/**
 * A French element on a page whose French script (elements.fr-CA.global.js) has not run: it says
 * so in the console and shows English, then French the moment the script adds the language.
 */
export const FrenchScriptLateForCustomElement: Story = {
  args: { procedure: examplesFrCA.microneedling, clinic: examplesFrCA.clinic },
  parameters: { visual: { widths: [] } },
  render: () => {
    defineMedspaElements();
    return <div data-testid="site" />;
  },
  play: async ({ canvasElement }) => {
    // As on a page that has not loaded it: no language added yet.
    addedLocales().splice(0);
    const consoleError = spyOn(console, "error").mockImplementation(() => {});
    const host = within(canvasElement).getByTestId("site");
    host.innerHTML = elementsMarkup(
      ["medspa-faq"],
      examplesFrCA.microneedling,
      examplesFrCA.clinic,
      "fr-CA",
    );
    await rendered(host);
    const faq = within(host.querySelector("medspa-faq")?.shadowRoot as unknown as HTMLElement);
    await expect(faq.getByRole("button", { name: "Show all answers" })).toBeVisible();
    await expect(consoleError).toHaveBeenCalledWith(
      expect.stringContaining('<medspa-faq>: locale "fr-CA" is not loaded'),
    );
    consoleError.mockRestore();
    addElementsLocale(frCA);
    await waitFor(() =>
      expect(faq.getByRole("button", { name: "Afficher toutes les réponses" })).toBeVisible(),
    );
  },
};

export const EveryTreatmentAsCustomElements = everyTreatmentAsElements(examples, "en");
export const EveryTreatmentAsCustomElementsInFrench = everyTreatmentAsElements(
  examplesFrCA,
  "fr-CA",
);
