import type { AftercareItem, AftercareKind } from "../../content/types";
import { isNonEmptyText, warnInDevelopment } from "../../shared";

const component = "AftercareChecklist";
const kinds: readonly AftercareKind[] = ["do", "avoid"];

const isHours = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0;

/**
 * Keeps the items that can be ticked: an id and text are required and ids are unique; an unknown
 * kind becomes "do"; a window that ends before it starts, or with non-numeric hours, is dropped
 * (the item shows without a window). Each problem is one development warning naming its path.
 */
export function readAftercareItems(items: unknown): AftercareItem[] {
  if (!Array.isArray(items)) {
    warnInDevelopment(component, "items must be a list; nothing is rendered");
    return [];
  }
  const seen = new Set<string>();
  const result: AftercareItem[] = [];
  items.forEach((raw: Partial<AftercareItem> | null, index) => {
    const warn = (problem: string) => warnInDevelopment(component, `items[${index}]${problem}`);
    if (typeof raw !== "object" || raw === null) {
      warn(" is not an aftercare item; it is skipped");
      return;
    }
    if (!isNonEmptyText(raw.id)) {
      warn(".id is empty; the item is skipped");
      return;
    }
    if (seen.has(raw.id)) {
      warn(`.id "${raw.id}" is a duplicate; the item is skipped`);
      return;
    }
    if (!isNonEmptyText(raw.text)) {
      warn(".text is empty; the item is skipped");
      return;
    }
    seen.add(raw.id);
    let kind = raw.kind as AftercareKind;
    if (!kinds.includes(kind)) {
      warn(`.kind ${JSON.stringify(raw.kind)} is not "do" or "avoid"; shown as "do"`);
      kind = "do";
    }
    const item: AftercareItem = { id: raw.id, text: raw.text, kind };
    if (isNonEmptyText(raw.details)) {
      item.details = raw.details;
    }
    if (raw.window !== undefined) {
      const { fromHours, untilHours } = raw.window ?? {};
      const valid =
        (fromHours === undefined || isHours(fromHours)) &&
        (untilHours === undefined || isHours(untilHours)) &&
        !(fromHours !== undefined && untilHours !== undefined && untilHours < fromHours);
      if (valid) {
        item.window = {
          ...(fromHours === undefined ? {} : { fromHours }),
          ...(untilHours === undefined ? {} : { untilHours }),
        };
      } else {
        warn(
          `.window ${JSON.stringify(raw.window)} is not a valid time window (untilHours must not be less than fromHours); the item is shown without one`,
        );
      }
    }
    result.push(item);
  });
  return result;
}
