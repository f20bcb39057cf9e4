import type { AftercareWindow, CareMoment, CareTiming, DurationUnit } from "../content/types";
import { durationUnitValues, isCount, isOneOf, isRecord } from "./content-checks";

/**
 * The care timeline: where a care item's `when` starts and ends, in hours from the treatment
 * (negative before it). One set of rules for the zod schema and the components' readers.
 */

// Average lengths: they order items on the timeline. Dates a patient sees use the calendar.
// Whole numbers only: esbuild keeps an object holding `1 / 60` in every bundle that imports this
// module, used or not.
const minutesPerUnit: Record<DurationUnit, number> = {
  minutes: 1,
  hours: 60,
  days: 1440,
  weeks: 10_080,
  months: 43_830,
  years: 525_960,
};

/** A care item's place on the timeline: `until` is exclusive and undefined when open-ended. */
export interface CareSpan {
  from: number;
  until: number | undefined;
  /** `{ on: "treatment-day" }`: the calendar day of the treatment (from and until are 0). */
  onDay?: true;
}

/** Hours from the treatment to a valid moment: negative before it. */
export function momentHours(moment: CareMoment): number {
  if (moment === "treatment") {
    return 0;
  }
  const minutes = minutesPerUnit[moment.unit] / 60;
  return "before" in moment ? -moment.before * minutes : moment.after * minutes;
}

/** `"treatment"`, or `{ before, unit }` / `{ after, unit }` with one finite, non-negative number. */
export function isCareMoment(value: unknown): value is CareMoment {
  if (value === "treatment") {
    return true;
  }
  if (!isRecord(value) || !isOneOf(durationUnitValues, value.unit)) {
    return false;
  }
  return "before" in value ? !("after" in value) && isCount(value.before) : isCount(value.after);
}

/**
 * Where a `when` value sits on the timeline, or undefined when it is not a valid timing: a moment
 * that is not one, `on` other than "treatment-day" (or beside from/until), or an end before its
 * start. `undefined` and `{}` apply throughout: from the treatment, open-ended.
 */
export function careSpanOf(when: unknown): CareSpan | undefined {
  if (when === undefined) {
    return { from: 0, until: undefined };
  }
  if (!isRecord(when)) {
    return undefined;
  }
  const { on, from, until } = when;
  if (on !== undefined) {
    return on === "treatment-day" && from === undefined && until === undefined
      ? { from: 0, until: 0, onDay: true }
      : undefined;
  }
  if (
    (from !== undefined && !isCareMoment(from)) ||
    (until !== undefined && !isCareMoment(until))
  ) {
    return undefined;
  }
  const start = from === undefined ? 0 : momentHours(from);
  const end = until === undefined ? (start < 0 ? 0 : undefined) : momentHours(until);
  return end === undefined || end >= start ? { from: start, until: end } : undefined;
}

/** A moment as the development warnings write it: "5 days before", "the treatment". */
function describeMoment(moment: CareMoment): string {
  if (moment === "treatment") {
    return "the treatment";
  }
  const amount = "before" in moment ? moment.before : moment.after;
  // "1 day", "5 days": the unit names are plurals.
  const unit = amount === 1 ? moment.unit.slice(0, -1) : moment.unit;
  return `${amount} ${unit} ${"before" in moment ? "before" : "after"}`;
}

/** Why a `when` value is not a valid timing, or undefined when it is. For messages only. */
export function describeCareTimingProblem(when: unknown): string | undefined {
  if (careSpanOf(when) !== undefined) {
    return undefined;
  }
  if (!isRecord(when)) {
    return 'must be { on: "treatment-day" } or { from, until }';
  }
  if (when.on !== undefined) {
    return 'on must be "treatment-day", without from or until';
  }
  for (const key of ["from", "until"] as const) {
    if (when[key] !== undefined && !isCareMoment(when[key])) {
      return `${key} must be "treatment", { before: n, unit } or { after: n, unit } (n not negative; unit one of ${durationUnitValues.join(", ")})`;
    }
  }
  const from: CareMoment = (when.from as CareMoment | undefined) ?? "treatment";
  const until = when.until as CareMoment | undefined;
  return `until (${until === undefined ? "the treatment" : describeMoment(until)}) must not be earlier than from (${describeMoment(from)})`;
}

/** An aftercare `window` (hours after treatment, before `when` existed) as a `when`. */
export function windowToTiming({ fromHours, untilHours }: AftercareWindow): CareTiming {
  return {
    ...(fromHours === undefined ? {} : { from: { after: fromHours, unit: "hours" } }),
    ...(untilHours === undefined ? {} : { until: { after: untilHours, unit: "hours" } }),
  };
}
