import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { AftercareChecklist } from "../src/components/AftercareChecklist";
import { examples, examplesFrCA } from "../src/content/examples";
import { frCA } from "../src/locales/fr-CA";
import { BrandMatrix } from "./support/BrandMatrix";
import { pasteableCode } from "./support/copy-code";
import { columnStoryParameters, inAColumn, overflowingElements } from "./support/NarrowColumn";

const treatmentDate = "2026-11-20T10:00:00-05:00";
const hoursAfterTreatment = (hours: number) =>
  new Date(Date.parse(treatmentDate) + hours * 3_600_000);

const meta = {
  title: "Components/AftercareChecklist",
  component: AftercareChecklist,
  args: {
    items: examples.microneedling.aftercare,
    clinic: examples.clinic,
    onEvent: fn(),
    onCheckedChange: fn(),
  },
  argTypes: {
    appearance: { control: "inline-radio", options: ["card", "plain"] },
    grouping: { control: "inline-radio", options: ["window", "none"] },
  },
} satisfies Meta<typeof AftercareChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Fresh: Story = {
  parameters: pasteableCode(`import { AftercareChecklist } from "medspa-ui";
import "medspa-ui/styles.css";

<AftercareChecklist
  items={procedure.aftercare}
  clinic={clinic} // printed at the foot of the handout
  treatmentDate="2026-03-14" // highlights what applies today
  storageKey={\`aftercare-\${procedure.id}\`} // ticks are remembered on the patient's device
/>`),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("0 of 5 done");
    await userEvent.click(canvas.getByRole("checkbox", { name: /Wearing makeup/ }));
    await userEvent.keyboard("{Tab} ");
    await expect(canvas.getByRole("status")).toHaveTextContent("2 of 5 done");
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "checklist_toggle",
      id: "no-makeup",
      checked: true,
    });
    await userEvent.click(canvas.getByRole("button", { name: "Untick all" }));
    await expect(canvas.getByRole("button", { name: "Yes, untick all" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("status")).toHaveTextContent("0 of 5 done");
  },
};

export const PartlyDone: Story = {
  args: { defaultChecked: ["no-makeup", "gentle-products"] },
};

export const Complete: Story = {
  args: { defaultChecked: examples.microneedling.aftercare.map((item) => item.id) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent(
      "5 of 5 done All done.",
    );
  },
};

export const DayOne: Story = {
  args: { treatmentDate, now: hoursAfterTreatment(4) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Today is your treatment day")).toBeVisible();
    await expect(canvasElement.querySelectorAll("li[data-active]")).toHaveLength(5);
  },
};

export const DayThree: Story = {
  args: { treatmentDate, now: hoursAfterTreatment(52) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Day 3 after your treatment")).toBeVisible();
    await expect(canvasElement.querySelectorAll("li[data-timing='past']")).toHaveLength(1);
  },
};

export const DayThirty: Story = {
  args: { treatmentDate, now: hoursAfterTreatment(29 * 24 + 2) },
};

// A chemical peel on December 10 (a date alone: that day on the patient's calendar).
const peelDate = "2026-12-10";
const peelPreparation = {
  items: examples.chemicalPeel.preparation,
  treatmentDate: peelDate,
  storageKey: undefined,
};
/** State stories look alike at every width: one width shows each. */
const oneWidth = { visual: { widths: [390] } };

/** The preparation part of a care guide, grouped by how long before, then the day itself. */
export const Preparation: Story = {
  args: { items: examples.chemicalPeel.preparation },
  parameters: {
    ...oneWidth,
    ...pasteableCode(`<AftercareChecklist
  items={procedure.preparation} // titled "Preparing for your treatment"
  treatmentDate={appointment.date} // counts down to each item and marks the day
  storageKey={\`\${procedure.id}-preparation\`} // its own ticks, apart from the aftercare's
  clinic={clinic}
/>`),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 3, name: "Preparing for your treatment" }),
    ).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "On the day" })).toBeVisible();
  },
};

