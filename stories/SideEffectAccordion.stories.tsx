import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SideEffectAccordion } from "../src/components/SideEffectAccordion";
import { examples, examplesFrCA } from "../src/content/examples";
import type { SideEffect } from "../src/content/types";
import { frCA } from "../src/locales/fr-CA";
import { BrandMatrix } from "./support/BrandMatrix";
import { pasteableCode } from "./support/copy-code";
import { useDocsIdSuffix } from "./support/docs-ids";
import { columnStoryParameters, inAColumn, overflowingElements } from "./support/NarrowColumn";

const meta = {
  title: "Components/SideEffectAccordion",
  component: SideEffectAccordion,
  args: {
    sideEffects: examples.microneedling.sideEffects,
    clinic: examples.clinic,
    onEvent: fn(),
    onValueChange: fn(),
  },
  render: (args, context) => {
    const suffix = useDocsIdSuffix(context);
    return (
      <SideEffectAccordion
        {...args}
        idPrefix={args.idPrefix ?? (suffix === undefined ? undefined : `side-effect-${suffix}`)}
      />
    );
  },
  argTypes: {
    appearance: { control: "inline-radio", options: ["bordered", "separated", "plain"] },
    size: { control: "inline-radio", options: ["md", "sm"] },
    type: { control: "inline-radio", options: ["multiple", "single"] },
    order: { control: "inline-radio", options: ["content", "urgency"] },
  },
} satisfies Meta<typeof SideEffectAccordion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllClosed: Story = {
  parameters: pasteableCode(`import { pushToDataLayer, SideEffectAccordion } from "medspa-ui";
import "medspa-ui/styles.css";

<SideEffectAccordion
  sideEffects={procedure.sideEffects}
  clinic={clinic} // contact-the-clinic and urgent items link to its phone
  headingLevel={3}
  onEvent={pushToDataLayer} // accordion_toggle, for Google Tag Manager
/>`),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const button of canvas.getAllByRole("button", { expanded: false })) {
      await expect(button).toBeVisible();
    }
    // Closed content is in the page for find-in-page: Chromium supports hidden="until-found",
    // which the accordion sets once the browser is idle after hydration.
    const panel = canvasElement.querySelector("#side-effect-bruising-panel");
    await waitFor(() => expect(panel?.getAttribute("hidden")).toBe("until-found"));
  },
};

export const OneOpen: Story = {
  args: { defaultValue: ["swelling"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /Redness/ }));
    // The opening animation grows the panel from nothing to its whole height: halfway through,
    // it is part of the way there.
    const panel = canvas.getByRole("region", { name: /Redness/ });
    const [opening] = panel.getAnimations();
    await expect(opening).toBeDefined();
    if (opening === undefined) {
      return;
    }
    opening.pause();
    opening.currentTime = Number(opening.effect?.getComputedTiming().duration) / 2;
    const halfway = panel.getBoundingClientRect().height;
    opening.finish();
    const opened = panel.getBoundingClientRect().height;
    await expect(opened).toBeGreaterThan(40);
    await expect(halfway).toBeGreaterThan(0);
    await expect(halfway).toBeLessThan(opened);
  },
};

export const AllOpen: Story = {
  args: { defaultValue: examples.microneedling.sideEffects.map((effect) => effect.id) },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("button", { name: "Hide all sections" }),
    ).toBeVisible();
  },
};

export const KeyboardAndShowAll: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Show all sections" })).toHaveFocus();
    await userEvent.tab();
    const redness = canvas.getByRole("button", { name: /Redness/ });
    await expect(redness).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("button", { name: /Swelling/ })).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(canvas.getByRole("button", { name: /Scarring/ })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("button", { name: /Scarring/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await expect(canvas.getByRole("region", { name: /Scarring/ })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Show all sections" }));
    await expect(canvas.getByRole("button", { name: "Hide all sections" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "accordion_toggle",
      id: "redness",
      open: true,
    });
  },
};

export const FindInPage: Story = {
  name: "Find in page (beforematch)",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const panel = canvasElement.querySelector("#side-effect-infection-panel") as HTMLElement;
    await waitFor(() => expect(panel.getAttribute("hidden")).toBe("until-found"));
    // What Chromium does when find-in-page matches text inside the panel.
    panel.dispatchEvent(new Event("beforematch"));
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: /Infection/ })).toHaveAttribute(
        "aria-expanded",
        "true",
      ),
    );
    await expect(within(panel).getByRole("link", { name: "905-555-0123" })).toHaveAttribute(
      "href",
      "tel:+19055550123",
    );
  },
};

