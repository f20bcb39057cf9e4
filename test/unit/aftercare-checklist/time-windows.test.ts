import { describe, expect, it } from "vitest";
import { aftercareChecklistMessages } from "../../../src/components/AftercareChecklist";
import { readCareItems } from "../../../src/components/AftercareChecklist/read-items";
import {
  describeTiming,
  groupByTiming,
  timingAt,
} from "../../../src/components/AftercareChecklist/time-windows";
import type { CareItem } from "../../../src/content/types";
import { frCA } from "../../../src/locales/fr-CA";

const en = aftercareChecklistMessages;

/** One care item with this timing (or old window), read as the checklist reads it. */
function item(timing: Pick<CareItem, "when" | "window">) {
  const [read] = readCareItems([{ id: "item", text: "Item", kind: "do", ...timing }]);
  if (read === undefined) {
    throw new Error("the item was skipped");
  }
  return read;
}

describe("describeTiming", () => {
  it.each([
    [undefined, "Until your next session"],
    [{}, "Until your next session"],
    [{ untilHours: 24 }, "First 24 hours"],
    [{ fromHours: 0, untilHours: 48 }, "First 48 hours"],
    [{ untilHours: 36 }, "First 36 hours"],
    [{ untilHours: 72 }, "First 3 days"],
    [{ untilHours: 168 }, "First week"],
    [{ untilHours: 336 }, "First 2 weeks"],
    [{ fromHours: 24, untilHours: 168 }, "Days 2–7"],
    [{ fromHours: 6, untilHours: 30 }, "Hours 6–30"],
    [{ fromHours: 48 }, "From day 3"],
  ])("should still call the older window %j %s", (window, label) => {
    expect(describeTiming(item(window === undefined ? {} : { window }), en, "en")).toBe(label);
  });

  it.each<[CareItem["when"], string]>([
    [{ from: { before: 6, unit: "months" } }, "From 6 months before"],
    [{ from: { before: 5, unit: "days" }, until: "treatment" }, "From 5 days before"],
    [{ from: { before: 1, unit: "days" } }, "The day before"],
    [{ from: { before: 24, unit: "hours" } }, "The day before"],
    [
      { from: { before: 2, unit: "weeks" }, until: { before: 1, unit: "weeks" } },
      "From 2 weeks to 1 week before",
    ],
    [
      { from: { before: 2, unit: "days" }, until: { after: 5, unit: "days" } },
      "From 2 days before to 5 days after",
    ],
    [{ on: "treatment-day" }, "On the day"],
    [{ until: { after: 24, unit: "hours" } }, "First 24 hours"],
    [{ until: { after: 7, unit: "days" } }, "First week"],
    [{ from: { after: 1, unit: "days" }, until: { after: 7, unit: "days" } }, "Days 2–7"],
    [{ until: { after: 3, unit: "months" } }, "First 3 months"],
    [
      { from: { after: 2, unit: "weeks" }, until: { after: 6, unit: "months" } },
      "From 2 weeks to 6 months after",
    ],
  ])("should call %j %s", (when, label) => {
    expect(describeTiming(item({ when }), en, "en")).toBe(label);
  });

  it("should speak French", () => {
    const fr = frCA.messages.aftercareChecklist;
    expect(describeTiming(item({ window: { fromHours: 24, untilHours: 168 } }), fr, frCA)).toBe(
      "Jours 2 à 7",
    );
    expect(describeTiming(item({ when: { from: { before: 5, unit: "days" } } }), fr, frCA)).toBe(
      "À partir de 5\u00a0jours avant",
    );
    expect(describeTiming(item({ when: { on: "treatment-day" } }), fr, frCA)).toBe(
      "Le jour du traitement",
    );
  });
});

describe("groupByTiming", () => {
  it("should order the timeline: months before, days before, the day, spanning, after", () => {
    const items = readCareItems([
      { id: "a", text: "A", kind: "do", when: { until: { after: 24, unit: "hours" } } },
      { id: "b", text: "B", kind: "do", when: { on: "treatment-day" } },
      { id: "c", text: "C", kind: "avoid", when: { from: { before: 5, unit: "days" } } },
      { id: "d", text: "D", kind: "avoid", when: { from: { before: 6, unit: "months" } } },
      {
        id: "e",
        text: "E",
        kind: "do",
        when: { from: { before: 2, unit: "days" }, until: { after: 5, unit: "days" } },
      },
      { id: "f", text: "F", kind: "do" },
    ]);
    expect(groupByTiming(items, en, "en").map((group) => group.label)).toEqual([
      "From 6 months before",
      "From 5 days before",
      "From 2 days before to 5 days after",
      "On the day",
      "First 24 hours",
      "Until your next session",
    ]);
  });
});

describe("timingAt", () => {
  const treatment = new Date(2026, 11, 10, 10, 0).getTime();
  const at = (month: number, day: number, hour = 12) => new Date(2026, month, day, hour).getTime();

  it("should start an older window at its first hour and end it before its last", () => {
    const window = item({ window: { fromHours: 24, untilHours: 48 } });
    const hours = (value: number) => treatment + value * 3_600_000;
    expect(timingAt(window, treatment, hours(23.99))).toBe("upcoming");
    expect(timingAt(window, treatment, hours(24))).toBe("active");
    expect(timingAt(window, treatment, hours(47.99))).toBe("active");
    expect(timingAt(window, treatment, hours(48))).toBe("past");
  });

  it("should count months before on the calendar and end preparation at the treatment", () => {
    const sixMonths = item({ when: { from: { before: 6, unit: "months" } } });
    expect(timingAt(sixMonths, treatment, new Date(2026, 5, 10, 9, 59).getTime())).toBe("upcoming");
    expect(timingAt(sixMonths, treatment, new Date(2026, 5, 10, 10, 0).getTime())).toBe("active");
    expect(timingAt(sixMonths, treatment, treatment)).toBe("past");
  });

  it("should make the day of treatment active from midnight to midnight", () => {
    const onDay = item({ when: { on: "treatment-day" } });
    expect(timingAt(onDay, treatment, at(11, 9, 23))).toBe("upcoming");
    expect(timingAt(onDay, treatment, at(11, 10, 0))).toBe("active");
    expect(timingAt(onDay, treatment, at(11, 10, 23))).toBe("active");
    expect(timingAt(onDay, treatment, at(11, 11, 0))).toBe("past");
  });

  it("should keep an open-ended timing active and no timing always active", () => {
    expect(timingAt(item({ window: { fromHours: 0 } }), treatment, at(11, 30))).toBe("active");
    expect(timingAt(item({}), treatment, treatment)).toBe("active");
  });
});
