import {
  contrastRatio,
  type Oklch,
  oklchToRgb,
  parseColor,
  type Rgb,
  rgbToOklch,
  toHex,
} from "./color";
import { MissingTokenError, ThemeError } from "./errors";
import {
  type Appearance,
  type ColorToken,
  colorTokens,
  contrastPairs,
  contrastRequirement,
  type Palette,
} from "./palette";
import { type DesignTokenMapping, type DesignTokens, readDesignTokens } from "./tokens";

export interface ThemeFonts {
  /** CSS `font-family` for body text. */
  body?: string;
  /** CSS `font-family` for headings. @default the body font */
  heading?: string;
}

export interface ThemeInput {
  /** Used in `[data-msu-theme="name"]`: lowercase letters, digits and hyphens. */
  name: string;
  /**
   * The brand colour: `#hex`, `rgb()`, `hsl()` or `oklch()`. It stays the fill of buttons and the
   * banner wherever white or dark text reads on it; `brand-text` and `brand-border` are the darker
   * steps of it that read on the surfaces. Required, unless `tokens` holds it.
   */
  brand?: string;
  /** A second colour for highlights. @default the brand hue turned 40° */
  accent?: string;
  /** A colour whose hue tints greys (surfaces, borders, text). @default the brand's hue */
  neutral?: string;
  /** Corner radius of medium parts in px; small is half, large is double. @default 8 */
  radius?: number;
  fonts?: ThemeFonts;
  /**
   * Exact colours for some tokens, per appearance, replacing what would be derived. They are
   * checked like everything else, and may make `checkContrast` report failures.
   */
  overrides?: Partial<Record<Appearance, Partial<Record<ColorToken, string>>>>;
  /** Throw a `ThemeError` naming every failing pair instead of returning the theme. @default false */
  strict?: boolean;
  /**
   * A W3C design tokens file (DTCG, as Figma's variables or Tokens Studio export it) to read the
   * brand, accent, neutral, fonts and radius from (see `readDesignTokens`); fields given here win.
   */
  tokens?: DesignTokens;
  /** With `tokens` written by `themeToTokens`: its dark file, for the exact dark colours. */
  darkTokens?: DesignTokens;
  /** With `tokens`: the token path of each part, replacing the default candidates. */
  tokenMapping?: Partial<DesignTokenMapping>;
}

export interface Theme {
  name: string;
  light: Palette;
  dark: Palette;
  radius: { sm: number; md: number; lg: number };
  fonts: ThemeFonts;
  /** What derivation changed in the given colours to reach AA, for the agency to review. */
  adjustments: string[];
}

export interface ContrastFailure {
  appearance: Appearance;
  foreground: ColorToken;
  background: ColorToken;
  /** The measured ratio, rounded down to two decimals (4.48 for #777 on white). */
  ratio: number;
  /** 4.5 for text, 3 for UI components and focus indicators. */
  required: number;
}

// Derived colours aim a little above the thresholds so that rounding to hex never drops below them.
const margin = 0.1;

/** The closest lightness to `color` (same hue and chroma) that reaches `target` against `background`. */
function reachContrast(
  color: Oklch,
  background: Rgb,
  target: number,
  direction: "darker" | "lighter",
): Rgb {
  const start = oklchToRgb(color);
  if (contrastRatio(start, background) >= target) {
    return start;
  }
  let near = color.l;
  let far = direction === "darker" ? 0 : 1;
  let best = oklchToRgb({ ...color, l: far });
  for (let iteration = 0; iteration < 30; iteration++) {
    const middle = (near + far) / 2;
    const candidate = oklchToRgb({ ...color, l: middle });
    if (contrastRatio(candidate, background) >= target) {
      best = candidate;
      far = middle;
    } else {
      near = middle;
    }
  }
  return best;
}

/** Whichever of two text colours reads better on every given background. */
function bestTextOn(backgrounds: Rgb[], candidates: [Rgb, Rgb]): Rgb {
  const worst = (text: Rgb) =>
    Math.min(...backgrounds.map((background) => contrastRatio(text, background)));
  return worst(candidates[0]) >= worst(candidates[1]) ? candidates[0] : candidates[1];
}

