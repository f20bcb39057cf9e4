import type { AftercareItem, AftercareWindow } from "../../content/types";
import { formatNumberRange, type LocaleOption } from "../../i18n";
import type { AftercareChecklistMessages } from "./messages";

const hoursPerDay = 24;
const hoursPerWeek = 168;

/** The day after treatment that an hour falls on, as a patient counts: hours 0–23 are day 1. */
export function dayOf(hours: number): number {
  return Math.floor(hours / hoursPerDay) + 1;
}

export interface TimeWindowGroup {
  key: string;
  label: string;
  fromHours: number;
  untilHours: number | undefined;
  items: AftercareItem[];
}

function windowBounds(window: AftercareWindow | undefined): {
  from: number;
  until: number | undefined;
} {
  return { from: window?.fromHours ?? 0, until: window?.untilHours };
}

/**
 * A window as a patient counts it: "First 24 hours", "First 7 days", "Days 2–7", "From day 3",
 * "Until your next session" (no window).
 */
export function describeWindow(
  window: AftercareWindow | undefined,
  messages: AftercareChecklistMessages,
  locale: LocaleOption | undefined,
): string {
  const { from, until } = windowBounds(window);
  if (window === undefined || (window.fromHours === undefined && window.untilHours === undefined)) {
    return messages.untilNextSession;
  }
  if (until === undefined) {
    return messages.fromDay(dayOf(from));
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

/** Items grouped by identical window, ordered by start, then by end (open-ended last). */
export function groupByWindow(
  items: AftercareItem[],
  messages: AftercareChecklistMessages,
  locale: LocaleOption | undefined,
): TimeWindowGroup[] {
  const groups = new Map<string, TimeWindowGroup>();
  for (const item of items) {
    const { from, until } = windowBounds(item.window);
    const key = item.window === undefined ? "ongoing" : `${from}-${until ?? "open"}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        key,
        label: describeWindow(item.window, messages, locale),
        fromHours: from,
        untilHours: until,
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()].sort(
    (first, second) =>
      first.fromHours - second.fromHours ||
      (first.untilHours ?? Number.POSITIVE_INFINITY) -
        (second.untilHours ?? Number.POSITIVE_INFINITY),
  );
}

export type WindowTiming = "past" | "active" | "upcoming";

/** Where an item's window stands `elapsedHours` after treatment (ends are exclusive). */
export function timingOf(window: AftercareWindow | undefined, elapsedHours: number): WindowTiming {
  const { from, until } = windowBounds(window);
  if (elapsedHours < from) {
    return "upcoming";
  }
  if (until !== undefined && elapsedHours >= until) {
    return "past";
  }
  return "active";
}
