import type { ComponentProps } from "react";
import { warnInDevelopment } from "./development";

/** A heading level a component's top heading may take. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The level given, or the fallback with a development warning when it is not 2–6 (level 1 is
 * the page's own title, never a component's).
 */
export function readHeadingLevel(
  level: unknown,
  fallback: HeadingLevel,
  component: string,
): HeadingLevel {
  if (level === undefined) {
    return fallback;
  }
  if (typeof level === "number" && Number.isInteger(level) && level >= 2 && level <= 6) {
    return level as HeadingLevel;
  }
  if (process.env.NODE_ENV !== "production") {
    warnInDevelopment(
      component,
      `headingLevel must be 2, 3, 4, 5 or 6, got ${JSON.stringify(level)}; using ${fallback}`,
    );
  }
  return fallback;
}

export interface HeadingProps extends ComponentProps<"h2"> {
  /** Outline level; past 6, HTML has no element, so an ARIA heading of that level is rendered. */
  level: number;
}

/** `<h2>`–`<h6>`, or `<div role="heading" aria-level="7+">` where a nested section goes deeper than h6. */
export function Heading({ level, ...props }: HeadingProps) {
  if (level <= 6) {
    const Tag = `h${level as HeadingLevel}` as const;
    return <Tag {...props} />;
  }
  // HTML has no <h7>; ARIA headings go deeper (https://www.w3.org/TR/wai-aria-1.2/#aria-level).
  // biome-ignore lint/a11y/useSemanticElements: there is no semantic element for level 7+.
  return <div role="heading" aria-level={level} {...props} />;
}
