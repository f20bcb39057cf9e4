// Design tokens in the W3C Design Tokens Community Group format (DTCG, stable report 2025.10), the
// files Figma's variables, the Tokens Studio plugin and Style Dictionary 5 read and write: a brand
// comes in as a tokens file (readDesignTokens), and a theme goes out as one file per appearance
// (themeToTokens) with every --msu-* value, the contrast adjustments applied and described.
// https://www.designtokens.org/tr/2025.10/format/
import { hslToRgb, oklchToRgb, parseColor, type Rgb, toHex } from "./color";
import type { Theme, ThemeFonts, ThemeInput } from "./create-theme";
import { MissingTokenError, ThemeError } from "./errors";
import { type Appearance, type ColorToken, colorTokens } from "./palette";

/** A DTCG file or group: tokens (`$value`) and groups, nested, with `$type` and `$description`. */
export type DesignTokens = { [key: string]: unknown };

/** Which token paths (dots between names) hold the brand's parts. */
export interface DesignTokenMapping {
  brand: string;
  accent: string;
  neutral: string;
  fontBody: string;
  fontHeading: string;
  radius: string;
}

/** Under `color.`, `colors.` or at the top level, as a token or a scale's default, base or 500 step. */
function colorPaths(names: readonly string[]): string[] {
  return names.flatMap((name) =>
    ["color.", "colors.", ""].flatMap((group) =>
      ["", ".default", ".base", ".500"].map((step) => `${group}${name}${step}`),
    ),
  );
}

/** Each of `names` in each of the groups design tools and token repositories put it in. */
const inGroups = (groups: readonly string[], names: readonly string[]) =>
  names.flatMap((name) => groups.map((group) => `${group}.${name}`));

const fontGroups = [
  "font.family",
  "font",
  "fonts",
  "fontFamily",
  "fontFamilies",
  "font-family",
  "typography.fontFamily",
  "typography.font-family",
  "typography.fontFamilies",
];
const radiusGroups = [
  "radius",
  "radii",
  "borderRadius",
  "border-radius",
  "border.radius",
  "rounded",
];

/**
 * Where exports keep each part, tried in order; the first path the file has is used. medspa-ui's
 * own export comes first; then, for a colour, its names from the most to the least specific
 * (`brand.primary`, `brand`, `primary`), each under `color.`, `colors.` or at the top level, as a
 * token or as a scale's `default`, `base` or `500` step (Tokens Studio, Figma's DTCG export,
 * Style Dictionary's examples, Tailwind-style numbered scales); fonts and radius likewise. A
 * mapping given to readDesignTokens names exactly one path per part instead. The Theming guide
 * lists the rule.
 */
export const defaultDesignTokenMapping: Readonly<
  Record<keyof DesignTokenMapping, readonly string[]>
> = {
  brand: ["msu.color.brand", ...colorPaths(["brand.primary", "brand", "primary"])],
  accent: [
    "msu.color.accent",
    ...colorPaths(["brand.accent", "brand.secondary", "accent", "secondary"]),
  ],
  neutral: ["msu.color.neutral", ...colorPaths(["brand.neutral", "neutral", "gray", "grey"])],
  fontBody: ["msu.font.body", ...inGroups(fontGroups, ["body", "text"])],
  fontHeading: ["msu.font.heading", ...inGroups(fontGroups, ["heading", "headings", "display"])],
  radius: [
    "msu.radius.md",
    ...inGroups(radiusGroups, ["md", "medium", "m", "default", "base"]),
    "radius",
    "borderRadius",
  ],
};

export interface ReadDesignTokensOptions {
  /** Token paths for some parts, replacing the default candidates: `{ brand: "color.rose.500" }`. */
  mapping?: Partial<DesignTokenMapping>;
  /**
   * The dark appearance's file, for a theme written by `themeToTokens`: with both, every colour is
   * taken exactly as written, and the theme's CSS is the same as the one exported.
   */
  dark?: DesignTokens;
}

interface ResolvedToken {
  path: string;
  type: string | undefined;
  value: unknown;
}

