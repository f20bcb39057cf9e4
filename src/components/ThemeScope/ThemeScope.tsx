import type { ComponentProps } from "react";

export type ThemeAppearance = "light" | "dark" | "system";

export interface ThemeScopeProps extends ComponentProps<"div"> {
  /**
   * The theme for this subtree: a preset (`"rose-gold"`, `"clinical-blue"`, `"botanical-green"`) or
   * the `name` of a theme whose CSS (`themeToCss`) the site loads. Omit for the default theme.
   */
  theme?: string;
  /**
   * Forces light or dark for this subtree; `"system"` follows the visitor's setting.
   * @default "system"
   */
  appearance?: ThemeAppearance;
}

/**
 * Applies a brand theme and appearance to everything inside it, through attributes only (no
 * runtime `<style>`), so several brands can share one page. The same attributes work on any
 * element without this component.
 *
 * @selector [data-slot="theme-scope"]
 * @selector [data-msu-theme="<name>"] the theme
 * @selector [data-msu-appearance="light|dark"] a forced appearance
 */
export function ThemeScope({ theme, appearance = "system", ...props }: ThemeScopeProps) {
  return (
    <div
      data-slot="theme-scope"
      data-msu-theme={theme}
      data-msu-appearance={appearance === "system" ? undefined : appearance}
      {...props}
    />
  );
}
