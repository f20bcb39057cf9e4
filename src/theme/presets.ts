import { createTheme, type Theme, type ThemeInput } from "./create-theme";
import { ThemeError } from "./errors";

/** The brand inputs of the presets, for agencies to start from. */
export const presetInputs = {
  "rose-gold": {
    name: "rose-gold",
    brand: "#b76e79",
    accent: "#d8b48c",
    neutral: "#8c7b75",
    radius: 12,
    fonts: { heading: '"Cormorant Garamond", "Iowan Old Style", Georgia, serif' },
  },
  "clinical-blue": {
    name: "clinical-blue",
    brand: "#1d6fb8",
    accent: "#2a9d8f",
    neutral: "#64748b",
    radius: 4,
    fonts: { body: '"Inter", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  },
  "botanical-green": {
    name: "botanical-green",
    brand: "#4d7c4a",
    accent: "#c58b3c",
    neutral: "#7d7a66",
    radius: 16,
    fonts: { heading: '"Fraunces", Georgia, serif' },
  },
} as const satisfies Record<string, ThemeInput>;

export type PresetName = keyof typeof presetInputs;

export const presetNames = Object.keys(presetInputs) as PresetName[];

/** The theme used when no `data-msu-theme` is set. */
export const defaultThemeInput = {
  name: "default",
  brand: "#8a3b5c",
  accent: "#b5895a",
  radius: 8,
} as const satisfies ThemeInput;

/** A preset theme by name; throws a `ThemeError` listing the presets for an unknown name. */
export function getPreset(name: string): Theme {
  if (!Object.hasOwn(presetInputs, name)) {
    throw new ThemeError(`unknown preset "${name}"; presets: ${presetNames.join(", ")}`);
  }
  return createTheme({ ...presetInputs[name as PresetName], strict: true });
}