const isGroup = (value: unknown): value is DesignTokens =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every token of a file by its path, with the `$type` it has or inherits from its groups. */
function collectTokens(file: DesignTokens): Map<string, ResolvedToken> {
  const tokens = new Map<string, ResolvedToken>();
  const visit = (group: DesignTokens, path: string[], inheritedType: string | undefined) => {
    const groupType = typeof group.$type === "string" ? group.$type : inheritedType;
    for (const [name, child] of Object.entries(group)) {
      if (name.startsWith("$") || !isGroup(child)) {
        continue;
      }
      const childPath = [...path, name];
      if ("$value" in child) {
        tokens.set(childPath.join("."), {
          path: childPath.join("."),
          type: typeof child.$type === "string" ? child.$type : groupType,
          value: child.$value,
        });
      } else {
        visit(child, childPath, groupType);
      }
    }
  };
  visit(file, [], undefined);
  return tokens;
}

const aliasPattern = /^\{([^{}]+)\}$/;

/** A token's value with its aliases followed, and its type (its own, or the one it points at). */
function resolve(tokens: Map<string, ResolvedToken>, path: string): ResolvedToken {
  const seen = [path];
  let token = tokens.get(path);
  if (token === undefined) {
    throw new ThemeError(`${path}: no such token`);
  }
  let type = token.type;
  for (;;) {
    const alias = typeof token.value === "string" ? aliasPattern.exec(token.value) : null;
    if (alias === null) {
      return { path, type: type ?? token.type, value: token.value };
    }
    const target = alias[1] ?? "";
    const next = tokens.get(target);
    if (next === undefined) {
      throw new ThemeError(`${token.path}: alias {${target}} points at nothing`);
    }
    if (seen.includes(target)) {
      throw new ThemeError(
        `${path}: alias {${target}} is circular (${[...seen, target].join(" → ")})`,
      );
    }
    seen.push(target);
    type ??= next.type;
    token = next;
  }
}

/** The sRGB colour of a DTCG colour value: a colour object, or a CSS colour string. */
function readColorValue(value: unknown, path: string): Rgb {
  try {
    if (typeof value === "string") {
      return parseColor(value);
    }
    if (!isGroup(value)) {
      throw new ThemeError(
        `a colour must be a colour object or a string, got ${JSON.stringify(value)}`,
      );
    }
    if (typeof value.alpha === "number" && value.alpha < 1) {
      throw new ThemeError(
        "is translucent; theme colours must be opaque so contrast can be checked",
      );
    }
    if (typeof value.hex === "string") {
      return parseColor(value.hex);
    }
    const components = (Array.isArray(value.components) ? value.components : []).map(
      (component: unknown) => (component === "none" ? 0 : component),
    );
    if (
      components.length !== 3 ||
      !components.every((component) => typeof component === "number" && Number.isFinite(component))
    ) {
      throw new ThemeError(
        `needs three numeric components, got ${JSON.stringify(value.components)}`,
      );
    }
    const [x = 0, y = 0, z = 0] = components as number[];
    switch (value.colorSpace) {
      case "srgb":
        return { r: x, g: y, b: z };
      case "hsl":
        return hslToRgb(x, y / 100, z / 100);
      case "oklch":
        return oklchToRgb({ l: x, c: y, h: z });
      default:
        throw new ThemeError(
          `colour space ${JSON.stringify(value.colorSpace)} is not read here; give "hex", or use srgb, hsl or oklch`,
        );
    }
  } catch (error) {
    throw new ThemeError(`${path}: ${(error as Error).message}`);
  }
}

/** Generic families stay bare in CSS; other names are quoted. */
const genericFamilies = new Set([
  "serif",
  "sans-serif",
  "monospace",
  "cursive",
  "fantasy",
  "system-ui",
  "ui-serif",
  "ui-sans-serif",
  "ui-monospace",
  "ui-rounded",
  "emoji",
  "math",
  "fangsong",
]);

/**
 * A CSS font-family list: a string is one already (kept as written); a list of names is joined,
 * with each name that is not a plain identifier or a generic family quoted.
 */
function readFontValue(value: unknown, path: string): string {
  if (typeof value === "string" && value.trim() !== "") {
    return value.trim();
  }
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((name) => typeof name === "string" && name.trim() !== "")
  ) {
    throw new ThemeError(`${path}: a fontFamily must be a name or a list of names`);
  }
  return value
    .map((name: string) => name.trim())
    .map((name) =>
      genericFamilies.has(name) || /^[a-z][\w-]*$/i.test(name)
        ? name
        : `"${name.replace(/"/g, "")}"`,
    )
    .join(", ");
}

