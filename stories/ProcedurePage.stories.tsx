import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { ProcedurePage } from "../src/components/ProcedurePage";
import { examples, examplesFrCA } from "../src/content/examples";
import { frCA } from "../src/locales/fr-CA";
import { pasteableCode } from "./support/copy-code";
import { useDocsIdSuffix } from "./support/docs-ids";
import { columnStoryParameters, inAColumn, overflowingElements } from "./support/NarrowColumn";

const meta = {
  title: "Components/ProcedurePage",
  component: ProcedurePage,
  args: {
    procedure: examples.microneedling,
    clinic: examples.clinic,
    url: "https://lakeshore.example/microneedling",
    storageKey: "storybook-procedure-page",
    onEvent: fn(),
  },
  parameters: { layout: "padded" },
  // The page's ids come from the procedure's id: on a docs page, each story gets its own.
  render: (args, context) => {
    const suffix = useDocsIdSuffix(context);
    return (
      <ProcedurePage
        {...args}
        procedure={
          suffix === undefined
            ? args.procedure
            : { ...args.procedure, id: `${args.procedure.id}-${suffix}` }
        }
      />
    );
  },
} satisfies Meta<typeof ProcedurePage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The reference page: microneedling for acne scars, everything from one Procedure and one Clinic. */
export const Microneedling: Story = {
  parameters:
    pasteableCode(`// app/treatments/[slug]/page.tsx — a Server Component: only the interactive parts ship JavaScript.
import { ProcedurePage } from "medspa-ui";
import { parseClinic, parseProcedure } from "medspa-ui/content";
import "medspa-ui/styles.css";

export default async function TreatmentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // cms: your CMS client. parseProcedure throws a ContentError that names every bad path.
  const procedure = parseProcedure(await cms.treatment(slug));
  const clinic = parseClinic(await cms.clinic());
  return <ProcedurePage procedure={procedure} clinic={clinic} url={\`https://lakeshore.example/\${slug}\`} />;
}`),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 2, name: "Microneedling for acne scars" }),
    ).toBeVisible();
    // The preparation and the aftercare: two checklists, each with its own ticks.
    await expect(
      within(canvas.getByRole("region", { name: "Preparing for your treatment" })).getAllByRole(
        "checkbox",
      ),
    ).toHaveLength(8);
    await expect(
      within(canvas.getByRole("region", { name: "Aftercare checklist" })).getAllByRole("checkbox"),
    ).toHaveLength(5);
    // The structured data's builder loads beside the page: in a page rendered in the browser, it
    // follows a moment later (a server's HTML has it from the start).
    await waitFor(() =>
      expect(canvasElement.querySelector('script[type="application/ld+json"]')).not.toBeNull(),
    );
  },
};

export const ChemicalPeel: Story = {
  args: {
    procedure: examples.chemicalPeel,
    storageKey: "storybook-procedure-page-peel",
    banner: {
      layout: "sticky",
      tone: "contrast",
      offer: "Spring offer: a free skin-prep kit with your peel",
    },
  },
};

export const French: Story = {
  args: {
    locale: frCA,
    procedure: examplesFrCA.microneedling,
    clinic: examplesFrCA.clinic,
    storageKey: "storybook-procedure-page-fr",
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 2, name: "Microaiguillage pour les cicatrices d'acné" }),
    ).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "En bref" })).toBeVisible();
  },
};

export const ClinicalBlueDark: Story = {
  globals: { brand: "clinical-blue", theme: "dark" },
};

/** The whole page in a 320 px column on a wide screen: every part stacks, nothing sticks out. */
export const InANarrowColumn: Story = {
  decorators: [inAColumn(320)],
  parameters: columnStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(overflowingElements(canvasElement)).toEqual([]);
  },
};
