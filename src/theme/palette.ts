/** Every colour token a theme defines, as `--msu-color-<token>`. */
export const colorTokens = [
  "brand",
  "on-brand",
  "brand-strong",
  "brand-text",
  "brand-border",
  "accent",
  "on-accent",
  "surface",
  "surface-raised",
  "text",
  "text-muted",
  "border",
  "border-subtle",
  "focus",
  "tier-expected",
  "tier-expected-surface",
  "tier-contact-clinic",
  "tier-contact-clinic-surface",
  "tier-urgent",
  "tier-urgent-surface",
  "do",
  "avoid",
] as const;

export type ColorToken = (typeof colorTokens)[number];

/** Hex colours for every token, for one appearance. */
export type Palette = Record<ColorToken, string>;

export type Appearance = "light" | "dark";

/** WCAG 2.2 AA thresholds: 1.4.3 text, 1.4.11 non-text (UI components, focus indicators). */
export const contrastRequirement = { text: 4.5, ui: 3 } as const;

export interface ContrastPair {
  foreground: ColorToken;
  background: ColorToken;
  kind: keyof typeof contrastRequirement;
}

const textOn = (background: ColorToken, ...foregrounds: ColorToken[]): ContrastPair[] =>
  foregrounds.map((foreground) => ({ foreground, background, kind: "text" }));
const uiOn = (background: ColorToken, ...foregrounds: ColorToken[]): ContrastPair[] =>
  foregrounds.map((foreground) => ({ foreground, background, kind: "ui" }));

/** Every pair the components put together, with the WCAG rule it must meet. */
export const contrastPairs: readonly ContrastPair[] = [
  ...textOn(
    "surface",
    "text",
    "text-muted",
    "brand-text",
    "tier-expected",
    "tier-contact-clinic",
    "tier-urgent",
    "do",
    "avoid",
  ),
  ...textOn("surface-raised", "text", "text-muted", "brand-text"),
  ...textOn("brand", "on-brand"),
  ...textOn("brand-strong", "on-brand"),
  ...textOn("accent", "on-accent"),
  ...textOn("tier-expected-surface", "tier-expected", "text"),
  ...textOn("tier-contact-clinic-surface", "tier-contact-clinic", "text"),
  ...textOn("tier-urgent-surface", "tier-urgent", "text"),
  ...uiOn("surface", "border", "focus", "brand-border"),
  ...uiOn("surface-raised", "border", "focus", "brand-border"),
];
