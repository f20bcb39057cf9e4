import type { AftercareKind } from "../../content/types";

export interface AftercareChecklistMessages {
  /** The title of a list of care after the treatment. */
  title: string;
  /** The title of a list whose items all start before or on the day of treatment. */
  preparationTitle: string;
  /** The title of a list that runs from before the treatment to after it. */
  careTitle: string;
  /** Read before each item by screen readers: "Do:" / "Avoid:". */
  kindPrefix: Record<AftercareKind, string>;
  /** The visible label of each item ("Do", "Avoid"), and the column headings in columns. */
  kindHeading: Record<AftercareKind, string>;
  /** Before an item for some areas only: "Lips:", "Lips and forehead:". */
  area: (areas: string) => string;
  /** The choice of areas, where some items are for one area: "Where were you treated?". */
  areasLegend: string;
  /** Under the choice: with none chosen, every area's items show. */
  areasHint: string;
  /** The choice for an area no item names: its items for every area only. */
  areasElsewhere: string;
  /** "2 of 5 done" */
  progress: (done: number, total: number) => string;
  allDone: string;
  reset: string;
  resetQuestion: string;
  resetConfirm: string;
  resetCancel: string;
  /** Window labels, given whole numbers. */
  firstHours: (hours: number) => string;
  firstDays: (days: number) => string;
  firstWeeks: (weeks: number) => string;
  days: (range: string) => string;
  hours: (range: string) => string;
  fromDay: (day: number) => string;
  untilNextSession: string;
  /** Timing labels before and around the day, given durations such as "5 days". */
  onTheDay: string;
  dayBefore: string;
  fromBefore: (duration: string) => string;
  betweenBefore: (from: string, until: string) => string;
  beforeToAfter: (from: string, until: string) => string;
  /** "First 3 months" (for durations not counted in hours, days or weeks). */
  firstPeriod: (duration: string) => string;
  betweenAfter: (from: string, until: string) => string;
  /** "Day 3 after your treatment" */
  dayAfterTreatment: (day: number) => string;
  treatmentUpcoming: (date: string) => string;
  treatmentToday: string;
  appliesNow: string;
  noLongerApplies: string;
  /** "Starts on day 3" */
  startsOnDay: (day: number) => string;
  /** Before the day: when an item starts, in whole calendar days from today (0 is today). */
  startsIn: (days: number) => string;
  /** An item before the day that started today. */
  fromToday: string;
  /** An item for the day of treatment, on that day. */
  today: string;
  /** The follow-up visit: its heading, when it is due, its dates, and how to book it. */
  followUpTitle: string;
  /** "Due 2 weeks after your treatment"; from zero, with `upTo` the upper end alone: "Due within 2 weeks of your treatment". */
  followUpDue: (duration: string, upTo?: string) => string;
  followUpDates: (from: string, until: string) => string;
  bookFollowUp: string;
  callToBook: (phone: string) => string;
  opensInNewTab: string;
  /** Print footer: "Questions? Call Lakeshore Aesthetics" */
  questions: (clinicName: string) => string;
}

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const aftercareChecklistMessages: AftercareChecklistMessages = {
  title: "Aftercare checklist",
  preparationTitle: "Preparing for your treatment",
  careTitle: "Your care checklist",
  kindPrefix: { do: "Do:", avoid: "Avoid:" },
  kindHeading: { do: "Do", avoid: "Avoid" },
  area: (areas) => `${areas}:`,
  areasLegend: "Where were you treated?",
  areasHint: "Choose to see only the care for those areas.",
  areasElsewhere: "Another area",
  progress: (done, total) => `${done} of ${total} done`,
  allDone: "All done. Well looked after!",
  reset: "Untick all",
  resetQuestion: "Untick every item on this device?",
  resetConfirm: "Yes, untick all",
  resetCancel: "Cancel",
  firstHours: (hours) => `First ${hours} hours`,
  firstDays: (days) => `First ${days} days`,
  firstWeeks: (weeks) => (weeks === 1 ? "First week" : `First ${weeks} weeks`),
  days: (range) => `Days ${range}`,
  hours: (range) => `Hours ${range}`,
  fromDay: (day) => `From day ${day}`,
  untilNextSession: "Until your next session",
  onTheDay: "On the day",
  dayBefore: "The day before",
  fromBefore: (duration) => `From ${duration} before`,
  betweenBefore: (from, until) => `From ${from} to ${until} before`,
  beforeToAfter: (from, until) => `From ${from} before to ${until} after`,
  firstPeriod: (duration) => `First ${duration}`,
  betweenAfter: (from, until) => `From ${from} to ${until} after`,
  dayAfterTreatment: (day) => `Day ${day} after your treatment`,
  treatmentUpcoming: (date) => `Your treatment is on ${date}`,
  treatmentToday: "Today is your treatment day",
  appliesNow: "Now",
  noLongerApplies: "No longer needed",
  startsOnDay: (day) => `Starts on day ${day}`,
  startsIn: (days) =>
    days === 0
      ? "Starts today"
      : days === 1
        ? "Starts tomorrow"
        : days < 14
          ? `Starts in ${days} days`
          : `Starts in ${Math.round(days / 7)} weeks`,
  fromToday: "From today",
  today: "Today",
  followUpTitle: "Your follow-up visit",
  followUpDue: (duration, upTo) =>
    upTo === undefined
      ? `Due ${duration} after your treatment`
      : `Due within ${upTo} of your treatment`,
  followUpDates: (from, until) =>
    from === until ? `Around ${from}` : `Between ${from} and ${until}`,
  bookFollowUp: "Book your follow-up",
  callToBook: (phone) => `Call ${phone} to book`,
  opensInNewTab: "(opens in a new tab)",
  questions: (clinicName) => `Questions? Call ${clinicName}`,
};