/**
 * A fill and the text on it: the text colour that reads better on `start`, and `start` itself when
 * that text reads on it as the hex colours the theme will hold (so rounding cannot tip it below
 * AA), else `start` moved in lightness, away from the text, as little as needed.
 */
function fillWithText(start: Oklch, textCandidates: [Rgb, Rgb]) {
  const startRgb = oklchToRgb(start);
  const text = bestTextOn([startRgb], textCandidates);
  const textIsLight = rgbToOklch(text).l > 0.5;
  const fill =
    contrastRatio(toHex(startRgb), toHex(text)) >= contrastRequirement.text
      ? startRgb
      : reachContrast(
          start,
          text,
          contrastRequirement.text + margin,
          textIsLight ? "darker" : "lighter",
        );
  return { fill, text, textIsLight };
}

const tierHues = { expected: 145, "contact-clinic": 65, urgent: 27 } as const;

interface Seeds {
  brand: Oklch;
  accent: Oklch;
  neutralHue: number;
  neutralChroma: number;
}

function derivePalette(appearance: Appearance, seeds: Seeds, adjustments: string[]): Palette {
  const dark = appearance === "dark";
  const toward = dark ? "lighter" : "darker";
  const textTarget = contrastRequirement.text + margin;
  const uiTarget = contrastRequirement.ui + margin;
  const neutral = (l: number, chromaScale = 1): Rgb =>
    oklchToRgb({ l, c: seeds.neutralChroma * chromaScale, h: seeds.neutralHue });

  const surface = neutral(dark ? 0.19 : 0.995, 0.3);
  const surfaceRaised = neutral(dark ? 0.245 : 0.965);
  // Text must read on the lower-contrast of the two surfaces.
  const hardestSurface = surfaceRaised;
  const text = neutral(dark ? 0.96 : 0.22, 1.5);
  const textMuted = reachContrast(
    { l: dark ? 0.78 : 0.47, c: seeds.neutralChroma, h: seeds.neutralHue },
    hardestSurface,
    textTarget,
    toward,
  );
  const border = reachContrast(
    { l: dark ? 0.55 : 0.6, c: seeds.neutralChroma, h: seeds.neutralHue },
    hardestSurface,
    uiTarget,
    toward,
  );
  const borderSubtle = neutral(dark ? 0.33 : 0.9);

  // The brand stays the fill (buttons, the banner, step markers) wherever a text colour reads on
  // it: dark text on a pale brand, white on a deep one. Dark appearances lift it to a light tone
  // first, as dark surfaces need. Only a brand on which neither reads moves, as little as needed.
  const white = oklchToRgb({ l: 1, c: 0, h: 0 });
  const textCandidates: [Rgb, Rgb] = [white, dark ? surface : text];
  const brandStart: Oklch = dark
    ? { ...seeds.brand, l: Math.max(seeds.brand.l, 0.72) }
    : seeds.brand;
  const {
    fill: brand,
    text: onBrand,
    textIsLight: onBrandIsLight,
  } = fillWithText(brandStart, textCandidates);
  const givenBrand = toHex(oklchToRgb(seeds.brand));
  const lifted = toHex(oklchToRgb(brandStart)) !== givenBrand;
  const movedForText = toHex(brand) !== toHex(oklchToRgb(brandStart));
  if (lifted || movedForText) {
    const reasons = [
      ...(lifted ? ["a lighter tone for dark surfaces"] : []),
      ...(movedForText ? [`so that ${onBrandIsLight ? "white" : "dark"} text reads on it`] : []),
    ];
    adjustments.push(
      `${appearance}: the brand fill ${givenBrand} became ${toHex(brand)}, ${reasons.join(", ")}`,
    );
  }
  const brandOklch = rgbToOklch(brand);
  // Hover and pressed fills: a step away from the text on it (darker under white text, lighter
  // under dark text), so the text reads at least as well.
  const step = (dark ? 0.07 : 0.08) * (onBrandIsLight ? -1 : 1);
  const brandStrong = oklchToRgb({
    ...brandOklch,
    l: Math.min(1, Math.max(0, brandOklch.l + step)),
  });
  // The brand as text on the surfaces (links, brand-coloured words, focus rings), and as the edge
  // of a brand fill or shape where the fill alone is too faint against the page (3:1, WCAG 1.4.11).
  const brandText = reachContrast(brandOklch, hardestSurface, textTarget, toward);
  const brandBorder = reachContrast(brandOklch, hardestSurface, uiTarget, toward);
  if (toHex(brandText) !== toHex(brand)) {
    adjustments.push(
      `${appearance}: brand text (links, brand-coloured words, focus rings) is ${toHex(brandText)}, the brand fill ${toHex(brand)} ${dark ? "lightened" : "darkened"} to reach ${contrastRequirement.text}:1 on the surfaces`,
    );
  }

  const accentStart: Oklch = dark
    ? { ...seeds.accent, l: Math.max(seeds.accent.l, 0.7) }
    : seeds.accent;
  const { fill: accent, text: onAccentChoice } = fillWithText(accentStart, textCandidates);

  const tier = (hue: number) => {
    const tierSurface = oklchToRgb({ l: dark ? 0.28 : 0.955, c: dark ? 0.045 : 0.035, h: hue });
    const tierText = reachContrast(
      { l: dark ? 0.8 : 0.5, c: 0.13, h: hue },
      tierSurface,
      textTarget,
      toward,
    );
    return {
      surface: tierSurface,
      text: reachContrast(rgbToOklch(tierText), hardestSurface, textTarget, toward),
    };
  };
  const expected = tier(tierHues.expected);
  const contactClinic = tier(tierHues["contact-clinic"]);
  const urgent = tier(tierHues.urgent);

  const palette: Record<ColorToken, Rgb> = {
    brand,
    "on-brand": onBrand,
    "brand-strong": brandStrong,
    "brand-text": brandText,
    "brand-border": brandBorder,
    accent,
    "on-accent": onAccentChoice,
    surface,
    "surface-raised": surfaceRaised,
    text,
    "text-muted": textMuted,
    border,
    "border-subtle": borderSubtle,
    focus: brandText,
    "tier-expected": expected.text,
    "tier-expected-surface": expected.surface,
    "tier-contact-clinic": contactClinic.text,
    "tier-contact-clinic-surface": contactClinic.surface,
    "tier-urgent": urgent.text,
    "tier-urgent-surface": urgent.surface,
    do: expected.text,
    avoid: urgent.text,
  };
  return Object.fromEntries(colorTokens.map((token) => [token, toHex(palette[token])])) as Palette;
}