/** Pixels from a DTCG dimension (`{ "value": 0.75, "unit": "rem" }`, or an older "12px"). */
function readDimensionValue(value: unknown, path: string): number {
  const text = typeof value === "string" ? /^(-?\d*\.?\d+)(px|rem)$/.exec(value.trim()) : null;
  const amount = text === null ? (isGroup(value) ? value.value : undefined) : Number(text[1]);
  const unit = text === null ? (isGroup(value) ? value.unit : undefined) : text[2];
  if (typeof amount !== "number" || !Number.isFinite(amount) || (unit !== "px" && unit !== "rem")) {
    throw new ThemeError(`${path}: a dimension must be { "value": 8, "unit": "px" } (px or rem)`);
  }
  return unit === "rem" ? amount * 16 : amount;
}

function expectType(token: ResolvedToken, type: string) {
  if (token.type !== undefined && token.type !== type) {
    throw new ThemeError(`${token.path}: is a ${token.type} token; a ${type} token is needed here`);
  }
}

/** The path mapped to a part: the one named, else the first default candidate the file has. */
function findPath(
  tokens: Map<string, ResolvedToken>,
  part: keyof DesignTokenMapping,
  mapping: Partial<DesignTokenMapping>,
): string | undefined {
  const named = mapping[part];
  if (named !== undefined) {
    if (!tokens.has(named)) {
      throw new ThemeError(`mapping.${part}: the file has no token ${named}`);
    }
    return named;
  }
  return defaultDesignTokenMapping[part].find((path) => tokens.has(path));
}

/** The paths of a file's colour tokens (typed `color`, or aliases of one), for a reader to pick. */
function colorTokensOf(tokens: Map<string, ResolvedToken>): string[] {
  return [...tokens.keys()].filter((path) => {
    try {
      return resolve(tokens, path).type === "color";
    } catch {
      return false;
    }
  });
}

/** The exact colours of one appearance, where the file is a medspa-ui export (msu.color.*). */
function exportedPalette(tokens: Map<string, ResolvedToken>): Partial<Record<ColorToken, string>> {
  const palette: Partial<Record<ColorToken, string>> = {};
  for (const token of colorTokens) {
    const path = `msu.color.${token}`;
    if (tokens.has(path)) {
      const resolved = resolve(tokens, path);
      expectType(resolved, "color");
      palette[token] = toHex(readColorValue(resolved.value, path));
    }
  }
  return palette;
}

function readDocument(file: unknown, label: string): Map<string, ResolvedToken> {
  if (!isGroup(file)) {
    throw new ThemeError(`${label}: a design tokens file is a JSON object of groups and tokens`);
  }
  return collectTokens(file);
}

/**
 * A brand from a DTCG tokens file: the brand colour, accent, neutral, fonts and radius at the
 * paths of `mapping` (or the default candidates), with aliases followed and `$type` inherited from
 * groups. Every problem is a ThemeError naming the token's path. Pass the result, with a name, to
 * createTheme; a file written by themeToTokens (with its dark file) gives back the same colours.
 */
export function readDesignTokens(
  file: unknown,
  options: ReadDesignTokensOptions = {},
): Omit<ThemeInput, "name"> {
  const tokens = readDocument(file, "tokens");
  const mapping = options.mapping ?? {};
  for (const key of Object.keys(mapping)) {
    if (!(key in defaultDesignTokenMapping)) {
      throw new ThemeError(
        `mapping.${key}: unknown part; known: ${Object.keys(defaultDesignTokenMapping).join(", ")}`,
      );
    }
  }
  const colorAt = (part: "brand" | "accent" | "neutral") => {
    const path = findPath(tokens, part, mapping);
    if (path === undefined) {
      return undefined;
    }
    const token = resolve(tokens, path);
    expectType(token, "color");
    return toHex(readColorValue(token.value, path));
  };
  const brand = colorAt("brand");
  if (brand === undefined) {
    throw new MissingTokenError("brand", colorTokensOf(tokens));
  }
  const input: Omit<ThemeInput, "name"> = { brand };
  const accent = colorAt("accent");
  if (accent !== undefined) {
    input.accent = accent;
  }
  const neutral = colorAt("neutral");
  if (neutral !== undefined) {
    input.neutral = neutral;
  }
  const fonts: ThemeFonts = {};
  for (const [part, key] of [
    ["fontBody", "body"],
    ["fontHeading", "heading"],
  ] as const) {
    const path = findPath(tokens, part, mapping);
    if (path !== undefined) {
      const token = resolve(tokens, path);
      expectType(token, "fontFamily");
      fonts[key] = readFontValue(token.value, path);
    }
  }
  if (fonts.body !== undefined || fonts.heading !== undefined) {
    input.fonts = fonts;
  }
  const radiusPath = findPath(tokens, "radius", mapping);
  if (radiusPath !== undefined) {
    const token = resolve(tokens, radiusPath);
    expectType(token, "dimension");
    input.radius = readDimensionValue(token.value, radiusPath);
  }
  // A medspa-ui export: its colours are exact, adjustments included, for both appearances.
  const light = exportedPalette(tokens);
  if (Object.keys(light).length > 0) {
    const overrides: NonNullable<ThemeInput["overrides"]> = { light };
    if (options.dark !== undefined) {
      overrides.dark = exportedPalette(readDocument(options.dark, "dark tokens"));
    }
    input.overrides = overrides;
  }
  return input;
}

