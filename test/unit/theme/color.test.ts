import { describe, expect, it } from "vitest";
import {
  contrastRatio,
  parseColor,
  relativeLuminance,
  ThemeError,
  toHex,
} from "../../../src/theme";

describe("parseColor", () => {
  it.each([
    ["#f00", "#ff0000"],
    ["#F00F", "#ff0000"],
    ["#1d6fb8", "#1d6fb8"],
    ["#1d6fb8ff", "#1d6fb8"],
    ["rgb(29, 111, 184)", "#1d6fb8"],
    ["rgb(29 111 184)", "#1d6fb8"],
    ["rgba(29, 111, 184, 1)", "#1d6fb8"],
    ["rgb(100% 0% 0% / 100%)", "#ff0000"],
    ["hsl(0, 100%, 50%)", "#ff0000"],
    ["hsl(120deg 100% 25%)", "#008000"],
    ["hsla(240, 100%, 50%, 1)", "#0000ff"],
    ["hsl(0.5turn 100% 50%)", "#00ffff"],
    ["oklch(62.8% 0.2577 29.23)", "#ff0000"],
    ["oklch(1 0 0)", "#ffffff"],
    ["oklch(0 0 0)", "#000000"],
    ["  #ABCDEF  ", "#abcdef"],
  ])("should read %s as %s", (input, hex) => {
    expect(toHex(parseColor(input))).toBe(hex);
  });

  it("should bring an out-of-gamut oklch colour into sRGB by reducing chroma", () => {
    const rgb = parseColor("oklch(70% 0.5 150)");
    for (const channel of [rgb.r, rgb.g, rgb.b]) {
      expect(channel).toBeGreaterThanOrEqual(0);
      expect(channel).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ["rebeccapurple", /cannot read the colour/],
    ["#12345", /cannot read the colour/],
    ["#ggg", /cannot read the colour/],
    ["rgb(1, 2)", /needs three channels/],
    ["rgb(a, b, c)", /cannot read "a"/],
    ["rgba(0, 0, 0, 0.5)", /translucent/],
    ["#00000080", /translucent/],
    ["hsl(0 100% 50% / 0.2)", /translucent/],
    ["lab(50% 40 59)", /cannot read the colour/],
    ["", /cannot read the colour/],
  ])("should refuse %j with a ThemeError", (input, message) => {
    expect(() => parseColor(input)).toThrow(ThemeError);
    expect(() => parseColor(input)).toThrow(message);
  });
});

describe("contrastRatio", () => {
  // Reference values from the WCAG definition and WebAIM's contrast checker.
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
    ["#777777", "#ffffff", 4.48],
    ["#767676", "#ffffff", 4.54],
    ["#595959", "#ffffff", 7.0],
    ["#0000ff", "#ffffff", 8.59],
    ["#ff0000", "#ffffff", 4.0],
  ])("should give %s on %s a ratio of %s:1", (foreground, background, expected) => {
    expect(contrastRatio(foreground, background)).toBeCloseTo(expected, 2);
  });

  it("should not depend on the order of the colours", () => {
    expect(contrastRatio("#1d6fb8", "#ffffff")).toBe(contrastRatio("#ffffff", "#1d6fb8"));
  });
});

describe("relativeLuminance", () => {
  it("should be 0 for black and 1 for white", () => {
    expect(relativeLuminance(parseColor("#000"))).toBe(0);
    expect(relativeLuminance(parseColor("#fff"))).toBe(1);
  });
});
