export { contrastRatio, parseColor, type Rgb, relativeLuminance, toHex } from "./color";
export {
  type ContrastFailure,
  checkContrast,
  createTheme,
  describeContrastFailure,
  type Theme,
  type ThemeFonts,
  type ThemeInput,
} from "./create-theme";
export { type ThemeToCssOptions, themeToCss } from "./css";
export { MissingTokenError, ThemeError } from "./errors";
export {
  type Appearance,
  type ColorToken,
  colorTokens,
  contrastPairs,
  contrastRequirement,
  type Palette,
} from "./palette";
export {
  defaultThemeInput,
  getPreset,
  type PresetName,
  presetInputs,
  presetNames,
} from "./presets";
export {
  type DesignTokenMapping,
  type DesignTokens,
  defaultDesignTokenMapping,
  type ReadDesignTokensOptions,
  readDesignTokens,
  themeToTokens,
} from "./tokens";
