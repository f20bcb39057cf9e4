export { type ThemeAppearance, ThemeScope, type ThemeScopeProps } from "./ThemeScope";
