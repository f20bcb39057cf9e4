import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ResultsGallery } from "../src/components/ResultsGallery";
import { examples, examplesFrCA } from "../src/content/examples";
import { frCA } from "../src/locales/fr-CA";
import { BrandMatrix } from "./support/BrandMatrix";
import { pasteableCode } from "./support/copy-code";
import { columnStoryParameters, inAColumn, overflowingElements } from "./support/NarrowColumn";

const meta = {
  title: "Components/ResultsGallery",
  component: ResultsGallery,
  args: {
    results: examples.botulinumToxin.results,
    treatment: examples.botulinumToxin.name,
  },
} satisfies Meta<typeof ResultsGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A treatment's results, with a filter by area: toggle buttons with their counts. */
export const WithFilter: Story = {
  parameters: {
    visual: { widths: [1280] },
    ...pasteableCode(`import { ResultsGallery } from "medspa-ui/results-gallery";
import "medspa-ui/styles.css";

<ResultsGallery results={procedure.results} treatment={procedure.name} />`),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const frown = canvas.getByRole("button", { name: "Frown lines (1)" });
    await userEvent.click(frown);
    await expect(frown).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByRole("status")).toHaveTextContent("Showing 1 result");
    await userEvent.click(canvas.getByRole("button", { name: "All areas (3)" }));
    await expect(within(canvas.getByRole("list")).getAllByRole("figure")).toHaveLength(3);
  },
};

/** The first cases, then more: focus moves to the first case added, nothing above it moves. */
export const ShowMore: Story = {
  args: {
    results: [...examples.microneedling.results, ...examples.chemicalPeel.results],
    treatment: undefined,
    pageSize: 2,
  },
  parameters: { visual: { widths: [390] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const filter = canvas.getByRole("group").getBoundingClientRect().top;
    await userEvent.click(canvas.getByRole("button", { name: "Show more results" }));
    const figures = within(canvas.getByRole("list")).getAllByRole("figure");
    await expect(figures).toHaveLength(4);
    await expect(figures[2]).toHaveFocus();
    await expect(canvas.getByRole("group").getBoundingClientRect().top).toBe(filter);
    await userEvent.click(canvas.getByRole("button", { name: "Show more results" }));
    await expect(canvas.queryByRole("button", { name: "Show more results" })).toBeNull();
  },
};

/** One area only: no filter. A body area is covered until the reader asks. */
export const SensitiveAndOneArea: Story = {
  args: { results: examples.laserHairRemoval.results, treatment: examples.laserHairRemoval.name },
  parameters: { visual: { widths: [1280] } },
  beforeEach: () => {
    window.sessionStorage.clear();
  },
};

export const French: Story = {
  args: {
    results: examplesFrCA.botulinumToxin.results,
    treatment: examplesFrCA.botulinumToxin.name,
    locale: frCA,
  },
  parameters: { visual: { widths: [390] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("group", { name: "Afficher les résultats pour" })).toBeVisible();
    await waitFor(() =>
      expect(canvas.getAllByRole("slider")[0]).toHaveAccessibleName(
        "Avant et après : Rides du front",
      ),
    );
  },
};

export const InANarrowColumn: Story = {
  decorators: [inAColumn(280)],
  parameters: columnStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(overflowingElements(canvasElement)).toEqual([]);
  },
};

export const Brands: Story = {
  args: { results: examples.dermalFiller.results, treatment: examples.dermalFiller.name },
  render: (args) => (
    <BrandMatrix>
      {(label) => (
        <ResultsGallery
          {...args}
          results={args.results.map((result) => ({ ...result, area: `${result.area} (${label})` }))}
        />
      )}
    </BrandMatrix>
  ),
};
