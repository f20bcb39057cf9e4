/** Thrown for theme input that cannot be used: unparseable colours, unknown presets, failing contrast. */
export class ThemeError extends Error {
  override readonly name = "ThemeError";
}

/**
 * A tokens file without a token for a part the theme needs (the brand colour): says which colour
 * tokens the file has, so the reader can name one. `option` is how the caller names a mapping:
 * `mapping.brand` (readDesignTokens), `tokenMapping.brand` (createTheme), `--map brand=<path>`
 * (the CLI).
 */
export class MissingTokenError extends ThemeError {
  constructor(
    readonly part: string,
    readonly colorTokens: readonly string[],
    option = `mapping.${part}`,
  ) {
    super(MissingTokenError.describe(part, colorTokens, option));
  }

  /** The same problem, told with another way to name the token. */
  withOption(option: string): MissingTokenError {
    return new MissingTokenError(this.part, this.colorTokens, option);
  }

  private static describe(part: string, colorTokens: readonly string[], option: string): string {
    const listed =
      colorTokens.length === 0
        ? "the file has no colour token"
        : `its colour tokens: ${colorTokens.slice(0, 12).join(", ")}${colorTokens.length > 12 ? `, and ${colorTokens.length - 12} more` : ""}`;
    return `no ${part} colour at the usual paths (see the Theming guide); ${listed}. Name the ${part} colour's token with ${option}`;
  }
}
