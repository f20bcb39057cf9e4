import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ProcedureFaq } from "../src/components/ProcedureFaq";
import { examples, examplesFrCA } from "../src/content/examples";
import { frCA } from "../src/locales/fr-CA";
import { BrandMatrix } from "./support/BrandMatrix";
import { pasteableCode } from "./support/copy-code";
import { useDocsIdSuffix } from "./support/docs-ids";
import { columnStoryParameters, inAColumn, overflowingElements } from "./support/NarrowColumn";

const meta = {
  title: "Components/ProcedureFaq",
  component: ProcedureFaq,
  args: {
    faq: examples.dermalFiller.faq,
    onEvent: fn(),
    onValueChange: fn(),
  },
  render: (args, context) => {
    const suffix = useDocsIdSuffix(context);
    return (
      <ProcedureFaq
        {...args}
        idPrefix={args.idPrefix ?? (suffix === undefined ? undefined : `faq-${suffix}`)}
      />
    );
  },
  argTypes: {
    appearance: { control: "inline-radio", options: ["bordered", "separated", "plain"] },
    size: { control: "inline-radio", options: ["md", "sm"] },
    type: { control: "inline-radio", options: ["multiple", "single"] },
  },
} satisfies Meta<typeof ProcedureFaq>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Screenshot widths: each state once, at the width that shows it. */
const notCompared = { visual: { widths: [] } };
const wide = { visual: { widths: [1280] } };
const narrow = { visual: { widths: [390] } };

/** The questions patients ask about filler, every answer one click away. */
export const AllClosed: Story = {
  parameters: pasteableCode(`import { ProcedureFaq, pushToDataLayer } from "medspa-ui";
import "medspa-ui/styles.css";

<h2>Questions patients ask</h2>
<ProcedureFaq
  faq={procedure.faq}
  headingLevel={3}
  onEvent={pushToDataLayer} // faq_toggle, for Google Tag Manager
/>`),
  play: async ({ canvasElement }) => {
    // Closed answers are in the page for find-in-page: Chromium supports hidden="until-found".
    const panel = canvasElement.querySelector("#faq-can-it-be-reversed-panel");
    await waitFor(() => expect(panel?.getAttribute("hidden")).toBe("until-found"));
  },
};

/** An answer of two paragraphs, open. */
export const OneOpen: Story = {
  args: { defaultValue: ["warning-signs"] },
  parameters: narrow,
  play: async ({ canvasElement }) => {
    const answer = canvasElement.querySelector("#faq-warning-signs-panel") as HTMLElement;
    await expect(within(answer).getByText(/call emergency services/)).toBeVisible();
  },
};

// Its first frame is AllClosed's: compared there.
export const KeyboardAndShowAll: Story = {
  parameters: notCompared,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Show all answers" })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Does it hurt?" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await expect(canvas.getByText(/Swelling is usually worst on the second day/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Show all answers" }));
    await expect(canvas.getByRole("button", { name: "Hide all answers" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "faq_toggle",
      id: "how-long-swelling",
      open: true,
    });
  },
};

export const FindInPage: Story = {
  name: "Find in page (beforematch)",
  parameters: notCompared,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const panel = canvasElement.querySelector("#faq-can-it-be-reversed-panel") as HTMLElement;
    await waitFor(() => expect(panel.getAttribute("hidden")).toBe("until-found"));
    // What Chromium does when find-in-page matches text inside the answer.
    panel.dispatchEvent(new Event("beforematch"));
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: "Can filler be reversed?" })).toHaveAttribute(
        "aria-expanded",
        "true",
      ),
    );
  },
};

/** A link to `#faq-how-long-does-it-last` from an email or an ad opens that answer. */
export const OpenedFromUrlHash: Story = {
  parameters: notCompared,
  beforeEach: () => {
    const { pathname, search } = window.location;
    window.history.replaceState(null, "", `${pathname}${search}#faq-how-long-does-it-last`);
    return () => window.history.replaceState(null, "", `${pathname}${search}`);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        within(canvasElement).getByRole("button", { name: "How long does filler last?" }),
      ).toHaveAttribute("aria-expanded", "true"),
    );
  },
};

export const SingleOpen: Story = {
  args: { type: "single", defaultValue: ["does-it-hurt"], appearance: "separated" },
  parameters: wide,
};

export const Plain: Story = {
  args: { appearance: "plain", size: "sm", faq: examples.laserHairRemoval.faq },
  parameters: wide,
};

export const French: Story = {
  args: {
    faq: examplesFrCA.dermalFiller.faq,
    locale: frCA,
    defaultValue: ["can-it-be-reversed"],
  },
  parameters: narrow,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("button", { name: "Afficher toutes les réponses" }),
    ).toBeVisible();
    await expect(
      canvas.getByRole("button", { name: "Peut-on annuler le résultat?" }),
    ).toHaveAttribute("aria-expanded", "true");
    await expect(canvas.getByText(/dissous par l'injection d'une enzyme/)).toBeVisible();
  },
};

/** In a 280 px column on a wide screen: long questions wrap, nothing sticks out. */
export const InANarrowColumn: Story = {
  args: { defaultValue: ["warning-signs"] },
  decorators: [inAColumn(280)],
  parameters: columnStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(overflowingElements(canvasElement)).toEqual([]);
  },
};

export const Brands: Story = {
  args: { defaultValue: ["does-it-hurt"], size: "sm" },
  render: (args) => (
    <BrandMatrix>
      {(label) => (
        <ProcedureFaq
          {...args}
          idPrefix={label.replace(/\W+/g, "-")}
          // Each copy's questions name its brand, so the matrix's buttons stay distinct.
          faq={args.faq.slice(0, 3).map((item) => ({
            ...item,
            question: `${item.question} (${label})`,
          }))}
        />
      )}
    </BrandMatrix>
  ),
};
