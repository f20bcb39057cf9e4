import { describeValue, isNonEmptyText, isRecord, isSlug } from "./content-checks";
import { warnInDevelopment } from "./development";

/** A record of a content list that has a slug `id`, unique in its list, and its required text. */
export type ListRecord = Record<string, unknown> & { id: string };

/**
 * The list skeleton every reader of a content list shares (aftercare and preparation items, side
 * effects, suitability items): the value must be a list; each entry a record with a slug `id`, not
 * used before in the list, and non-empty text under `textKey`; anything else is skipped with one
 * development warning naming its path (`<path>[<index>].id`). `read` turns a record that passed
 * into the item (or undefined to skip it, having warned itself).
 *
 * The words sit behind `process.env.NODE_ENV !== "production"`, so production bundles keep only
 * the checks.
 */
export function readContentList<Item>(
  list: unknown,
  component: string,
  path: string,
  textKey: string,
  read: (record: ListRecord, index: number) => Item | undefined,
): Item[] {
  if (!Array.isArray(list)) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(component, `${path} must be a list; nothing is rendered from it`);
    }
    return [];
  }
  const seen = new Set<string>();
  const items: Item[] = [];
  list.forEach((raw: unknown, index) => {
    if (isRecord(raw) && isSlug(raw.id) && !seen.has(raw.id) && isNonEmptyText(raw[textKey])) {
      const item = read(raw as ListRecord, index);
      if (item !== undefined) {
        seen.add(raw.id);
        items.push(item);
      }
    } else if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        component,
        `${path}[${index}]${describeListProblem(raw, seen, textKey)}; the item is skipped`,
      );
    }
  });
  return items;
}

/** Why an entry fails the skeleton, for the development warning only. */
function describeListProblem(raw: unknown, seen: Set<string>, textKey: string): string {
  if (!isRecord(raw)) {
    return " is not an object";
  }
  if (!isSlug(raw.id)) {
    return `.id ${describeValue(raw.id)} is missing or not a slug`;
  }
  return seen.has(raw.id) ? `.id "${raw.id}" is a duplicate` : `.${textKey} is empty`;
}
