import type {
  AftercareKind,
  BookingVendor,
  DurationRange,
  DurationUnit,
  Numbing,
  ProcedurePhase,
  ProcedureType,
  Range,
  SideEffectFrequency,
  SideEffectTier,
} from "../content/types";
import { warnInDevelopment } from "./development";

/**
 * The content rules, in one place, without zod: the components' readers use them to check what a
 * CMS sends before rendering it, and the zod schemas of `medspa-ui/content` are built from the same
 * values and predicates (test/unit/content/agreement.test.ts holds both to one corpus).
 */

// The allowed values of every enumerated field of the content model, one constant each, so a
// component's bundle holds only the lists its reader checks.
export const durationUnitValues = [
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
] as const satisfies readonly DurationUnit[];
export const phaseValues = [
  "before",
  "during",
  "after",
] as const satisfies readonly ProcedurePhase[];
export const numbingValues = ["none", "topical", "local"] as const satisfies readonly Numbing[];
export const frequencyValues = [
  "very-common",
  "common",
  "uncommon",
  "rare",
] as const satisfies readonly SideEffectFrequency[];
export const tierValues = [
  "expected",
  "contact-clinic",
  "urgent",
] as const satisfies readonly SideEffectTier[];
export const aftercareKindValues = ["do", "avoid"] as const satisfies readonly AftercareKind[];
export const procedureTypeValues = [
  "noninvasive",
  "percutaneous",
] as const satisfies readonly ProcedureType[];
export const bookingVendorValues = [
  "calendly",
  "acuity",
  "boulevard",
  "zenoti",
  "mindbody",
  "jane",
  "generic",
] as const satisfies readonly BookingVendor[];

/** True when the value is one of the allowed values (a typo such as "calendy" is not). */
export function isOneOf<const Value extends string>(
  values: readonly Value[],
  value: unknown,
): value is Value {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** Ids are slugs: lowercase letters and digits in words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: unknown): value is string {
  return typeof value === "string" && slugPattern.test(value);
}

const isoDatePattern =
  /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** An ISO 8601 date (`2026-03-14`) or date-time whose calendar date exists (no 31 February). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") {
    return false;
  }
  const match = isoDatePattern.exec(value);
  if (match === null) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A finite number that is not negative: counts, hours, range bounds. */
export function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** A whole number of 1 or more: photo sizes in pixels, session counts. */
export function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}

/** A plain object (not null, not a list): what every record of the content model must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A value as it appears in a development warning. Never throws, whatever a CMS sent (a BigInt,
 * an object with a broken toJSON or toString), and keeps long values short.
 */
export function describeValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// Pure, so a bundle that never checks a duration drops it and the unit list.
const durationUnits = /* @__PURE__ */ new Set<unknown>(durationUnitValues);

export function isNonEmptyText(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

/** `min` and `max` finite, non-negative and in order. */
export function isValidRange(value: unknown): value is Range {
  if (!isRecord(value)) {
    return false;
  }
  const { min, max } = value;
  return isCount(min) && isCount(max) && max >= min;
}

export function isValidDurationRange(value: unknown): value is DurationRange {
  return isValidRange(value) && durationUnits.has((value as Partial<DurationRange>).unit);
}

/** The non-empty strings of a list that may hold anything, for optional text lists. */
export function textItems(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isNonEmptyText) : [];
}

/** Why an optional list of text is not shown whole, or undefined when it is. */
function describeTextListProblem(value: unknown): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!Array.isArray(value)) {
    return "must be a list of text; it is not shown";
  }
  return textItems(value).length === value.length
    ? undefined
    : "has empty or non-text entries; they are skipped";
}

/**
 * Warns when an optional list of text at `path` is not shown whole. Readers call it inside
 * `if (process.env.NODE_ENV !== "production")` and render `textItems(value)`, so production
 * bundles keep neither the check nor its words.
 */
export function warnAboutTextList(component: string, path: string, value: unknown): void {
  const problem = describeTextListProblem(value);
  if (problem !== undefined) {
    warnInDevelopment(component, `${path} ${problem}`);
  }
}

/** Why a range cannot be rendered, in the words of the content schema, or undefined when it can. */
export function describeRangeProblem(value: unknown): string | undefined {
  if (isValidRange(value)) {
    return undefined;
  }
  if (!isRecord(value)) {
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
  return durationUnits.has(unit)
    ? undefined
    : `unit ${describeValue(unit)} is not one of ${durationUnitValues.join(", ")}`;
}