/** What each colour token is for, in the exported file's descriptions. */
const tokenPurpose: Record<ColorToken, string> = {
  brand: "The brand's fill: buttons, the booking banner, step markers.",
  "on-brand": "Text and icons on the brand fill.",
  "brand-strong": "The brand fill on hover and press.",
  "brand-text": "Links, brand-coloured words and focus rings on the surfaces (4.5:1).",
  "brand-border": "The edge of a brand fill or shape against the page (3:1).",
  accent: "Highlights: offers, badges.",
  "on-accent": "Text on the accent.",
  surface: "The page behind the components.",
  "surface-raised": "Cards, panels and the subtle banner.",
  text: "Body text.",
  "text-muted": "Secondary text: timings, notes (4.5:1).",
  border: "Borders of controls and cards (3:1).",
  "border-subtle": "Dividers.",
  focus: "Focus rings (3:1).",
  "tier-expected": "Side effects that are expected: their label and icon.",
  "tier-expected-surface": "Behind an expected side effect's label.",
  "tier-contact-clinic": "Side effects to call the clinic about.",
  "tier-contact-clinic-surface": "Behind a call-the-clinic label.",
  "tier-urgent": "Urgent signs.",
  "tier-urgent-surface": "Behind an urgent sign.",
  do: "Aftercare to do.",
  avoid: "Aftercare to avoid.",
};

function colorValue(hex: string) {
  const { r, g, b } = parseColor(hex);
  const round = (channel: number) => Math.round(channel * 10_000) / 10_000;
  return { colorSpace: "srgb", components: [round(r), round(g), round(b)], hex };
}

/**
 * The theme as DTCG tokens, one document per appearance with the same paths (as Figma exports a
 * variable collection's modes): `msu.color.<token>`, `msu.radius.sm|md|lg`, `msu.font.body|heading`.
 * Style Dictionary turns each into the `--msu-*` custom properties of themeToCss; each colour that
 * createTheme adjusted says how in its `$description`, and the file's `$description` lists them all.
 */
export function themeToTokens(theme: Theme): Record<Appearance, DesignTokens> {
  const document = (appearance: Appearance): DesignTokens => {
    const notes = theme.adjustments.filter((note) => note.startsWith(`${appearance}:`));
    const color: DesignTokens = { $type: "color" };
    for (const token of colorTokens) {
      const hex = theme[appearance][token];
      const adjusted =
        token === "brand"
          ? notes.filter((note) => note.includes("brand fill"))
          : token === "brand-text" || token === "focus"
            ? notes.filter((note) => note.includes("brand text"))
            : [];
      color[token] = {
        $value: colorValue(hex),
        $description: [tokenPurpose[token], ...adjusted.map((note) => `Adjusted: ${note}.`)].join(
          " ",
        ),
      };
    }
    const msu: DesignTokens = {
      color,
      radius: {
        $type: "dimension",
        sm: { $value: { value: theme.radius.sm, unit: "px" } },
        md: { $value: { value: theme.radius.md, unit: "px" } },
        lg: { $value: { value: theme.radius.lg, unit: "px" } },
      },
    };
    const heading = theme.fonts.heading ?? theme.fonts.body;
    if (theme.fonts.body !== undefined || heading !== undefined) {
      // The CSS list as written (a fontFamily value may be one string), so it reads back the same.
      msu.font = {
        $type: "fontFamily",
        ...(theme.fonts.body === undefined ? {} : { body: { $value: theme.fonts.body } }),
        ...(heading === undefined ? {} : { heading: { $value: heading } }),
      };
    }
    return {
      $description: [
        `medspa-ui theme "${theme.name}", ${appearance}: every --msu-* value, checked against WCAG AA.`,
        ...notes.map((note) => `${note}.`),
      ].join(" "),
      msu,
    };
  };
  return { light: document("light"), dark: document("dark") };
}
