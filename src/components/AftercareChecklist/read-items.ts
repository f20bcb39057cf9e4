import type { AftercareItem } from "../../content/types";
import {
  aftercareKindValues,
  describeValue,
  isCount,
  isNonEmptyText,
  isOneOf,
  isRecord,
  isSlug,
  warnInDevelopment,
} from "../../shared";

const component = "AftercareChecklist";

/**
 * Keeps the items that can be ticked: an id (a slug) and text are required and ids are unique; an
 * item whose kind is not "do" or "avoid" is skipped (guessing could tell a patient to do what they
 * must avoid); a window that is not an object, has non-numeric hours or ends before it starts is
 * dropped (the item shows without a window). Each problem is one development warning naming its path.
 */
/**
 * Reports a problem with the item at `index`. Call it inside `if (process.env.NODE_ENV !==
 * "production")`, so production bundles drop it and its words (a closure would stay: minifiers keep
 * unused local variables).
 */
function warn(index: number, problem: string): void {
  warnInDevelopment(component, `items[${index}]${problem}`);
}

export function readAftercareItems(items: unknown): AftercareItem[] {
  if (!Array.isArray(items)) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(component, "items must be a list; nothing is rendered");
    }
    return [];
  }
  const seen = new Set<string>();
  const result: AftercareItem[] = [];
  items.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) {
      if (process.env.NODE_ENV !== "production") {
        warn(index, " is not an aftercare item; it is skipped");
      }
      return;
    }
    if (!isSlug(raw.id)) {
      if (process.env.NODE_ENV !== "production") {
        warn(index, `.id ${describeValue(raw.id)} is missing or not a slug; the item is skipped`);
      }
      return;
    }
    if (seen.has(raw.id)) {
      if (process.env.NODE_ENV !== "production") {
        warn(index, `.id "${raw.id}" is a duplicate; the item is skipped`);
      }
      return;
    }
    if (!isNonEmptyText(raw.text)) {
      if (process.env.NODE_ENV !== "production") {
        warn(index, ".text is empty; the item is skipped");
      }
      return;
    }
    if (!isOneOf(aftercareKindValues, raw.kind)) {
      if (process.env.NODE_ENV !== "production") {
        warn(index, `.kind ${describeValue(raw.kind)} is not "do" or "avoid"; the item is skipped`);
      }
      return;
    }
    seen.add(raw.id);
    const item: AftercareItem = { id: raw.id, text: raw.text, kind: raw.kind };
    if (raw.details !== undefined) {
      if (isNonEmptyText(raw.details)) {
        item.details = raw.details;
      } else {
        if (process.env.NODE_ENV !== "production") {
          warn(index, ".details must be non-empty text; it is not shown");
        }
      }
    }
    if (raw.window !== undefined) {
      const window = readWindow(raw.window);
      if (window === undefined) {
        if (process.env.NODE_ENV !== "production") {
          warn(
            index,
            `.window ${describeValue(raw.window)} is not a valid time window ({ fromHours, untilHours }, hours not negative, untilHours not less than fromHours); the item is shown without one`,
          );
        }
      } else {
        item.window = window;
      }
    }
    result.push(item);
  });
  return result;
}

function readWindow(window: unknown): AftercareItem["window"] {
  if (!isRecord(window)) {
    return undefined;
  }
  const { fromHours, untilHours } = window;
  const valid =
    (fromHours === undefined || isCount(fromHours)) &&
    (untilHours === undefined || isCount(untilHours)) &&
    !(isCount(fromHours) && isCount(untilHours) && untilHours < fromHours);
  if (!valid) {
    return undefined;
  }
  return {
    ...(isCount(fromHours) ? { fromHours } : {}),
    ...(isCount(untilHours) ? { untilHours } : {}),
  };
}
