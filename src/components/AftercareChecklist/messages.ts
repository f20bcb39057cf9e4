import type { AftercareKind } from "../../content/types";

export interface AftercareChecklistMessages {
  title: string;
  /** Read before each item by screen readers: "Do:" / "Avoid:". */
  kindPrefix: Record<AftercareKind, string>;
  /** The visible label of each item ("Do", "Avoid"), and the column headings in columns. */
  kindHeading: Record<AftercareKind, string>;
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
  /** "Day 3 after your treatment" */
  dayAfterTreatment: (day: number) => string;
  treatmentUpcoming: (date: string) => string;
  appliesNow: string;
  noLongerApplies: string;
  /** "Starts on day 3" */
  startsOnDay: (day: number) => string;
  /** Print footer: "Questions? Call Lakeshore Aesthetics" */
  questions: (clinicName: string) => string;
}

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const aftercareChecklistMessages: AftercareChecklistMessages = {
  title: "Aftercare checklist",
  kindPrefix: { do: "Do:", avoid: "Avoid:" },
  kindHeading: { do: "Do", avoid: "Avoid" },
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
  dayAfterTreatment: (day) => `Day ${day} after your treatment`,
  treatmentUpcoming: (date) => `Your treatment is on ${date}`,
  appliesNow: "Now",
  noLongerApplies: "No longer needed",
  startsOnDay: (day) => `Starts on day ${day}`,
  questions: (clinicName) => `Questions? Call ${clinicName}`,
};
