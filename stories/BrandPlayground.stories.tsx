import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, spyOn, userEvent, waitFor, within } from "storybook/test";
import { examples } from "../src/content/examples";
import { createTheme, defaultThemeInput, presetInputs } from "../src/theme";
import { BrandPlayground } from "./support/BrandPlayground";

const meta = {
  title: "Theming/Brand playground",
  component: BrandPlayground,
  args: { start: "default", procedure: examples.microneedling, clinic: examples.clinic },
  argTypes: {
    start: { control: "select", options: ["default", ...Object.keys(presetInputs)] },
    procedure: { table: { disable: true } },
    clinic: { table: { disable: true } },
  },
  parameters: {
    layout: "padded",
    // The light and dark previews are the same page twice, on purpose, so their accordion panels
    // (regions named by each side effect) repeat; a clinic page has each once. Every other rule runs.
    a11y: { config: { rules: [{ id: "landmark-unique", enabled: false }] } },
  },
  // One interactive page: a docs page would render it twice.
  tags: ["!autodocs"],
} satisfies Meta<typeof BrandPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

const previewBrand = (canvasElement: HTMLElement, appearance: "Light" | "Dark") => {
  const region = within(canvasElement).getByRole("region", { name: `${appearance} preview` });
  return getComputedStyle(region).getPropertyValue("--msu-color-brand").trim();
};

/**
 * Type or pick a spa's colours, radius and fonts: every component and a full ProcedurePage follow,
 * light and dark side by side, with the contrast report and the JSON and CSS to copy. Its check
 * only looks: a designer opening it finds a working brand, as it starts.
 */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("alert")).toBeNull();
    await expect(canvas.getByText("Every pair passes WCAG AA in light and dark.")).toBeVisible();
    await expect(previewBrand(canvasElement, "Light")).toBe(
      createTheme(defaultThemeInput).light.brand,
    );
  },
};

/**
 * A spa's colour typed in: both previews and the contrast report follow, a pale brand stays the
 * fill, and the JSON and CSS copied are what the CLI reads and writes. Ends on a working brand.
 */
export const TryingABrand: Story = {
  name: "Trying a brand",
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const brand = canvas.getByRole("textbox", { name: "Brand colour" });
    const defaultLight = previewBrand(canvasElement, "Light");

    await step("a new brand colour reaches both previews and the contrast report", async () => {
      await userEvent.clear(brand);
      await userEvent.type(brand, "#1d6fb8");
      const expected = createTheme({ name: "default", brand: "#1d6fb8", accent: "#b5895a" });
      await waitFor(() => expect(previewBrand(canvasElement, "Light")).toBe(expected.light.brand));
      await expect(previewBrand(canvasElement, "Dark")).toBe(expected.dark.brand);
      await expect(previewBrand(canvasElement, "Light")).not.toBe(defaultLight);
      await expect(canvas.getAllByRole("table")).toHaveLength(2);
      await expect(canvas.getByText("Every pair passes WCAG AA in light and dark.")).toBeVisible();
    });

    await step("a pale brand stays the fill; the report names its darker text colour", async () => {
      await userEvent.clear(brand);
      await userEvent.type(brand, "#f4c2c2");
      // The contrast report lists it (the tokens file's descriptions repeat it, folded away).
      const [note] = (
        await canvas.findAllByText(
          /light: brand text \(links, brand-coloured words, focus rings\) is #[0-9a-f]{6}, the brand fill #f4c2c2 darkened/,
        )
      ).filter((element) => element.tagName === "LI");
      await expect(note).toBeVisible();
    });

    await step("the brand JSON copied is what the CLI reads", async () => {
      await userEvent.clear(canvas.getByRole("textbox", { name: "Theme name" }));
      await userEvent.type(canvas.getByRole("textbox", { name: "Theme name" }), "willow");
      const writeText = spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
      try {
        await userEvent.click(canvas.getByRole("button", { name: "Copy brand JSON" }));
        const copied = JSON.parse(String(writeText.mock.calls[0]?.[0]));
        await expect(copied).toEqual({
          name: "willow",
          brand: "#f4c2c2",
          accent: "#b5895a",
          radius: 8,
        });
        await expect(() => createTheme({ ...copied, strict: true })).not.toThrow();
        await expect(canvas.getByRole("status", { name: "Clipboard" })).toHaveTextContent(
          "Copy brand JSON: copied",
        );

        await userEvent.click(canvas.getByRole("button", { name: "Copy CSS" }));
        const css = String(writeText.mock.calls[1]?.[0]);
        await expect(css).toContain('[data-msu-theme="willow"]');
        await expect(css).toContain(createTheme(copied).light.brand);
      } finally {
        writeText.mockRestore();
      }
    });
  },
};

/**
 * What a designer sees when createTheme cannot use a value: its ThemeError in place, the copy
 * buttons off, and the previews keeping the last brand that worked.
 */
