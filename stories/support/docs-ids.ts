import { useId } from "react";

/**
 * On a docs page every story shares one document (the first even renders twice: as the primary
 * story and in the list), so ids built from the same content would repeat (`side-effect-redness`
 * once per render). In docs mode each render gets its own suffix; on its own canvas a story keeps
 * the ids a site would see. A hook: call it at the top of a story's render function.
 */
export function useDocsIdSuffix(context: { viewMode?: string }): string | undefined {
  const id = useId();
  return context.viewMode === "docs"
    ? `docs${id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/-$/, "")}`
    : undefined;
}
