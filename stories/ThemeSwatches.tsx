import {
  type Appearance,
  type ColorToken,
  contrastPairs,
  contrastRatio,
  contrastRequirement,
  type Theme,
} from "../src/theme";

const variable = (token: ColorToken) => `var(--msu-color-${token})`;

/**
 * Every token pair a theme promises, drawn with the theme's real CSS variables (so axe in the
 * browser tests checks what the stylesheet produces) and labelled with the ratio computed in
 * JavaScript.
 */
export function ThemeSwatches({
  theme,
  appearance,
  title = theme.name,
}: {
  theme: Theme;
  appearance: Appearance;
  /** The heading's name for the theme. @default theme.name */
  title?: string;
}) {
  const palette = theme[appearance];
  return (
    <section
      data-msu-theme={theme.name === "default" ? undefined : theme.name}
      data-msu-appearance={appearance}
      style={{
        background: variable("surface"),
        color: variable("text"),
        padding: "1rem",
        borderRadius: "var(--msu-radius-md)",
        fontFamily: "var(--msu-font-body)",
      }}
    >
      <h3 style={{ fontFamily: "var(--msu-font-heading)", margin: "0 0 0.75rem" }}>
        {title} · {appearance}
      </h3>
      <table style={{ borderCollapse: "collapse", width: "100%" }}>
        <caption style={{ textAlign: "start", paddingBottom: "0.5rem" }}>
          Contrast of each pair (text needs {contrastRequirement.text}:1, UI and focus{" "}
          {contrastRequirement.ui}:1)
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: "start" }}>
              Sample
            </th>
            <th scope="col" style={{ textAlign: "start" }}>
              Pair
            </th>
            <th scope="col" style={{ textAlign: "end" }}>
              Ratio
            </th>
            <th scope="col" style={{ textAlign: "end" }}>
              WCAG AA
            </th>
          </tr>
        </thead>
        <tbody>
          {contrastPairs.map((pair) => {
            const ratio = contrastRatio(palette[pair.foreground], palette[pair.background]);
            const required = contrastRequirement[pair.kind];
            return (
              <tr key={`${pair.foreground}-${pair.background}`}>
                <td style={{ padding: "0.25rem 0" }}>
                  {pair.kind === "text" ? (
                    <span
                      style={{
                        color: variable(pair.foreground),
                        background: variable(pair.background),
                        padding: "0.25rem 0.75rem",
                        borderRadius: "var(--msu-radius-sm)",
                        display: "inline-block",
                        whiteSpace: "nowrap",
                      }}
                    >
                      Aa Sample
                    </span>
                  ) : (
                    <span
                      aria-hidden="true"
                      style={{
                        display: "inline-block",
                        width: "5.5rem",
                        height: "1.75rem",
                        background: variable(pair.background),
                        border: `3px solid ${variable(pair.foreground)}`,
                        borderRadius: "var(--msu-radius-sm)",
                      }}
                    />
                  )}
                </td>
                <td>
                  <code>{pair.foreground}</code> on <code>{pair.background}</code>
                </td>
                <td style={{ textAlign: "end" }}>{ratio.toFixed(2)}:1</td>
                <td style={{ textAlign: "end", whiteSpace: "nowrap" }}>
                  {ratio >= required ? "Pass" : <strong>Fail</strong>} ({required}:1)
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
