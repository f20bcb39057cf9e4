import { useMemo } from "react";
import { textItems } from "./content-checks";

// Care for one treated area: lip filler's "no straws", a forehead's "no tight hat". An item lists
// the areas it is for (`areas`); a page passes the areas this patient had treated. Names are
// matched as patients and clinics write them, whatever the case or the spaces around them.

const areaKey = (area: string) => area.trim().toLocaleLowerCase();

/**
 * Whether an item is for this patient: an item for every area (no areas listed) always is; one for
 * some areas is when the patient had one of them treated, or when the patient's areas are unknown.
 */
export function isForAreas(
  itemAreas: readonly string[],
  patientAreas: readonly string[] | undefined,
): boolean {
  if (itemAreas.length === 0 || patientAreas === undefined) {
    return true;
  }
  const treated = new Set(patientAreas.map(areaKey));
  return itemAreas.some((area) => treated.has(areaKey(area)));
}

/** The areas items are for, in the order they first appear, each once. */
export function areasOf(items: ReadonlyArray<{ areas: readonly string[] }>): string[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    for (const area of item.areas) {
      if (!seen.has(areaKey(area))) {
        seen.set(areaKey(area), area.trim());
      }
    }
  }
  return [...seen.values()];
}

/**
 * The patient's areas as a component reads its `areas` prop: the names that are text, the same
 * array from render to render while they do not change (a new array literal each render would
 * otherwise filter the items again); undefined, every area, when the prop is not a list.
 */
export function usePatientAreas(areas: unknown): string[] | undefined {
  const key = Array.isArray(areas) ? JSON.stringify(textItems(areas)) : undefined;
  return useMemo(() => (key === undefined ? undefined : (JSON.parse(key) as string[])), [key]);
}
