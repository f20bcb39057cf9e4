import type { ReactNode } from "react";
import { presetNames } from "../../src/theme";

/**
 * Renders a story in every preset × light/dark, each on its own themed surface, so one story run
 * puts every brand through axe (colour contrast included) in Chromium.
 */
export function BrandMatrix({ children }: { children: (label: string) => ReactNode }) {
  return (
    <div className="msu-story-brand-matrix">
      {presetNames.flatMap((brand) =>
        (["light", "dark"] as const).map((appearance) => {
          const label = `${brand} · ${appearance}`;
          return (
            <section
              key={label}
              aria-label={label}
              data-msu-theme={brand}
              data-msu-appearance={appearance}
              className="msu-story-brand-cell"
            >
              {children(label)}
            </section>
          );
        }),
      )}
    </div>
  );
}
