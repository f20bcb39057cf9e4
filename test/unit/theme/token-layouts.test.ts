import { describe, expect, it } from "vitest";
import { createTheme, MissingTokenError, readDesignTokens } from "../../../src/theme";

// Token files laid out as design tools and agencies export them (written here, in their layouts),
// each read without a mapping.

const color = (hex: string) => ({ $type: "color", $value: hex });

/** Tokens Studio: a base palette, the brand as aliases into it, fonts and radius at the top. */
const tokensStudio = {
  base: {
    plum: { 300: color("#c07aa1"), 500: color("#7b2d5b"), 700: color("#541a3c") },
    gold: { 500: color("#c9a227") },
  },
  brand: {
    primary: { $type: "color", $value: "{base.plum.500}" },
    accent: { $type: "color", $value: "{base.gold.500}" },
  },
  font: {
    heading: { $type: "fontFamily", $value: "Playfair Display" },
    body: { $type: "fontFamily", $value: ["Inter", "sans-serif"] },
  },
  radius: { md: { $type: "dimension", $value: { value: 12, unit: "px" } } },
};

/** A Tailwind-style export: numbered scales under `colors`, fonts and radii named as Tailwind does. */
const numberedScales = {
  colors: {
    $type: "color",
    primary: { 100: { $value: "#dbeafe" }, 500: { $value: "#1d6fb8" }, 900: { $value: "#0b2e4f" } },
    secondary: { 500: { $value: "#0f766e" } },
    gray: { 100: { $value: "#f3f4f6" }, 500: { $value: "#6b7280" } },
  },
  fontFamily: {
    $type: "fontFamily",
    display: { $value: "Fraunces" },
    body: { $value: "Source Sans 3" },
  },
  borderRadius: { $type: "dimension", md: { $value: { value: 0.5, unit: "rem" } } },
};

/** Figma's DTCG export of variables: colours as colour-space objects, a `default` step. */
const figmaVariables = {
  color: {
    $type: "color",
    primary: {
      default: { $value: { colorSpace: "srgb", components: [0.54, 0.23, 0.36], hex: "#8a3b5c" } },
    },
    accent: { default: { $value: { colorSpace: "srgb", components: [0.72, 0.43, 0.47] } } },
  },
  typography: {
    fontFamily: {
      $type: "fontFamily",
      heading: { $value: "Cormorant Garamond" },
      body: { $value: "Lato" },
    },
  },
  radius: { $type: "dimension", medium: { $value: { value: 6, unit: "px" } } },
};

/** Style Dictionary's layout: `color.brand.*`, `size.font`… and a radius under `border.radius`. */
const styleDictionary = {
  color: {
    $type: "color",
    brand: { primary: { $value: "#0f766e" }, secondary: { $value: "#b45309" } },
    neutral: { base: { $value: "#57534e" } },
  },
  border: { radius: { $type: "dimension", base: { $value: "4px" } } },
};

describe("readDesignTokens, given the layouts exports use", () => {
  it.each([
    [
      "Tokens Studio, the brand an alias into a palette",
      tokensStudio,
      {
        brand: "#7b2d5b",
        accent: "#c9a227",
        fonts: { heading: "Playfair Display", body: "Inter, sans-serif" },
        radius: 12,
      },
    ],
    [
      "numbered scales (Tailwind style)",
      numberedScales,
      {
        brand: "#1d6fb8",
        accent: "#0f766e",
        neutral: "#6b7280",
        fonts: { heading: "Fraunces", body: "Source Sans 3" },
        radius: 8,
      },
    ],
    [
      "Figma's variables export",
      figmaVariables,
      { brand: "#8a3b5c", fonts: { heading: "Cormorant Garamond", body: "Lato" }, radius: 6 },
    ],
    [
      "Style Dictionary",
      styleDictionary,
      { brand: "#0f766e", accent: "#b45309", neutral: "#57534e", radius: 4 },
    ],
  ])("should find every part of %s without a mapping", (_, file, expected) => {
    expect(readDesignTokens(file)).toMatchObject(expected);
    expect(createTheme({ name: "spa", tokens: file }).name).toBe("spa");
  });

  it("should prefer the most specific name: brand.primary over primary", () => {
    const both = {
      color: { $type: "color", primary: { $value: "#111111" } },
      brand: { primary: color("#7b2d5b") },
    };
    expect(readDesignTokens(both).brand).toBe("#7b2d5b");
  });

  it("should list the file's colour tokens when none is the brand, naming the caller's option", () => {
    const palette = {
      palette: {
        $type: "color",
        rose: { 500: { $value: "#b76e79" } },
        sand: { $value: "#e8d8c4" },
      },
      spacing: { $type: "dimension", sm: { $value: "4px" } },
      alias: { $type: "color", $value: "{palette.rose.500}" },
    };
    const read = () => readDesignTokens(palette);
    expect(read).toThrow(MissingTokenError);
    expect(read).toThrow(
      "no brand colour at the usual paths (see the Theming guide); its colour tokens: palette.rose.500, palette.sand, alias. Name the brand colour's token with mapping.brand",
    );
    expect(() => createTheme({ name: "spa", tokens: palette })).toThrow(
      "Name the brand colour's token with tokenMapping.brand",
    );
    expect(readDesignTokens(palette, { mapping: { brand: "palette.rose.500" } }).brand).toBe(
      "#b76e79",
    );
  });
});
