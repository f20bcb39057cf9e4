import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  colorTokens,
  createTheme,
  defaultThemeInput,
  getPreset,
  presetNames,
  themeToCss,
} from "../../../src/theme";

describe("themeToCss", () => {
  const theme = createTheme({
    name: "lakeshore",
    brand: "#1d6fb8",
    fonts: { body: "Lato, sans-serif" },
  });
  const css = themeToCss(theme);

  it("should scope every rule to the theme inside the medspa-ui layer", () => {
    expect(css).toMatch(/^\/\* medspa-ui theme "lakeshore"/);
    expect(css).toContain("@layer medspa-ui {");
    expect(css).toContain('  [data-msu-theme="lakeshore"] {\n    --msu-color-brand: #1d6fb8;');
  });

  it("should declare every colour token for light and for dark", () => {
    for (const token of colorTokens) {
      expect(css).toContain(`--msu-color-${token}: ${theme.light[token]};`);
      expect(css).toContain(`--msu-color-${token}: ${theme.dark[token]};`);
    }
  });

  it("should switch to dark by attribute on the element, an ancestor or a descendant, and by system preference", () => {
    expect(css).toContain('[data-msu-theme="lakeshore"][data-msu-appearance="dark"],');
    expect(css).toContain('[data-msu-appearance="dark"] [data-msu-theme="lakeshore"],');
    expect(css).toContain('[data-msu-theme="lakeshore"] [data-msu-appearance="dark"] {');
    expect(css).toContain(
      '@media (prefers-color-scheme: dark) {\n    [data-msu-theme="lakeshore"]:not([data-msu-appearance="light"]):not([data-msu-appearance="light"] *) {',
    );
  });

  it("should emit radius and fonts, the heading following the body font", () => {
    expect(css).toContain("--msu-radius-md: 8px;");
    expect(css).toContain("--msu-font-body: Lato, sans-serif;");
    expect(css).toContain("--msu-font-heading: Lato, sans-serif;");
  });

  it("should emit the default theme on :root", () => {
    const defaultCss = themeToCss(createTheme(defaultThemeInput), { asDefault: true });
    expect(defaultCss).toContain("  :root {\n");
    expect(defaultCss).toContain('  :root:not([data-msu-appearance="light"]) {');
    expect(defaultCss).not.toContain("data-msu-theme");
  });
});

describe("src/theme/presets.css", () => {
  it("should be exactly what themeToCss generates for the default theme and the presets", () => {
    const expected = [
      themeToCss(createTheme({ ...defaultThemeInput, strict: true }), { asDefault: true }),
      ...presetNames.map((name) => themeToCss(getPreset(name))),
    ].join("\n");
    const committed = readFileSync("src/theme/presets.css", "utf8");
    expect(
      committed.endsWith(expected),
      "presets.css is out of date: run `npm run build && node scripts/generate-presets.mjs`",
    ).toBe(true);
  });
});
