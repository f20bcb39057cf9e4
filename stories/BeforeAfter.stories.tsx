import type { Meta, StoryObj } from "@storybook/react-vite";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { BeforeAfter } from "../src/components/BeforeAfter";
import { examples, examplesFrCA } from "../src/content/examples";
import type { ResultCase } from "../src/content/types";
import { frCA } from "../src/locales/fr-CA";
import { BrandMatrix } from "./support/BrandMatrix";
import { pasteableCode } from "./support/copy-code";
import { columnStoryParameters, inAColumn, overflowingElements } from "./support/NarrowColumn";

const [forehead] = examples.botulinumToxin.results as [ResultCase];
const [underarms] = examples.laserHairRemoval.results as [ResultCase];

const meta = {
  title: "Components/BeforeAfter",
  component: BeforeAfter,
  args: { result: forehead, treatment: "Botulinum toxin" },
  decorators: [inAColumn(560)],
  parameters: columnStoryParameters,
} satisfies Meta<typeof BeforeAfter>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One result on the slider: its name says what is compared, its value says in words what shows,
 * and the caption gives the context that makes the photos honest.
 */
export const OneCase: Story = {
  parameters: pasteableCode(`import { BeforeAfter } from "medspa-ui/before-after";
import "medspa-ui/styles.css";

<BeforeAfter result={procedure.results[0]} treatment={procedure.name} />`),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = await canvas.findByRole("slider", { name: "Before and after: Forehead lines" });
    await expect(slider).toHaveAttribute("aria-valuetext", "50% before, 50% after");
    await expect(canvas.getByRole("figure")).toHaveTextContent("Individual results vary");
  },
};

/**
 * What a reader sees before the slider's code runs, without JavaScript, and on paper: the two
 * photos side by side, each with its word. The server's own HTML, shown as it arrives.
 */
export const WithoutJavaScript: Story = {
  render: (args) => (
    <div
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the component's own server HTML.
      dangerouslySetInnerHTML={{ __html: renderToStaticMarkup(<BeforeAfter {...args} />) }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('input[type="range"]')).toBeNull();
    const [before, after] = canvasElement.querySelectorAll("img");
    const left = before?.getBoundingClientRect();
    const right = after?.getBoundingClientRect();
    // Side by side, not on top of each other.
    await expect((left?.right ?? 0) <= (right?.left ?? 0)).toBe(true);
  },
};

/** Photos of the body are covered until the reader asks; the choice holds for the session. */
export const Sensitive: Story = {
  args: { result: underarms, treatment: "Laser hair removal" },
  beforeEach: () => {
    window.sessionStorage.clear();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector("img")).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Show photos: Underarms" }));
    await expect(canvas.getByRole("figure")).toHaveFocus();
    await waitFor(() => expect(canvasElement.querySelectorAll("img")).toHaveLength(2));
    window.sessionStorage.clear();
  },
};

/** Covered, as a reader first meets it. */
export const SensitiveCovered: Story = {
  args: { result: underarms, treatment: "Laser hair removal" },
  beforeEach: () => {
    window.sessionStorage.clear();
  },
};

/** Right to left: the before photo on the right, the slider's start there too. */
export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  args: { defaultPosition: 30 },
  play: async ({ canvasElement }) => {
    const slider = await within(canvasElement).findByRole("slider");
    const divider = canvasElement.querySelector('[data-slot="before-after-divider"]');
    const frame = slider.getBoundingClientRect();
    await waitFor(() => {
      const line = divider?.getBoundingClientRect();
      // 30% from the right-hand edge.
      expect(Math.abs((line?.left ?? 0) - (frame.right - frame.width * 0.3))).toBeLessThan(4);
    });
  },
};

export const French: Story = {
  args: {
    result: examplesFrCA.botulinumToxin.results[1] as ResultCase,
    treatment: examplesFrCA.botulinumToxin.name,
    locale: frCA,
  },
  play: async ({ canvasElement }) => {
    const slider = await within(canvasElement).findByRole("slider");
    await expect(slider).toHaveAccessibleName("Avant et après : Rides du lion");
  },
};

export const InANarrowColumn: Story = {
  decorators: [inAColumn(280)],
  play: async ({ canvasElement }) => {
    await expect(overflowingElements(canvasElement)).toEqual([]);
  },
};

export const Brands: Story = {
  decorators: [],
  parameters: { visual: { widths: [1280] } },
  render: (args) => (
    <BrandMatrix>
      {(label) => (
        <BeforeAfter
          {...args}
          result={{ ...args.result, area: `${args.result.area} (${label})` }}
          defaultPosition={60}
        />
      )}
    </BrandMatrix>
  ),
};
