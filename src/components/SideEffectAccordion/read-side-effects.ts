import type { SideEffect, SideEffectFrequency, SideEffectTier } from "../../content/types";
import {
  describeDurationRangeProblem,
  describeValue,
  frequencyValues,
  isNonEmptyText,
  isOneOf,
  isValidDurationRange,
  textItems,
  tierValues,
  warnAboutTextList,
} from "../../shared/content-checks";
import { warnInDevelopment } from "../../shared/development";
import { readContentList } from "../../shared/read-list";

const component = "SideEffectAccordion";

/** A side effect as the accordion renders it: everything checked, optional parts dropped if invalid. */
export interface RenderableSideEffect
  extends Omit<SideEffect, "frequency" | "selfCare" | "seekHelpIf" | "areas"> {
  frequency?: SideEffectFrequency;
  selfCare: string[];
  seekHelpIf: string[];
  /** The treated areas it concerns; empty for every area. */
  areas: string[];
}

const urgency: Record<SideEffectTier, number> = { urgent: 0, "contact-clinic": 1, expected: 2 };

/**
 * Reports a problem with the side effect at `index`. Call it inside `if (process.env.NODE_ENV !==
 * "production")`, so production bundles drop it and its words (a closure would stay: minifiers keep
 * unused local variables).
 */
function warn(index: number, problem: string): void {
  warnInDevelopment(component, `sideEffects[${index}]${problem}`);
}

/**
 * Keeps what can be rendered. An item without an id or a name, or with a duplicate id, is skipped
 * (the list skeleton); an unknown tier becomes "contact-clinic" (never silently calmer); invalid
 * optional parts are dropped. Each problem is one development warning naming its path.
 */
export function readSideEffects(
  sideEffects: unknown,
  order: "content" | "urgency",
): RenderableSideEffect[] {
  const items = readContentList(sideEffects, component, "sideEffects", "name", (raw, index) => {
    let tier: SideEffectTier = "contact-clinic";
    if (isOneOf(tierValues, raw.tier)) {
      tier = raw.tier;
    } else {
      if (process.env.NODE_ENV !== "production") {
        warn(
          index,
          `.tier ${describeValue(raw.tier)} is not one of ${tierValues.join(", ")}; shown as "contact-clinic"`,
        );
      }
    }
    let frequency: SideEffectFrequency | undefined;
    if (isOneOf(frequencyValues, raw.frequency)) {
      frequency = raw.frequency;
    } else {
      if (process.env.NODE_ENV !== "production") {
        warn(
          index,
          `.frequency ${describeValue(raw.frequency)} is not one of ${frequencyValues.join(", ")}; it is not shown`,
        );
      }
    }
    // The checks that only feed a warning sit inside the condition, so production drops them too.
    if (process.env.NODE_ENV !== "production") {
      if (!isNonEmptyText(raw.description)) {
        warn(index, ".description is empty; the item is shown without one");
      }
      for (const key of ["selfCare", "seekHelpIf", "areas"] as const) {
        warnAboutTextList(component, `sideEffects[${index}].${key}`, raw[key]);
      }
    }
    const item: RenderableSideEffect = {
      id: raw.id,
      name: raw.name as string,
      description: isNonEmptyText(raw.description) ? raw.description : "",
      tier,
      selfCare: textItems(raw.selfCare),
      seekHelpIf: textItems(raw.seekHelpIf),
      areas: textItems(raw.areas),
    };
    if (frequency !== undefined) {
      item.frequency = frequency;
    }
    for (const key of ["duration", "peak"] as const) {
      if (raw[key] === undefined) {
        continue;
      }
      const range = raw[key];
      if (isValidDurationRange(range)) {
        item[key] = range;
      } else if (process.env.NODE_ENV !== "production") {
        warn(index, `.${key} ${describeDurationRangeProblem(range)}; it is not shown`);
      }
    }
    return item;
  });
  return order === "urgency"
    ? [...items].sort((first, second) => urgency[first.tier] - urgency[second.tier])
    : items;
}