/**
 * Two weeks before: what began earlier says "Now", what begins today "From today", the rest how
 * far away it is.
 */
export const TwoWeeksBefore: Story = {
  args: { ...peelPreparation, now: new Date(2026, 10, 26, 9) },
  parameters: oneWidth,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Your treatment is on December 10, 2026")).toBeVisible();
    await expect(
      canvas.getByRole("checkbox", { name: /Isotretinoin/ }),
    ).toHaveAccessibleDescription(/Now$/);
    await expect(canvas.getByRole("checkbox", { name: /Tanning/ })).toHaveAccessibleDescription(
      /From today$/,
    );
    await expect(
      canvas.getByRole("checkbox", { name: /Come with clean skin/ }),
    ).toHaveAccessibleDescription("Starts in 2 weeks");
  },
};

/** The day before: the preparation cream has ended, the antiviral has begun. */
export const TheDayBefore: Story = {
  args: { ...peelPreparation, now: new Date(2026, 11, 9, 9) },
  parameters: oneWidth,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("checkbox", { name: /preparation cream/ }),
    ).toHaveAccessibleDescription(/No longer needed$/);
    await expect(
      canvas.getByRole("checkbox", { name: /Come with clean skin/ }),
    ).toHaveAccessibleDescription("Starts tomorrow");
  },
};

/** On the day: the day is marked and its items say "Today". */
export const OnTheDay: Story = {
  args: { ...peelPreparation, now: new Date(2026, 11, 10, 8) },
  parameters: oneWidth,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Today is your treatment day")).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "On the day" }).parentElement).toHaveAttribute(
      "data-today",
    );
  },
};

/** After: the aftercare with the follow-up visit at its time, dated, with a way to book it. */
export const AfterWithFollowUp: Story = {
  args: {
    items: examples.chemicalPeel.aftercare,
    followUp: examples.chemicalPeel.followUp,
    treatmentDate: peelDate,
    now: new Date(2026, 11, 13, 9),
  },
  parameters: oneWidth,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Day 4 after your treatment")).toBeVisible();
    await expect(canvas.getByText("Around December 24, 2026")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Book your follow-up" })).toHaveAttribute(
      "aria-haspopup",
      "dialog",
    );
  },
};

/** Before, the day and after in one list: "Your care checklist". */
export const WholeJourney: Story = {
  args: {
    items: [...examples.chemicalPeel.preparation, ...examples.chemicalPeel.aftercare],
    followUp: examples.chemicalPeel.followUp,
  },
  parameters: oneWidth,
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("heading", { level: 3, name: "Your care checklist" }),
    ).toBeVisible();
  },
};

export const PreparationInFrench: Story = {
  args: {
    locale: frCA,
    items: examplesFrCA.chemicalPeel.preparation,
    clinic: examplesFrCA.clinic,
    treatmentDate: peelDate,
    now: new Date(2026, 11, 8, 9),
  },
  parameters: oneWidth,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Le jour du traitement" })).toBeVisible();
    await expect(canvas.getByRole("checkbox", { name: /antiviral/ })).toHaveAccessibleDescription(
      "À partir d'aujourd'hui",
    );
  },
};

/** Every preset in light and dark: the preparation two days before, the day marked. */
export const PreparationBrands: Story = {
  args: { ...peelPreparation, now: new Date(2026, 11, 8, 9) },
  render: (args) => (
    <BrandMatrix>
      {(label) => (
        <AftercareChecklist
          {...args}
          messages={{ preparationTitle: `Preparing for your treatment (${label})` }}
        />
      )}
    </BrandMatrix>
  ),
};

function ReloadableChecklist(props: React.ComponentProps<typeof AftercareChecklist>) {
  const [visit, setVisit] = useState(0);
  return (
    <div>
      <button type="button" onClick={() => setVisit((count) => count + 1)}>
        Reload the checklist
      </button>
      <AftercareChecklist key={visit} {...props} />
    </div>
  );
}

