// What the bench holds each measure to, and how it decides, kept apart from the measuring so a
// unit test can hold the rules (test/unit/bench/budgets.test.ts).

/**
 * How far each timing ratio moves between runs of the same code on this machine, with room to
 * spare (CONTRIBUTING "Performance" lists the runs: hydration at 6 side effects ranged 1.11–1.31,
 * toggles 0.95–1.00 and 0.77–0.84, server render within 0.02). A ratio misses its budget only
 * past the budget plus this, in two samples: a real regression (a layout forced in every click, a
 * second render of every item) moves a ratio further than the noise; a busy hour does not move it
 * that far twice.
 */
export const timingNoise = { serverRender: 0.1, hydration: 0.3, toggle: 0.15 };

/** Server render time per kB of HTML against a minimal Radix Accordion. */
export const serverRenderBudget = { ratio: 1.1, noise: timingNoise.serverRender };
/** Hydration against the same-DOM Radix twin. */
export const hydrationBudget = { ratio: 1.3, noise: timingNoise.hydration };
/** Toggle latency (p75) against the same-DOM Radix twin. */
export const toggleBudget = { ratio: 1.15, noise: timingNoise.toggle };
/** Layout shift: none at all. */
export const layoutShiftBudget = { max: 0 };

/** Whether a timing ratio is over its budget. */
export const overBudget = (budget, ratio) =>
  budget?.ratio !== undefined && ratio !== undefined && ratio > budget.ratio;

/**
 * Whether a timing ratio passes its budget by more than the noise, and so is worth measuring
 * again: one within the noise is "near" whatever a second sample says, so CI does not spend a
 * group's time again on it.
 */
export const pastNoise = (budget, ratio) =>
  overBudget(budget, ratio) && ratio > budget.ratio + (budget.noise ?? 0);

/**
 * The verdict on one measure: "ok" within budget; "near" when over, but within the noise in one
 * sample (printed, never a failure; a first sample within the noise is not measured again);
 * "ok on re-measure" when a first sample past the noise is followed by one within budget;
 * "MISSED" past budget + noise in both samples, or a count past its maximum; undefined for a
 * measure without a budget.
 * @param {{ budget: { ratio?: number, noise?: number, max?: number } | null, ours: number, ratio?: number, remeasured?: number }} row
 */
export function verdict({ budget, ours, ratio, remeasured }) {
  if (budget === null) {
    return undefined;
  }
  if (budget.max !== undefined) {
    return ours <= budget.max ? "ok" : "MISSED";
  }
  if (!overBudget(budget, ratio)) {
    return "ok";
  }
  if (!pastNoise(budget, ratio)) {
    return "near";
  }
  if (remeasured === undefined) {
    throw new Error("bench: a ratio over its budget needs a second sample before a verdict");
  }
  if (!overBudget(budget, remeasured)) {
    return "ok on re-measure";
  }
  return pastNoise(budget, remeasured) ? "MISSED" : "near";
}