export const ValuesItCannotUse: Story = {
  name: "Values it cannot use",
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const brand = canvas.getByRole("textbox", { name: "Brand colour" });
    await step("a colour createTheme cannot read shows its ThemeError in place", async () => {
      await userEvent.clear(brand);
      await userEvent.type(brand, "teal-ish");
      const alert = await canvas.findByRole("alert");
      await expect(alert).toHaveTextContent('ThemeError: brand: cannot read the colour "teal-ish"');
      await expect(canvas.getByRole("button", { name: "Copy brand JSON" })).toBeDisabled();
      // The canvas is not broken: the previews keep the last brand that worked.
      await expect(
        within(canvas.getByRole("region", { name: "Light preview" })).getByRole("heading", {
          name: "Microneedling for acne scars",
        }),
      ).toBeVisible();
      await userEvent.clear(brand);
      await userEvent.type(brand, "oklch(0.55 0.12 160)");
      await waitFor(() => expect(canvas.queryByRole("alert")).toBeNull());
    });

    await step("a tokens file whose alias points at nothing names the token", async () => {
      await userEvent.click(canvas.getByText(/^Design tokens \(W3C DTCG\)/));
      await userEvent.click(canvas.getByRole("textbox", { name: "Or paste or drop one here" }));
      await userEvent.paste(
        JSON.stringify({ color: { brand: { $type: "color", $value: "{color.base.rose}" } } }),
      );
      await userEvent.click(canvas.getByRole("button", { name: "Use these tokens" }));
      await expect(await canvas.findByRole("alert")).toHaveTextContent(
        "ThemeError: color.brand: alias {color.base.rose} points at nothing",
      );
      await expect(canvas.queryByRole("link", { name: "Download light tokens" })).toBeNull();
    });

    await step("a corner radius out of range shows its ThemeError in place", async () => {
      const radius = canvas.getByRole("spinbutton", { name: "Corner radius (px)" });
      await userEvent.clear(radius);
      await userEvent.type(radius, "80");
      await expect(await canvas.findByRole("alert")).toHaveTextContent(
        "radius must be a number of pixels from 0 to 64, got 80",
      );
    });
  },
};

/** A spa's brand as Figma's variables export it: groups, an inherited $type, an alias. */
const figmaTokens = {
  color: {
    $type: "color",
    base: { sage: { $value: { colorSpace: "srgb", components: [0.698, 0.6745, 0.5333] } } },
    brand: { primary: { $value: "{color.base.sage}" }, accent: { $value: "#c8a2c8" } },
  },
  radius: { md: { $type: "dimension", $value: { value: 4, unit: "px" } } },
};

/**
 * Design tokens both ways: a designer pastes (or opens, or drops) the tokens file Figma or Tokens
 * Studio exported, and downloads the theme's light and dark tokens, adjustments included.
 */
export const WithDesignTokens: Story = {
  name: "With design tokens",
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText(/^Design tokens \(W3C DTCG\)/));

    await step("a pasted tokens file becomes the brand", async () => {
      await userEvent.click(canvas.getByRole("textbox", { name: "Or paste or drop one here" }));
      await userEvent.paste(JSON.stringify(figmaTokens));
      await userEvent.click(canvas.getByRole("button", { name: "Use these tokens" }));
      await waitFor(() => expect(previewBrand(canvasElement, "Light")).toBe("#b2ac88"));
      await expect(canvas.getByRole("textbox", { name: "Brand colour" })).toHaveValue("#b2ac88");
      await expect(canvas.getByRole("spinbutton", { name: "Corner radius (px)" })).toHaveValue(4);
      await expect(canvas.queryByRole("alert")).toBeNull();
    });

    await step("an opened tokens file, and a dropped one, do the same", async () => {
      const file = (brand: string) =>
        new File(
          [JSON.stringify({ color: { brand: { $type: "color", $value: brand } } })],
          "willow.tokens.json",
          { type: "application/json" },
        );
      await userEvent.upload(
        canvas.getByLabelText("Open a design tokens file (.tokens.json)"),
        file("#9fe2bf"),
      );
      await waitFor(() => expect(previewBrand(canvasElement, "Light")).toBe("#9fe2bf"));
      const dropped = new DataTransfer();
      dropped.items.add(file("#d4af37"));
      canvas
        .getByRole("textbox", { name: "Or paste or drop one here" })
        .dispatchEvent(new DragEvent("drop", { dataTransfer: dropped, bubbles: true }));
      await waitFor(() => expect(previewBrand(canvasElement, "Light")).toBe("#d4af37"));
      // Back to the pasted sage for the next step.
      const pasted = canvas.getByRole("textbox", { name: "Or paste or drop one here" });
      await userEvent.clear(pasted);
      await userEvent.click(pasted);
      await userEvent.paste(JSON.stringify(figmaTokens));
      await userEvent.click(canvas.getByRole("button", { name: "Use these tokens" }));
      await waitFor(() => expect(previewBrand(canvasElement, "Light")).toBe("#b2ac88"));
    });

    await step(
      "the light tokens download holds the theme, as Style Dictionary reads it",
      async () => {
        const link = canvas.getByRole("link", { name: "Download light tokens" });
        await expect(link).toHaveAttribute("download", "default.light.tokens.json");
        const tokens = await (await fetch(link.getAttribute("href") ?? "")).json();
        await expect(tokens.msu.color.brand.$value.hex).toBe("#b2ac88");
        await expect(tokens.msu.color["brand-text"].$description).toMatch(/^Links/);
        await expect(canvas.getByRole("link", { name: "Download dark tokens" })).toHaveAttribute(
          "download",
          "default.dark.tokens.json",
        );
      },
    );
  },
};

/** Starting from a preset: its fonts and radius come along, and can be changed from there. */
export const FromAPreset: Story = {
  args: { start: "rose-gold" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("combobox", { name: "Heading font" })).toHaveValue(
      presetInputs["rose-gold"].fonts.heading,
    );
    const radius = canvas.getByRole("spinbutton", { name: "Corner radius (px)" });
    await userEvent.clear(radius);
    await userEvent.type(radius, "2");
    const light = canvas.getByRole("region", { name: "Light preview" });
    await waitFor(() =>
      expect(getComputedStyle(light).getPropertyValue("--msu-radius-md").trim()).toBe("2px"),
    );
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};
