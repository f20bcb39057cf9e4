import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { ProcedureExplainer } from "../src/components/ProcedureExplainer";
import { examples, examplesFrCA } from "../src/content/examples";
import type { Procedure } from "../src/content/types";
import { frCA } from "../src/locales/fr-CA";
import { JsonLd, procedureJsonLd } from "../src/seo";
import { BrandMatrix } from "./support/BrandMatrix";
import { pasteableCode } from "./support/copy-code";
import { columnStoryParameters, inAColumn, overflowingElements } from "./support/NarrowColumn";

const meta = {
  title: "Components/ProcedureExplainer",
  component: ProcedureExplainer,
  args: { procedure: examples.microneedling, headingLevel: 2 },
  argTypes: {
    layout: { control: "inline-radio", options: ["stacked", "split"] },
    density: { control: "inline-radio", options: ["comfortable", "compact"] },
    headingLevel: { control: { type: "number", min: 2, max: 6 } },
  },
} satisfies Meta<typeof ProcedureExplainer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Microneedling: Story = {
  parameters: pasteableCode(`import { ProcedureExplainer } from "medspa-ui";
import "medspa-ui/styles.css";

// Static: renders in a Server Component with no client JavaScript.
<ProcedureExplainer procedure={procedure} headingLevel={2} layout="split" />`),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 2, name: "Microneedling for acne scars" }),
    ).toBeVisible();
    await expect(canvas.getByText("3–6 sessions, 4–6 weeks apart")).toBeVisible();
    const stepLists = canvasElement.querySelectorAll("ol");
    await expect([...stepLists].map((list) => list.start)).toEqual([1, 4, 5]);
    // The step number is drawn by CSS from the list-item counter, which honours <ol start>.
    const firstDuring = stepLists[1]?.querySelector("li");
    await expect(firstDuring && getComputedStyle(firstDuring, "::before").content).toBe(
      "counter(list-item)",
    );
  },
};

export const ChemicalPeel: Story = {
  args: { procedure: examples.chemicalPeel },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("1–2 sessions, 3–6 months apart")).toBeVisible();
  },
};

/** One session, repeated as it wears off: botulinum toxin. */
export const RepeatedTreatment: Story = {
  args: { procedure: examples.botulinumToxin, layout: "split" },
  parameters: { visual: { widths: [1280] } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText("1 session, repeated every 3–4 months"),
    ).toBeVisible();
  },
};

/**
 * Ranges from zero read as a patient reads them: "Up to 1 day", "None". The words are written for
 * inside a sentence ("up to 1 day"); the stylesheet starts each key fact with a capital, in the
 * page's language.
 */
export const RangesFromZero: Story = {
  args: {
    procedure: {
      ...examples.microneedling,
      facts: {
        treatmentTime: { min: 0, max: 30, unit: "minutes" },
        downtime: { min: 0, max: 1, unit: "days" },
        sessions: { min: 1, max: 1 },
        interval: { min: 0, max: 4, unit: "months" },
      },
    },
  },
  // The words differ from RepeatedTreatment's screenshot, not the layout: no screenshot of its own.
  parameters: { visual: { widths: [] } },
  play: async ({ canvasElement }) => {
    const shown = [...canvasElement.querySelectorAll("dd")].map((value) => value.innerText);
    await expect(shown).toEqual([
      "Up to 30 minutes",
      "Up to 1 day",
      "1 session, repeated within 4 months",
    ]);
  },
};

/**
 * The review line, as a clinic shows it once its medical director has reviewed the page. The
 * samples carry no review: each is a starting point that the clinic's medical director reviews.
 */
export const MedicallyReviewed: Story = {
  args: {
    procedure: {
      ...examples.microneedling,
      review: {
        by: "Dr. Amara Okafor",
        credentials: "MD, FRCPC (Dermatology)",
        date: "2026-03-14",
      },
    },
  },
  parameters: { visual: { widths: [390] } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(/^Medically reviewed by Dr\. Amara Okafor/),
    ).toBeVisible();
  },
};

/**
 * "Is it right for you?" for a patient who should not have it: who should not be treated (and how
 * long to wait), what to tell the clinic first, and how to ask; results last; the follow-up visit.
 */
export const IsItRightForYou: Story = {
  args: {
    procedure: examples.chemicalPeel,
    clinic: examples.clinic,
    sections: ["facts", "suitability", "followUp"],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Not suitable if" })).toBeVisible();
    await expect(canvas.getByText("Until 6 months after your last dose")).toBeVisible();
    await expect(
      canvas.getByRole("link", { name: "Book a consultation (opens in a new tab)" }),
    ).toBeVisible();
    await expect(canvas.getByText("Usually 6–12 months")).toBeVisible();
  },
};

