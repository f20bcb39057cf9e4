import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { BookingBanner } from "../src/components/BookingBanner";
import { ThemeScope } from "../src/components/ThemeScope";
import { examples } from "../src/content/examples";
import {
  checkContrast,
  createTheme,
  defaultThemeInput,
  getPreset,
  parseColor,
  presetNames,
  themeToCss,
} from "../src/theme";
import { ThemeSwatches } from "./ThemeSwatches";

const meta = {
  title: "Theming/Presets",
  component: ThemeSwatches,
  parameters: { layout: "padded" },
  tags: ["!autodocs"],
} satisfies Meta<typeof ThemeSwatches>;

export default meta;
type Story = StoryObj<typeof meta>;

const themes = [createTheme(defaultThemeInput), ...presetNames.map((name) => getPreset(name))];

/** Every preset in light and dark: axe checks each text pair as the stylesheet renders it. */
export const AllPresets: Story = {
  args: { theme: themes[0] as never, appearance: "light" },
  render: () => (
    <div
      style={{
        display: "grid",
        gap: "1.5rem",
        gridTemplateColumns: "repeat(auto-fit, minmax(22rem, 1fr))",
      }}
    >
      {themes.flatMap((theme) =>
        (["light", "dark"] as const).map((appearance) => (
          <ThemeSwatches
            key={`${theme.name}-${appearance}`}
            theme={theme}
            appearance={appearance}
          />
        )),
      )}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("table")).toHaveLength(themes.length * 2);
    for (const theme of themes) {
      await expect(checkContrast(theme)).toEqual([]);
    }
    // The CSS variables really switch per scope: the dark rose-gold surface is not the light one.
    const light = canvasElement.querySelector(
      '[data-msu-theme="rose-gold"][data-msu-appearance="light"]',
    );
    const dark = canvasElement.querySelector(
      '[data-msu-theme="rose-gold"][data-msu-appearance="dark"]',
    );
    await expect(light && getComputedStyle(light).backgroundColor).not.toBe(
      dark && getComputedStyle(dark).backgroundColor,
    );
  },
};

function BrandCard({ label }: { label: string }) {
  return (
    <div
      style={{
        background: "var(--msu-color-surface-raised)",
        color: "var(--msu-color-text)",
        padding: "1rem",
        borderRadius: "var(--msu-radius-lg)",
        border: "1px solid var(--msu-color-border)",
        fontFamily: "var(--msu-font-body)",
      }}
    >
      <h3 style={{ fontFamily: "var(--msu-font-heading)", margin: 0 }}>{label}</h3>
      <p style={{ color: "var(--msu-color-text-muted)" }}>
        Same components, one stylesheet, three brands.
      </p>
      <a
        href="#book"
        style={{
          display: "inline-block",
          background: "var(--msu-color-brand)",
          color: "var(--msu-color-on-brand)",
          padding: "0.5rem 1rem",
          borderRadius: "var(--msu-radius-md)",
        }}
      >
        Book online
      </a>
    </div>
  );
}

/** Several brands on one page: each subtree gets its own variables from `data-msu-theme`. */
export const SeveralBrandsOnOnePage: Story = {
  args: { theme: themes[0] as never, appearance: "light" },
  render: () => (
    <div
      style={{
        display: "grid",
        gap: "1rem",
        gridTemplateColumns: "repeat(auto-fit, minmax(16rem, 1fr))",
      }}
    >
      {presetNames.map((name) => (
        <ThemeScope key={name} theme={name}>
          <BrandCard label={name} />
        </ThemeScope>
      ))}
      <ThemeScope theme="clinical-blue" appearance="dark">
        <BrandCard label="clinical-blue, forced dark" />
      </ThemeScope>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole("link", { name: "Book online" });
    const backgrounds = new Set(links.map((link) => getComputedStyle(link).backgroundColor));
    await expect(backgrounds.size).toBe(links.length);
  },
};

/** Typical spa colours, as an agency types them into `medspa-ui theme`. */
const spaColours = [
  ["blush", "#f4c2c2"],
  ["champagne", "#f7e7ce"],
  ["sage", "#b2ac88"],
  ["lavender", "#c8a2c8"],
  ["seafoam", "#9fe2bf"],
  ["gold", "#d4af37"],
  ["plum", "#8a3b5c"],
] as const;

/**
 * Pale spa colours stay themselves: each banner is filled with the colour given (dark text on the
 * pale ones), while links, focus rings and the banner's edge use the darker steps createTheme
 * derives to read on the page.
 */
export const SpaColours: Story = {
  name: "Spa colours",
  args: { theme: themes[0] as never, appearance: "light" },
  render: () => (
    <div style={{ display: "grid", gap: "1rem" }}>
      <style>
        {spaColours.map(([name, brand]) => themeToCss(createTheme({ name, brand }))).join("\n")}
      </style>
      {spaColours.map(([name, brand]) => (
        <ThemeScope key={name} theme={name} appearance="light">
          <BookingBanner
            clinic={examples.clinic}
            headline={`${name} ${brand}`}
            headingLevel={3}
            dismissible={false}
          />
        </ThemeScope>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const banners = canvasElement.querySelectorAll('[data-slot="booking-banner"]');
    await expect(banners).toHaveLength(spaColours.length);
    spaColours.forEach(([, brand], index) => {
      const { r, g, b } = parseColor(brand);
      const rgb = `rgb(${[r, g, b].map((channel) => Math.round(channel * 255)).join(", ")})`;
      expect(getComputedStyle(banners[index] as Element).backgroundColor).toBe(rgb);
    });
  },
};
