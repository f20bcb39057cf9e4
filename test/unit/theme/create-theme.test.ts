import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  checkContrast,
  colorTokens,
  contrastRatio,
  createTheme,
  getPreset,
  parseColor,
  presetNames,
  ThemeError,
} from "../../../src/theme";
import { rgbToOklch } from "../../../src/theme/color";

describe("createTheme", () => {
  describe("given one brand colour", () => {
    const theme = createTheme({ name: "lakeshore", brand: "#1d6fb8" });

    it("should derive every token in light and dark", () => {
      for (const appearance of ["light", "dark"] as const) {
        expect(Object.keys(theme[appearance]).sort()).toEqual([...colorTokens].sort());
        for (const value of Object.values(theme[appearance])) {
          expect(value).toMatch(/^#[0-9a-f]{6}$/);
        }
      }
    });

    it("should keep a brand colour that already passes exactly as given in light", () => {
      expect(theme.light.brand).toBe("#1d6fb8");
      expect(theme.adjustments.some((note) => note.startsWith("light:"))).toBe(false);
    });

    it("should lift the fill to a light tone for dark surfaces and say so", () => {
      expect(rgbToOklch(parseColor(theme.dark.brand)).l).toBeGreaterThanOrEqual(0.71);
      expect(contrastRatio(theme.dark["on-brand"], theme.dark.brand)).toBeGreaterThanOrEqual(4.5);
      expect(theme.adjustments).toContainEqual(
        expect.stringMatching(
          /^dark: the brand fill #1d6fb8 became #[0-9a-f]{6}, a lighter tone for dark surfaces$/,
        ),
      );
    });

    it("should use the fill itself for text and edges where it already reads on the surfaces", () => {
      expect(theme.light["brand-text"]).toBe("#1d6fb8");
      expect(theme.light["brand-border"]).toBe("#1d6fb8");
      expect(theme.light.focus).toBe("#1d6fb8");
      expect(theme.light["on-brand"]).toBe("#ffffff");
    });

    it("should pass every AA pair", () => {
      expect(checkContrast(theme)).toEqual([]);
    });

    it("should derive light surfaces lighter than dark ones", () => {
      expect(contrastRatio(theme.light.surface, "#000")).toBeGreaterThan(
        contrastRatio(theme.dark.surface, "#000"),
      );
    });
  });

  describe("given a pale brand", () => {
    const theme = createTheme({ name: "blush", brand: "#f4c2c2" });

    it("should keep it as the fill, with dark text on it", () => {
      expect(theme.light.brand).toBe("#f4c2c2");
      expect(rgbToOklch(parseColor(theme.light["on-brand"])).l).toBeLessThan(0.3);
      expect(theme.adjustments.join("\n")).not.toMatch(/brand fill #f4c2c2 became/);
    });

    it("should darken its text colour only as much as needed, keeping the hue, and say so", () => {
      const ratio = contrastRatio(theme.light["brand-text"], theme.light["surface-raised"]);
      expect(ratio).toBeGreaterThanOrEqual(4.5);
      expect(ratio).toBeLessThan(5.2);
      const given = rgbToOklch(parseColor("#f4c2c2"));
      expect(Math.abs(rgbToOklch(parseColor(theme.light["brand-text"])).h - given.h)).toBeLessThan(
        3,
      );
      expect(theme.light.focus).toBe(theme.light["brand-text"]);
      expect(theme.adjustments).toContainEqual(
        "light: brand text (links, brand-coloured words, focus rings) is #8e6263, the brand fill #f4c2c2 darkened to reach 4.5:1 on the surfaces",
      );
    });

    it("should give the fill an edge that stands out from the page at 3:1", () => {
      expect(contrastRatio(theme.light.brand, theme.light.surface)).toBeLessThan(3);
      const edge = contrastRatio(theme.light["brand-border"], theme.light["surface-raised"]);
      expect(edge).toBeGreaterThanOrEqual(3);
      expect(edge).toBeLessThan(4.5);
    });
  });

  // Typical spa brand colours (issue 26): each was turned into a muddy text colour for every
  // button and banner; each must stay the light fill, with every pair passing.
  describe.each([
    ["blush", "#f4c2c2"],
    ["champagne", "#f7e7ce"],
    ["sage", "#b2ac88"],
    ["lavender", "#c8a2c8"],
    ["seafoam", "#9fe2bf"],
    ["gold", "#d4af37"],
    ["plum", "#8a3b5c"],
  ])("given the spa colour %s (%s)", (name, brand) => {
    const theme = createTheme({ name, brand });

    it("should keep it as the light fill, with every pair passing in light and dark", () => {
      expect(theme.light.brand).toBe(brand);
      expect(checkContrast(theme)).toEqual([]);
      expect(theme.adjustments.some((note) => note.startsWith("light: the brand fill"))).toBe(
        false,
      );
    });
  });

  describe("given a mid-tone brand on which neither white nor dark text reads", () => {
    it("should move the fill as little as needed and say why", () => {
      const theme = createTheme({ name: "orchid", brand: "#d0478a" });
      expect(theme.light.brand).not.toBe("#d0478a");
      expect(contrastRatio(theme.light["on-brand"], theme.light.brand)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.light["on-brand"], theme.light.brand)).toBeLessThan(5);
      expect(theme.adjustments).toContainEqual(
        expect.stringMatching(
          /^light: the brand fill #d0478a became #[0-9a-f]{6}, so that (white|dark) text reads on it$/,
        ),
      );
      expect(checkContrast(theme)).toEqual([]);
    });
  });

  describe("given options", () => {
    it("should use the accent, radius and fonts", () => {
      const theme = createTheme({
        name: "spa",
        brand: "hsl(340 40% 40%)",
        accent: "oklch(80% 0.1 80)",
        radius: 10,
        fonts: { body: '"Lato", sans-serif' },
      });
      expect(theme.radius).toEqual({ sm: 5, md: 10, lg: 20 });
      expect(theme.fonts).toEqual({ body: '"Lato", sans-serif' });
      expect(contrastRatio(theme.light["on-accent"], theme.light.accent)).toBeGreaterThanOrEqual(
        4.5,
      );
    });

    it("should apply overrides and let checkContrast report what they break", () => {
      const theme = createTheme({
        name: "exact",
        brand: "#1d6fb8",
        overrides: { light: { "text-muted": "#aaaaaa" } },
      });
      expect(theme.light["text-muted"]).toBe("#aaaaaa");
      expect(checkContrast(theme)).toContainEqual({
        appearance: "light",
        foreground: "text-muted",
        background: "surface",
        ratio: 2.29,
        required: 4.5,
      });
    });

    it("should throw a ThemeError naming the failing pairs in strict mode", () => {
      expect(() =>
        createTheme({
          name: "exact",
          brand: "#1d6fb8",
          overrides: { dark: { border: "#222222" } },
          strict: true,
        }),
      ).toThrow(/theme "exact" fails WCAG AA:\ndark: border on surface is 1\.\d\d:1, needs 3:1/);
    });
  });

  describe("given bad input", () => {
    it.each([
      [{ name: "Bad Name", brand: "#000" }, /name must be lowercase/],
      [{ name: "x", brand: "not-a-colour" }, /brand: cannot read the colour "not-a-colour"/],
      [{ name: "x", brand: "#000", accent: "rgba(0,0,0,0.1)" }, /accent: .*translucent/],
      [{ name: "x", brand: "#000", radius: -1 }, /radius must be a number of pixels/],
      [
        { name: "x", brand: "#000", fonts: { body: "x; } body { display: none" } },
        /fonts.body must be/,
      ],
      [{ name: "x", brand: "#000", overrides: { light: { sparkle: "#fff" } } }, /unknown token/],
      [{ name: "x" }, /brand: a brand colour is required/],
    ])("should throw a ThemeError for %j", (input, message) => {
      expect(() => createTheme(input as never)).toThrow(ThemeError);
      expect(() => createTheme(input as never)).toThrow(message);
    });
  });

  test.prop(
    [fc.integer({ min: 0, max: 0xffffff }), fc.option(fc.integer({ min: 0, max: 0xffffff }))],
    {
      numRuns: 150,
    },
  )("should reach AA for any opaque brand and accent", (brand, accent) => {
    const hex = (value: number) => `#${value.toString(16).padStart(6, "0")}`;
    const theme = createTheme({
      name: "any",
      brand: hex(brand),
      ...(accent === null ? {} : { accent: hex(accent) }),
    });
    expect(checkContrast(theme)).toEqual([]);
  });
});

describe("presets", () => {
  it.each(presetNames)("should make %s AA-clean in light and dark", (name) => {
    expect(checkContrast(getPreset(name))).toEqual([]);
  });

  it("should give every preset a distinct brand", () => {
    const brands = presetNames.map((name) => getPreset(name).light.brand);
    expect(new Set(brands).size).toBe(presetNames.length);
  });

  it("should refuse an unknown preset name and list the real ones", () => {
    expect(() => getPreset("ocean")).toThrow(
      'unknown preset "ocean"; presets: rose-gold, clinical-blue, botanical-green',
    );
    expect(() => getPreset("toString")).toThrow(ThemeError);
  });
});