/** Ticks are kept on this device (localStorage) and come back after a reload. */
export const Persisted: Story = {
  args: { storageKey: "storybook-persisted" },
  beforeEach: () => {
    window.localStorage.removeItem("medspa-ui:aftercare:v1:storybook-persisted");
  },
  render: (args) => <ReloadableChecklist {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("checkbox", { name: /Picking or scratching/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Reload the checklist" }));
    await waitFor(() =>
      expect(canvas.getByRole("checkbox", { name: /Picking or scratching/ })).toBeChecked(),
    );
    await expect(
      JSON.parse(window.localStorage.getItem("medspa-ui:aftercare:v1:storybook-persisted") ?? "{}"),
    ).toEqual({
      version: 1,
      checked: ["no-picking"],
    });
  },
};

/**
 * Lip filler's "no straws" is for the lips only: named on its item, and hidden once the patient
 * says they were treated elsewhere. A page that knows the areas passes `areas={["Lips"]}` instead.
 */
export const CareForOneArea: Story = {
  args: { items: examples.dermalFiller.aftercare, storageKey: "storybook-areas" },
  beforeEach: () => {
    window.localStorage.removeItem("medspa-ui:aftercare:v1:storybook-areas");
  },
  parameters: pasteableCode(`<AftercareChecklist
  items={procedure.aftercare}
  areas={["Lips"]} // the areas this patient had treated; without it, the patient can choose
/>`),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const straws = /Lips: Drinking through a straw/;
    await expect(canvas.getByRole("checkbox", { name: straws })).toBeVisible();
    const choice = canvas.getByRole("group", { name: "Where were you treated?" });
    await userEvent.click(within(choice).getByRole("checkbox", { name: "Another area" }));
    await expect(canvas.queryByRole("checkbox", { name: straws })).toBeNull();
    await userEvent.click(within(choice).getByRole("checkbox", { name: "Lips" }));
    await expect(canvas.getByRole("checkbox", { name: straws })).toBeVisible();
    await userEvent.click(within(choice).getByRole("checkbox", { name: "Another area" }));
    await userEvent.click(within(choice).getByRole("checkbox", { name: "Lips" }));
  },
};

export const Ungrouped: Story = {
  args: { grouping: "none", appearance: "plain" },
};

export const DoAndAvoidSideBySide: Story = {
  args: { columns: true, items: examples.chemicalPeel.aftercare },
};

export const French: Story = {
  args: {
    locale: frCA,
    items: examplesFrCA.microneedling.aftercare,
    clinic: examplesFrCA.clinic,
    treatmentDate,
    now: hoursAfterTreatment(30),
    columns: true,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Jour 2 après votre traitement")).toBeVisible();
    // Each item reads after its label, in French: "À éviter : Le maquillage".
    await expect(canvas.getByRole("checkbox", { name: /^À éviter : Le maquillage/ })).toBeVisible();
    await expect(
      canvas.getByRole("checkbox", { name: /^À faire : Protéger votre peau du soleil/ }),
    ).toBeVisible();
    for (const heading of canvasElement.querySelectorAll("h3, h4, h5, label")) {
      await expect(heading.scrollWidth).toBeLessThanOrEqual(heading.clientWidth + 1);
    }
  },
};

/** Every preset in light and dark, with some ticks and today's items highlighted. */
/** In a 280 px column on a wide screen: one column of items, nothing sticks out. */
export const InANarrowColumn: Story = {
  decorators: [inAColumn(280)],
  parameters: columnStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(overflowingElements(canvasElement)).toEqual([]);
  },
};

export const Brands: Story = {
  args: { defaultChecked: ["no-makeup"], treatmentDate, now: hoursAfterTreatment(30) },
  render: (args) => (
    <BrandMatrix>
      {/* Each copy is a region named by its title, so titles stay unique on the page. */}
      {(label) => (
        <AftercareChecklist {...args} messages={{ title: `Aftercare checklist (${label})` }} />
      )}
    </BrandMatrix>
  ),
};