export const OpenedFromUrlHash: Story = {
  beforeEach: () => {
    const { pathname, search } = window.location;
    window.history.replaceState(null, "", `${pathname}${search}#side-effect-bruising`);
    return () => window.history.replaceState(null, "", `${pathname}${search}`);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: /Bruising/ })).toHaveAttribute(
        "aria-expanded",
        "true",
      ),
    );
  },
};

export const UrgentFirst: Story = {
  args: { order: "urgency", defaultValue: ["infection"] },
  play: async ({ canvasElement }) => {
    const buttons = within(canvasElement).getAllByRole("button");
    await expect(buttons[1]).toHaveAccessibleName(/^Urgent: Infection/);
    await expect(within(canvasElement).getByText(/call 911/)).toBeVisible();
  },
};

export const NoPhone: Story = {
  args: { clinic: undefined, defaultValue: ["infection", "scarring-or-pigment-change"] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('a[href^="tel:"]')).toBeNull();
  },
};

export const SingleOpen: Story = {
  args: { type: "single", appearance: "separated" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /Redness/ }));
    await userEvent.click(canvas.getByRole("button", { name: /Swelling/ }));
    await expect(canvas.getByRole("button", { name: /Redness/ })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  },
};

export const Plain: Story = {
  args: { appearance: "plain", size: "sm", sideEffects: examples.chemicalPeel.sideEffects },
};

const longText: SideEffect[] = [
  {
    id: "post-inflammatory-hyperpigmentation",
    name: "Post-inflammatory hyperpigmentation on darker skin tones after aggressive treatment settings",
    description:
      "Patches of skin can turn darker than the surrounding area as the skin heals, especially on deeper skin tones or after sun exposure during the first weeks. It usually fades over several months with strict sun protection, and your clinician may suggest a brightening product once the skin has fully healed.",
    frequency: "uncommon",
    tier: "contact-clinic",
    duration: { min: 4, max: 24, unit: "weeks" },
    selfCare: [
      "Wear a broad-spectrum sunscreen of SPF 30 or higher every day, even when it is cloudy, and reapply it every two hours outdoors",
    ],
    seekHelpIf: ["The darker patches are spreading or still getting darker after two weeks"],
  },
];

export const LongText: Story = {
  args: { sideEffects: longText, defaultValue: ["post-inflammatory-hyperpigmentation"] },
};

export const French: Story = {
  args: {
    locale: frCA,
    sideEffects: examplesFrCA.microneedling.sideEffects,
    clinic: examplesFrCA.clinic,
    defaultValue: ["swelling"],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("button", { name: "Afficher toutes les sections" }),
    ).toBeVisible();
    const badges = canvasElement.querySelectorAll<HTMLElement>(
      '[data-slot="side-effect-accordion-badge"]',
    );
    for (const badge of badges) {
      await expect(badge.scrollWidth).toBeLessThanOrEqual(badge.clientWidth + 1);
    }
  },
};

/** Every preset in light and dark, with an urgent item open, checked by axe in one run. */
/** In a 280 px column on a wide screen: each badge goes under its name, nothing sticks out. */
export const InANarrowColumn: Story = {
  decorators: [inAColumn(280)],
  parameters: columnStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(overflowingElements(canvasElement)).toEqual([]);
    const name = canvasElement.querySelector('[data-slot="side-effect-accordion-name"]');
    const badge = canvasElement.querySelector('[data-slot="side-effect-accordion-badge"]');
    await expect(
      (badge?.getBoundingClientRect().top ?? 0) >= (name?.getBoundingClientRect().bottom ?? 0),
    ).toBe(true);
  },
};

export const Brands: Story = {
  args: { defaultValue: ["infection", "redness"], size: "sm" },
  render: (args) => (
    <BrandMatrix>
      {(label) => (
        <SideEffectAccordion
          {...args}
          idPrefix={label.replace(/\W+/g, "-")}
          // Panels are regions named by their item; names stay unique across the matrix's copies.
          sideEffects={args.sideEffects.map((effect) => ({
            ...effect,
            name: `${effect.name} (${label})`,
          }))}
        />
      )}
    </BrandMatrix>
  ),
};
