/** Thrown for theme input that cannot be used: unparseable colours, unknown presets, failing contrast. */
export class ThemeError extends Error {
  override readonly name = "ThemeError";
}
