import type { CareMoment, CareTiming } from "../../content/types";
import { formatDurationRange, formatIsoDate, formatNumberRange } from "../../i18n/format";
import type { LocaleOption } from "../../i18n/locale";
import { type CareSpan, momentHours } from "../../shared/care-timing";
import type { AftercareChecklistMessages } from "./messages";
import type { RenderableCareItem } from "./read-items";

const hoursPerDay = 24;
const hoursPerWeek = 168;
export const millisecondsPerHour = 3_600_000;

/** The day after treatment that an hour falls on, as a patient counts: hours 0–23 are day 1. */
export function dayOf(hours: number): number {
  return Math.floor(hours / hoursPerDay) + 1;
}

/** What a group of the checklist needs: a timing, as authored, and its place on the timeline. */
export type Timed = Pick<RenderableCareItem, "when" | "span">;

export interface TimelineGroup {
  key: string;
  label: string;
  span: CareSpan;
  items: RenderableCareItem[];
}

/** "5 days", "6 months": how far a moment lies from the treatment. */
function distance(moment: CareMoment | undefined, locale: LocaleOption | undefined): string {
  if (moment === undefined || moment === "treatment") {
    return "";
  }
  const amount = "before" in moment ? moment.before : moment.after;
  return formatDurationRange({ min: amount, max: amount, unit: moment.unit }, locale);
}

/** True when every moment of the timing is written in hours, days or weeks (exact in hours). */
function inExactUnits(when: CareTiming): boolean {
  return [(when as { from?: CareMoment }).from, (when as { until?: CareMoment }).until].every(
    (moment) =>
      moment === undefined ||
      moment === "treatment" ||
      moment.unit === "hours" ||
      moment.unit === "days" ||
      moment.unit === "weeks",
  );
}

/**
 * A timing as a patient counts it. Before the day: "From 6 months before", "The day before",
 * "From 2 weeks to 1 week before", "From 2 days before to 5 days after"; "On the day"; after it:
 * "First 24 hours", "First week", "Days 2–7", "From day 3", "First 3 months"; no timing: "Until
 * your next session".
 */
export function describeTiming(
  { when, span }: Timed,
  messages: AftercareChecklistMessages,
  locale: LocaleOption | undefined,
): string {
  const { from, until } = span;
  if (span.onDay) {
    return messages.onTheDay;
  }
  const authored = (when ?? {}) as { from?: CareMoment; until?: CareMoment };
  if (authored.from === undefined && authored.until === undefined) {
    return messages.untilNextSession;
  }
  if (from < 0) {
    if (until === 0) {
      return from === -hoursPerDay
        ? messages.dayBefore
        : messages.fromBefore(distance(authored.from, locale));
    }
    return (until ?? 0) < 0
      ? messages.betweenBefore(distance(authored.from, locale), distance(authored.until, locale))
      : messages.beforeToAfter(distance(authored.from, locale), distance(authored.until, locale));
  }
  if (until === undefined) {
    return messages.fromDay(dayOf(from));
  }
  if (!inExactUnits(when as CareTiming)) {
    return from === 0
      ? messages.firstPeriod(distance(authored.until, locale))
      : messages.betweenAfter(distance(authored.from, locale), distance(authored.until, locale));
  }
  if (from === 0) {
    if (until <= 48 || until % hoursPerDay !== 0) {
      return messages.firstHours(until);
    }
    return until % hoursPerWeek === 0
      ? messages.firstWeeks(until / hoursPerWeek)
      : messages.firstDays(until / hoursPerDay);
  }
  if (from % hoursPerDay === 0 && until % hoursPerDay === 0) {
    return messages.days(formatNumberRange({ min: dayOf(from), max: until / hoursPerDay }, locale));
  }
  return messages.hours(formatNumberRange({ min: from, max: until }, locale));
}

/** Items grouped by identical timing, in timeline order: by start, then by end (open last). */
export function groupByTiming(
  items: RenderableCareItem[],
  messages: AftercareChecklistMessages,
  locale: LocaleOption | undefined,
): TimelineGroup[] {
  const groups = new Map<string, TimelineGroup>();
  for (const item of items) {
    const { from, until, onDay } = item.span;
    const key = onDay ? "day" : item.when === undefined ? "ongoing" : `${from}-${until ?? "open"}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, label: describeTiming(item, messages, locale), span: item.span, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()].sort(compareSpans);
}

/** Timeline order: by start, then by end (open-ended last). */
function compareSpans(first: { span: CareSpan }, second: { span: CareSpan }): number {
  return (
    first.span.from - second.span.from ||
    (first.span.until ?? Number.POSITIVE_INFINITY) - (second.span.until ?? Number.POSITIVE_INFINITY)
  );
}

/** The local calendar day of a time, as a whole number of days: differences count midnights. */
export function calendarDay(time: number): number {
  const date = new Date(time);
  return (
    Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) /
    (hoursPerDay * millisecondsPerHour)
  );
}

/**
 * The local calendar date of a time, written in the locale: "December 3, 2026"; undefined past
 * the dates JavaScript can hold (a follow-up "in 3 million months" from a CMS).
 */
export function formatLocalDate(
  time: number,
  locale: LocaleOption | undefined,
): string | undefined {
  const date = new Date(calendarDay(time) * hoursPerDay * millisecondsPerHour);
  return Number.isNaN(date.getTime()) ? undefined : formatIsoDate(date.toISOString(), locale);
}

/** When a moment falls, for a treatment at `treatment` (ms): months and years on the calendar. */
export function momentTime(moment: CareMoment, treatment: number): number {
  if (moment !== "treatment" && (moment.unit === "months" || moment.unit === "years")) {
    const amount = "before" in moment ? -moment.before : moment.after;
    const months = moment.unit === "years" ? amount * 12 : amount;
    if (Number.isInteger(months)) {
      const date = new Date(treatment);
      date.setMonth(date.getMonth() + months);
      return date.getTime();
    }
  }
  return treatment + momentHours(moment) * millisecondsPerHour;
}

/** When an item starts and stops applying (`end` exclusive, undefined when open). */
export function spanTimes(
  { when, span }: Timed,
  treatment: number,
): { start: number; end: number | undefined } {
  if (span.onDay) {
    const date = new Date(treatment);
    return {
      start: new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime(),
      end: new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime(),
    };
  }
  const { from, until } = (when ?? {}) as { from?: CareMoment; until?: CareMoment };
  return {
    start: from === undefined ? treatment : momentTime(from, treatment),
    end:
      until !== undefined
        ? momentTime(until, treatment)
        : span.until === undefined
          ? undefined
          : treatment + span.until * millisecondsPerHour,
  };
}

export type WindowTiming = "past" | "active" | "upcoming";

/** Where an item stands at `now` for a treatment at `treatment` (both ms; ends are exclusive). */
export function timingAt(item: Timed, treatment: number, now: number): WindowTiming {
  const { start, end } = spanTimes(item, treatment);
  if (now < start) {
    return "upcoming";
  }
  return end !== undefined && now >= end ? "past" : "active";
}
