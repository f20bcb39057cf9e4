import { describe, expect, it } from "vitest";
import { aftercareChecklistMessages } from "../../../src/components/AftercareChecklist";
import { describeWindow, timingOf } from "../../../src/components/AftercareChecklist/time-windows";
import { frCA } from "../../../src/locales/fr-CA";

const en = aftercareChecklistMessages;

describe("describeWindow", () => {
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
  ])("should call %j %s", (window, label) => {
    expect(describeWindow(window, en, "en")).toBe(label);
  });

  it("should speak French", () => {
    expect(
      describeWindow({ fromHours: 24, untilHours: 168 }, frCA.messages.aftercareChecklist, frCA),
    ).toBe("Jours 2 à 7");
  });
});

describe("timingOf", () => {
  it("should start a window at its first hour and end it before its last", () => {
    const window = { fromHours: 24, untilHours: 48 };
    expect(timingOf(window, 23.99)).toBe("upcoming");
    expect(timingOf(window, 24)).toBe("active");
    expect(timingOf(window, 47.99)).toBe("active");
    expect(timingOf(window, 48)).toBe("past");
  });

  it("should keep an open-ended window active and no window always active", () => {
    expect(timingOf({ fromHours: 0 }, 10_000)).toBe("active");
    expect(timingOf(undefined, 0)).toBe("active");
  });
});