function readColor(value: string, field: string): Rgb {
  try {
    return parseColor(value);
  } catch (error) {
    throw new ThemeError(`${field}: ${(error as Error).message}`);
  }
}

const unsafeInCss = /[;{}<>\\]|\/\*/;

function validateFonts(fonts: ThemeFonts | undefined): ThemeFonts {
  const result: ThemeFonts = {};
  for (const key of ["body", "heading"] as const) {
    const value = fonts?.[key];
    if (value === undefined) {
      continue;
    }
    if (typeof value !== "string" || value.trim() === "" || unsafeInCss.test(value)) {
      throw new ThemeError(
        `fonts.${key} must be a CSS font-family list such as '"Lato", sans-serif'`,
      );
    }
    result[key] = value.trim();
  }
  return result;
}

/** The brand in a theme input's tokens file; a missing part is named as `tokenMapping` names it. */
function tokensOf(given: ThemeInput): Omit<ThemeInput, "name"> {
  try {
    return readDesignTokens(given.tokens, {
      ...(given.tokenMapping === undefined ? {} : { mapping: given.tokenMapping }),
      ...(given.darkTokens === undefined ? {} : { dark: given.darkTokens }),
    });
  } catch (error) {
    throw error instanceof MissingTokenError
      ? error.withOption(`tokenMapping.${error.part}`)
      : error;
  }
}