export const IsItRightForYouInFrench: Story = {
  args: {
    locale: frCA,
    procedure: examplesFrCA.chemicalPeel,
    clinic: { name: "Clinique Lakeshore", phone: "905-555-0123" },
    sections: ["suitability", "followUp"],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Dites-le-nous d'abord si" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Appeler le 905-555-0123" })).toBeVisible();
  },
};

const minimal: Procedure = {
  id: "consultation",
  name: "Skin consultation",
  summary: "A conversation with a clinician about your skin, your goals and what could help.",
  steps: [],
};

/** Only the required fields: every empty section is left out. */
export const MinimalContent: Story = {
  args: { procedure: minimal },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("heading")).toHaveLength(1);
  },
};

/** Where the key facts sit, against the main text: beside it or under it. */
function factsPlacement(canvasElement: HTMLElement) {
  const main = canvasElement.querySelector('[data-slot="procedure-explainer-main"]');
  const aside = canvasElement.querySelector('[data-slot="procedure-explainer-aside"]');
  if (main === null || aside === null) {
    throw new Error("the split layout has no main and aside parts");
  }
  const text = main.getBoundingClientRect();
  const facts = aside.getBoundingClientRect();
  return { beside: facts.left >= text.right, under: facts.top >= text.bottom };
}

export const SplitLayout: Story = {
  args: { layout: "split" },
  parameters: { layout: "fullscreen" },
  play: async ({ canvasElement }) => {
    if (canvasElement.getBoundingClientRect().width >= 800) {
      await expect(factsPlacement(canvasElement)).toEqual({ beside: true, under: false });
    }
  },
};

/**
 * A split explainer in a 320 px sidebar or CMS column on a wide screen: the layout follows the
 * space it gets (a container query), so the key facts go under the text.
 */
export const SplitInANarrowColumn: Story = {
  args: { layout: "split" },
  decorators: [inAColumn(320)],
  parameters: columnStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(factsPlacement(canvasElement)).toEqual({ beside: false, under: true });
    await expect(overflowingElements(canvasElement)).toEqual([]);
  },
};

export const Compact: Story = {
  args: { density: "compact" },
};

export const LongNames: Story = {
  args: {
    procedure: {
      ...examples.microneedling,
      name: "Radiofrequency microneedling with platelet-rich plasma for atrophic acne scarring and enlarged pores",
      alsoKnownAs: [
        "Fractional radiofrequency collagen induction therapy",
        "RF microneedling with PRP",
      ],
    },
    layout: "split",
  },
};

export const HeadingLevelFour: Story = {
  args: { headingLevel: 4 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 4, name: "Microneedling for acne scars" }),
    ).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 5, name: "Key facts" })).toBeVisible();
    await expect(
      canvas.getByRole("heading", { level: 6, name: "Before your treatment" }),
    ).toBeVisible();
  },
};

export const ChosenSectionsAndSlot: Story = {
  args: {
    sections: ["facts", "howItWorks", "steps"],
    slots: {
      howItWorks: (
        <p>
          <strong>From the CMS:</strong> the site can replace any section with its own rich text.
        </p>
      ),
    },
  },
};

export const French: Story = {
  args: { locale: frCA, procedure: examplesFrCA.microneedling, layout: "split" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "En bref" })).toBeVisible();
    await expect(canvas.getByText("3 à 6 séances, espacées de 4 à 6 semaines")).toBeVisible();
    // French labels are longer: nothing may be clipped.
    for (const term of canvasElement.querySelectorAll("dt, dd, h2, h3, h4")) {
      await expect(term.scrollWidth).toBeLessThanOrEqual(term.clientWidth + 1);
    }
  },
};

/** With its structured data, as a page would render it (see the script in the DOM). */
export const WithJsonLd: Story = {
  render: (args) => (
    <>
      <JsonLd
        data={procedureJsonLd(args.procedure, examples.clinic, {
          url: "https://lakeshore.example/microneedling",
        })}
      />
      <ProcedureExplainer {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const script = canvasElement.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? "{}");
    // With contraindications, the procedure is a MedicalTherapy (the TherapeuticProcedure that
    // lists them in schema.org).
    await expect(data["@graph"].map((node: { "@type": string }) => node["@type"])).toEqual([
      "MedicalWebPage",
      "MedicalTherapy",
      "MedicalClinic",
    ]);
  },
};

/** Every preset in light and dark, checked by axe in one run. */
export const Brands: Story = {
  args: { procedure: examples.chemicalPeel, density: "compact", clinic: examples.clinic },
  render: (args) => (
    <BrandMatrix>{() => <ProcedureExplainer {...args} headingLevel={3} />}</BrandMatrix>
  ),
};
