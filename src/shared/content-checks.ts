import type { DurationRange, Range } from "../content/types";

/**
 * Small structural checks for components, which must not import zod (validation is its own entry
 * point). They mirror the rules of `medspa-ui/content`'s schemas for the fields a component renders.
 */

const durationUnits = new Set(["minutes", "hours", "days", "weeks"]);

export function isNonEmptyText(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

/** `min` and `max` finite, non-negative and in order. */
export function isValidRange(value: unknown): value is Range {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const { min, max } = value as Partial<Range>;
  return (
    typeof min === "number" &&
    typeof max === "number" &&
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    min >= 0 &&
    max >= min
  );
}

export function isValidDurationRange(value: unknown): value is DurationRange {
  return isValidRange(value) && durationUnits.has((value as Partial<DurationRange>).unit as string);
}

/** The non-empty strings of a list that may hold anything, for optional text lists. */
export function textItems(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isNonEmptyText) : [];
}

/** The list when it is an array, else an empty list. */
export function listOf<Item>(value: Item[] | undefined | null): Item[] {
  return Array.isArray(value) ? value : [];
}

/** Why a range cannot be rendered, in the words of the content schema, or undefined when it can. */
export function describeRangeProblem(value: unknown): string | undefined {
  if (isValidRange(value)) {
    return undefined;
  }
  if (typeof value !== "object" || value === null) {
    return "is not a { min, max } range";
  }
  const { min, max } = value as Partial<Range>;
  if (
    typeof min !== "number" ||
    typeof max !== "number" ||
    !Number.isFinite(min) ||
    !Number.isFinite(max)
  ) {
    return "min and max must be finite numbers";
  }
  if (min < 0) {
    return `min (${min}) must not be negative`;
  }
  return `max (${max}) is less than min (${min})`;
}

/** Why a duration range cannot be rendered, or undefined when it can. */
export function describeDurationRangeProblem(value: unknown): string | undefined {
  const rangeProblem = describeRangeProblem(value);
  if (rangeProblem !== undefined) {
    return rangeProblem;
  }
  const unit = (value as Partial<DurationRange>).unit;
  return durationUnits.has(unit as string)
    ? undefined
    : `unit ${JSON.stringify(unit)} is not one of minutes, hours, days, weeks`;
}