/**
 * Derives a full light and dark palette from one or two colours. Greys take the neutral's (or the
 * brand's) hue. The brand and the accent stay fills with white or the theme's text colour on
 * them, whichever reads; the brand's text and edge colours, and the tier colours, keep their hue
 * and chroma and move only in lightness, as little as needed, to reach WCAG AA on the surfaces.
 */
export function createTheme(given: ThemeInput): Theme {
  if (typeof given !== "object" || given === null) {
    throw new ThemeError("createTheme needs an object such as { name, brand }");
  }
  const input: ThemeInput =
    given.tokens === undefined
      ? given
      : ({
          ...tokensOf(given),
          ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
        } as ThemeInput);
  if (typeof input.name !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.name)) {
    throw new ThemeError(
      `name must be lowercase letters, digits and single hyphens (it is used in [data-msu-theme="…"]), got ${JSON.stringify(input.name)}`,
    );
  }
  if (input.brand === undefined) {
    throw new ThemeError("brand: a brand colour is required (or a tokens file that holds one)");
  }
  const brand = rgbToOklch(readColor(input.brand, "brand"));
  const accent =
    input.accent === undefined
      ? { l: 0.78, c: Math.max(0.06, brand.c * 0.8), h: (brand.h + 40) % 360 }
      : rgbToOklch(readColor(input.accent, "accent"));
  const neutralSource =
    input.neutral === undefined ? brand : rgbToOklch(readColor(input.neutral, "neutral"));
  const radius = input.radius ?? 8;
  if (typeof radius !== "number" || !Number.isFinite(radius) || radius < 0 || radius > 64) {
    throw new ThemeError(
      `radius must be a number of pixels from 0 to 64, got ${JSON.stringify(input.radius)}`,
    );
  }
  const seeds: Seeds = {
    brand,
    accent,
    neutralHue: neutralSource.h,
    neutralChroma: Math.min(0.02, neutralSource.c * 0.25),
  };
  const adjustments: string[] = [];
  const palettes = {} as Record<Appearance, Palette>;
  for (const appearance of ["light", "dark"] as const) {
    const palette = derivePalette(appearance, seeds, adjustments);
    for (const [token, value] of Object.entries(input.overrides?.[appearance] ?? {})) {
      if (!(colorTokens as readonly string[]).includes(token)) {
        throw new ThemeError(
          `overrides.${appearance}.${token}: unknown token; known: ${colorTokens.join(", ")}`,
        );
      }
      palette[token as ColorToken] = toHex(
        readColor(String(value), `overrides.${appearance}.${token}`),
      );
    }
    palettes[appearance] = palette;
  }
  const theme: Theme = {
    name: input.name,
    light: palettes.light,
    dark: palettes.dark,
    radius: { sm: Math.round(radius / 2), md: radius, lg: radius * 2 },
    fonts: validateFonts(input.fonts),
    adjustments,
  };
  if (input.strict === true) {
    const failures = checkContrast(theme);
    if (failures.length > 0) {
      throw new ThemeError(
        `theme "${theme.name}" fails WCAG AA:\n${failures.map(describeContrastFailure).join("\n")}`,
      );
    }
  }
  return theme;
}

/** Every token pair of the theme, in light and dark, that is below its WCAG AA threshold. */
export function checkContrast(theme: Pick<Theme, "light" | "dark">): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const appearance of ["light", "dark"] as const) {
    const palette = theme[appearance];
    for (const pair of contrastPairs) {
      const ratio = contrastRatio(palette[pair.foreground], palette[pair.background]);
      const required = contrastRequirement[pair.kind];
      if (ratio < required) {
        failures.push({
          appearance,
          foreground: pair.foreground,
          background: pair.background,
          ratio: Math.floor(ratio * 100) / 100,
          required,
        });
      }
    }
  }
  return failures;
}

/** "light: text-muted on surface-raised is 3.92:1, needs 4.5:1". */
export function describeContrastFailure(failure: ContrastFailure): string {
  return `${failure.appearance}: ${failure.foreground} on ${failure.background} is ${failure.ratio.toFixed(2)}:1, needs ${failure.required}:1`;
}
