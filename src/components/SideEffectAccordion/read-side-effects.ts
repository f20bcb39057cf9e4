import type { SideEffect, SideEffectFrequency, SideEffectTier } from "../../content/types";
import {
  describeDurationRangeProblem,
  isNonEmptyText,
  textItems,
  warnInDevelopment,
} from "../../shared";

const component = "SideEffectAccordion";
const tiers: readonly SideEffectTier[] = ["expected", "contact-clinic", "urgent"];
const frequencies: readonly SideEffectFrequency[] = ["very-common", "common", "uncommon", "rare"];

/** A side effect as the accordion renders it: everything checked, optional parts dropped if invalid. */
export interface RenderableSideEffect
  extends Omit<SideEffect, "frequency" | "selfCare" | "seekHelpIf"> {
  frequency?: SideEffectFrequency;
  selfCare: string[];
  seekHelpIf: string[];
}

const urgency: Record<SideEffectTier, number> = { urgent: 0, "contact-clinic": 1, expected: 2 };

/**
 * Keeps what can be rendered. An item without an id or a name, or with a duplicate id, is skipped;
 * an unknown tier becomes "contact-clinic" (never silently calmer); invalid optional parts are
 * dropped. Each problem is one development warning naming its path.
 */
export function readSideEffects(
  sideEffects: unknown,
  order: "content" | "urgency",
): RenderableSideEffect[] {
  if (!Array.isArray(sideEffects)) {
    warnInDevelopment(component, "sideEffects must be a list; nothing is rendered");
    return [];
  }
  const seen = new Set<string>();
  const items: RenderableSideEffect[] = [];
  sideEffects.forEach((raw: Partial<SideEffect> | null, index) => {
    const path = `sideEffects[${index}]`;
    const warn = (problem: string) => warnInDevelopment(component, `${path}${problem}`);
    if (typeof raw !== "object" || raw === null) {
      warn(" is not a side effect; it is skipped");
      return;
    }
    if (!isNonEmptyText(raw.id) || !/^[A-Za-z0-9_-]+$/.test(raw.id)) {
      warn(`.id ${JSON.stringify(raw.id)} is missing or not a slug; the item is skipped`);
      return;
    }
    if (seen.has(raw.id)) {
      warn(`.id "${raw.id}" is a duplicate; the item is skipped`);
      return;
    }
    if (!isNonEmptyText(raw.name)) {
      warn(".name is empty; the item is skipped");
      return;
    }
    seen.add(raw.id);
    let tier = raw.tier as SideEffectTier;
    if (!tiers.includes(tier)) {
      warn(
        `.tier ${JSON.stringify(raw.tier)} is not one of ${tiers.join(", ")}; shown as "contact-clinic"`,
      );
      tier = "contact-clinic";
    }
    const frequency = frequencies.includes(raw.frequency as SideEffectFrequency)
      ? raw.frequency
      : undefined;
    if (frequency === undefined && raw.frequency !== undefined) {
      warn(
        `.frequency ${JSON.stringify(raw.frequency)} is not one of ${frequencies.join(", ")}; it is not shown`,
      );
    }
    const item: RenderableSideEffect = {
      id: raw.id,
      name: raw.name,
      description: isNonEmptyText(raw.description) ? raw.description : "",
      tier,
      selfCare: textItems(raw.selfCare),
      seekHelpIf: textItems(raw.seekHelpIf),
    };
    if (frequency !== undefined) {
      item.frequency = frequency;
    }
    for (const key of ["duration", "peak"] as const) {
      if (raw[key] === undefined) {
        continue;
      }
      const problem = describeDurationRangeProblem(raw[key]);
      if (problem === undefined) {
        item[key] = raw[key];
      } else {
        warn(`.${key} ${problem}; it is not shown`);
      }
    }
    items.push(item);
  });
  return order === "urgency"
    ? [...items].sort((first, second) => urgency[first.tier] - urgency[second.tier])
    : items;
}
