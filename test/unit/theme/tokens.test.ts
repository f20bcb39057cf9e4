// @vitest-environment node
import StyleDictionary from "style-dictionary";
import type { DesignTokens as StyleDictionaryTokens } from "style-dictionary/types";
import { describe, expect, it } from "vitest";
import {
  checkContrast,
  colorTokens,
  createTheme,
  type DesignTokens,
  getPreset,
  readDesignTokens,
  type Theme,
  themeToCss,
  themeToTokens,
} from "../../../src/theme";

/** A spa's brand as Figma's variables export it: nested groups, inherited $type, aliases. */
const figmaExport: DesignTokens = {
  color: {
    $type: "color",
    base: {
      blush: {
        $value: { colorSpace: "srgb", components: [0.9569, 0.7608, 0.7608], hex: "#f4c2c2" },
        $description: "Willow's blush",
      },
      gold: { $value: "#b5895a" },
      stone: { $value: { colorSpace: "oklch", components: [0.6, 0.02, 60] } },
    },
    brand: {
      primary: { $value: "{color.base.blush}", $description: "Buttons and the banner" },
      accent: { $value: "{color.base.gold}" },
    },
    neutral: { $value: "{color.base.stone}" },
  },
  font: {
    family: {
      $type: "fontFamily",
      body: { $value: ["Lato", "sans-serif"] },
      heading: { $value: "Playfair Display, serif" },
    },
  },
  radius: {
    $type: "dimension",
    md: { $value: { value: 0.75, unit: "rem" } },
  },
};

describe("readDesignTokens", () => {
  it("should read the brand, accent, neutral, fonts and radius through groups and aliases", () => {
    expect(readDesignTokens(figmaExport)).toEqual({
      brand: "#f4c2c2",
      accent: "#b5895a",
      neutral: expect.stringMatching(/^#[0-9a-f]{6}$/),
      fonts: { body: "Lato, sans-serif", heading: "Playfair Display, serif" },
      radius: 12,
    });
  });

  it("should make a theme with the file's colours, every pair passing", () => {
    const theme = createTheme({ name: "willow", tokens: figmaExport });
    expect(theme.light.brand).toBe("#f4c2c2");
    expect(theme.radius.md).toBe(12);
    expect(theme.fonts.heading).toBe("Playfair Display, serif");
    expect(checkContrast(theme)).toEqual([]);
    // The same contrast notes as a brand.json gives.
    expect(theme.adjustments).toEqual(
      createTheme({ name: "willow", ...readDesignTokens(figmaExport) }).adjustments,
    );
  });

  it("should let a mapping name the tokens, and explicit fields win", () => {
    const theme = createTheme({
      name: "willow",
      tokens: figmaExport,
      tokenMapping: { brand: "color.base.gold" },
      radius: 4,
    });
    expect(theme.light.brand).toBe("#b5895a");
    expect(theme.radius.md).toBe(4);
  });

  it.each([
    [
      "an alias to nothing",
      { color: { brand: { primary: { $type: "color", $value: "{color.base.rose}" } } } },
      {},
      "color.brand.primary: alias {color.base.rose} points at nothing",
    ],
    [
      "a circular alias",
      {
        color: {
          $type: "color",
          a: { $value: "{color.b}" },
          b: { $value: "{color.a}" },
          brand: { $value: "{color.a}" },
        },
      },
      {},
      "color.brand: alias {color.a} is circular (color.brand → color.a → color.b → color.a)",
    ],
    [
      "a token of the wrong type",
      { color: { brand: { $type: "dimension", $value: { value: 4, unit: "px" } } } },
      {},
      "color.brand: is a dimension token; a color token is needed here",
    ],
    [
      "a colour it cannot read",
      { color: { $type: "color", brand: { primary: { $value: "teal-ish" } } } },
      {},
      'color.brand.primary: cannot read the colour "teal-ish"',
    ],
    [
      "a translucent colour",
      {
        color: {
          $type: "color",
          brand: { $value: { colorSpace: "srgb", components: [1, 0, 0], alpha: 0.5 } },
        },
      },
      {},
      "color.brand: is translucent",
    ],
    [
      "a colour space it does not convert",
      {
        color: {
          $type: "color",
          brand: { $value: { colorSpace: "display-p3", components: [1, 0, 0] } },
        },
      },
      {},
      'color.brand: colour space "display-p3" is not read here',
    ],
    [
      "no brand colour",
      { color: { $type: "color", rose: { $value: "#f4c2c2" } } },
      {},
      "no brand colour",
    ],
    [
      "a mapping to a token the file lacks",
      figmaExport,
      { brand: "color.rose.500" },
      "mapping.brand: the file has no token color.rose.500",
    ],
    [
      "a radius in an unknown unit",
      { ...figmaExport, radius: { md: { $type: "dimension", $value: { value: 1, unit: "em" } } } },
      {},
      "radius.md: a dimension must be",
    ],
  ])("should name the token's path for %s", (_, file, mapping, message) => {
    expect(() => createTheme({ name: "spa", tokens: file, tokenMapping: mapping })).toThrow(
      message,
    );
  });
});

/** Every `--msu-*: value;` in a block of CSS. */
function declarations(css: string): Record<string, string> {
  return Object.fromEntries(
    [...css.matchAll(/(--msu-[\w-]+):\s*([^;]+);/g)].map((match) => [match[1], match[2]?.trim()]),
  );
}

/** What Style Dictionary 5 builds from one written tokens file, with the web's CSS transforms. */
async function styleDictionaryCss(tokens: DesignTokens): Promise<Record<string, string>> {
  const dictionary = new StyleDictionary({
    tokens: tokens as StyleDictionaryTokens,
    platforms: {
      css: {
        transformGroup: "css",
        files: [{ destination: "theme.css", format: "css/variables" }],
      },
    },
    log: { verbosity: "silent", warnings: "disabled" },
  });
  const [file] = await dictionary.formatPlatform("css");
  return declarations(String(file?.output));
}

describe.each([
  ["a pale spa brand", createTheme({ name: "willow", tokens: figmaExport })],
  ["the rose-gold preset", getPreset("rose-gold")],
  [
    "a brand with an accent it adjusts",
    createTheme({ name: "dusk", brand: "#1d6fb8", accent: "#ffe14d" }),
  ],
])("themeToTokens, given %s", (_, theme: Theme) => {
  const written = themeToTokens(theme);

  it("should build with Style Dictionary 5 into the colours and radii of themeToCss", async () => {
    for (const appearance of ["light", "dark"] as const) {
      const built = await styleDictionaryCss(written[appearance]);
      for (const token of colorTokens) {
        expect(built[`--msu-color-${token}`], `${appearance} ${token}`).toBe(
          theme[appearance][token],
        );
      }
      expect(built["--msu-radius-md"]).toBe(`${theme.radius.md}px`);
    }
  });

  it("should read back into the same CSS", () => {
    const again = createTheme({
      name: theme.name,
      tokens: written.light,
      darkTokens: written.dark,
    });
    expect(themeToCss(again)).toBe(themeToCss(theme));
  });

  it("should describe each colour, and each adjustment where it was made", () => {
    const color = (written.light.msu as DesignTokens).color as DesignTokens;
    expect((color["brand-text"] as DesignTokens).$description).toMatch(/^Links/);
    for (const note of theme.adjustments.filter((each) => each.startsWith("light:"))) {
      expect(written.light.$description).toContain(note);
    }
    if (theme.light["brand-text"] !== theme.light.brand) {
      expect((color["brand-text"] as DesignTokens).$description).toContain(
        "Adjusted: light: brand text",
      );
    }
  });
});
