import fc from "fast-check";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProcedureExplainer } from "../../../src/components/ProcedureExplainer";
import { examples } from "../../../src/content/examples";
import type { DurationUnit } from "../../../src/content/types";
import {
  englishFormat,
  formatCountRange,
  formatDurationRange,
  formatIsoDate,
  formatList,
  formatNumberRange,
  intlFormat,
  localeTag,
  resolveMessages,
} from "../../../src/i18n";
import { frCA } from "../../../src/locales/fr-CA";
import { durationUnitValues } from "../../../src/shared";
import { expectConsole } from "../../support/console";

describe("formatDurationRange", () => {
  it("should format a range with the unit's plural from Intl", () => {
    expect(formatDurationRange({ min: 30, max: 60, unit: "minutes" }, "en")).toBe("30–60 minutes");
    expect(formatDurationRange({ min: 24, max: 48, unit: "hours" }, "en")).toBe("24–48 hours");
  });

  it("should format a single value without a range", () => {
    expect(formatDurationRange({ min: 1, max: 1, unit: "days" }, "en")).toBe("1 day");
    expect(formatDurationRange({ min: 2, max: 2, unit: "weeks" }, "en")).toBe("2 weeks");
  });

  it("should join French ranges with « à » and a no-break space before the unit", () => {
    expect(formatDurationRange({ min: 30, max: 60, unit: "minutes" }, frCA)).toBe(
      "30 à 60\u00a0minutes",
    );
    expect(formatDurationRange({ min: 1, max: 2, unit: "days" }, frCA)).toBe("1 à 2\u00a0jours");
    expect(formatDurationRange({ min: 1, max: 1, unit: "weeks" }, frCA)).toBe("1\u00a0semaine");
  });
});

describe("given a range from zero", () => {
  it("should read as a patient reads it: up to its upper end, in the singular for one", () => {
    expect(formatDurationRange({ min: 0, max: 1, unit: "days" }, "en")).toBe("up to 1 day");
    expect(formatDurationRange({ min: 0, max: 48, unit: "hours" }, "en")).toBe("up to 48 hours");
    expect(formatCountRange({ min: 0, max: 1 }, "en")).toBe("up to 1 session");
    expect(formatCountRange({ min: 0, max: 2 }, "en", { one: "visit", other: "visits" })).toBe(
      "up to 2 visits",
    );
    expect(formatNumberRange({ min: 0, max: 3 }, "en")).toBe("up to 3");
  });

  it("should read « jusqu'à » in French", () => {
    expect(formatDurationRange({ min: 0, max: 1, unit: "days" }, frCA)).toBe("jusqu'à 1\u00a0jour");
    expect(formatDurationRange({ min: 0, max: 2, unit: "weeks" }, frCA)).toBe(
      "jusqu'à 2\u00a0semaines",
    );
    expect(formatCountRange({ min: 0, max: 1 }, frCA)).toBe("jusqu'à 1 séance");
    expect(formatNumberRange({ min: 0, max: 3 }, frCA)).toBe("jusqu'à 3");
  });

  it("should keep zero as a value and the range of a locale without the words for it", () => {
    expect(formatDurationRange({ min: 0, max: 0, unit: "days" }, "en")).toBe("0 days");
    const spanish = intlFormat("es-US", {
      rangeConnector: " a ",
      session: { one: "sesión", other: "sesiones" },
    });
    expect(spanish.duration({ min: 0, max: 1, unit: "days" })).toBe("0 a 1 días");
  });
});

describe("formatCountRange", () => {
  it("should choose the noun by plural rules", () => {
    expect(formatCountRange({ min: 1, max: 1 }, "en")).toBe("1 session");
    expect(formatCountRange({ min: 3, max: 6 }, "en")).toBe("3–6 sessions");
    expect(formatCountRange({ min: 3, max: 6 }, frCA)).toBe("3 à 6 séances");
    expect(formatCountRange({ min: 1, max: 1 }, frCA)).toBe("1 séance");
  });

  it("should use the nouns it is given", () => {
    expect(formatCountRange({ min: 2, max: 2 }, "en", { one: "visit", other: "visits" })).toBe(
      "2 visits",
    );
  });

  it("should group thousands per locale", () => {
    expect(formatNumberRange({ min: 1000, max: 1000 }, "en")).toBe("1,000");
  });
});

describe("formatIsoDate", () => {
  it("should format an ISO day in the locale's long style, whatever the time zone", () => {
    expect(formatIsoDate("2026-03-14", "en")).toBe("March 14, 2026");
    expect(formatIsoDate("2026-03-14", frCA)).toBe("14 mars 2026");
  });

  it("should return text it cannot read as it was given", () => {
    expect(formatIsoDate("soon", "en")).toBe("soon");
  });
});

describe("localeTag", () => {
  it("should format in the bundle's locale, and in English for English tags", () => {
    expect(localeTag(frCA)).toBe("fr-CA");
    expect(localeTag("en-GB")).toBe("en");
    expect(localeTag(undefined)).toBe("en");
  });

  it("should fall back to English and say how to load a language without its bundle", () => {
    const warn = expectConsole("warn");
    expect(localeTag("fr-CA")).toBe("en");
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('import { frCA } from "medspa-ui/locales/fr-CA"'),
    );
  });
});

describe("resolveMessages", () => {
  const english = { call: "Call", book: "Book online" };
  const spanish = {
    locale: "es-US",
    format: intlFormat("es-US", {
      rangeConnector: " a ",
      session: { one: "sesión", other: "sesiones" },
    }),
    messages: { banner: { call: "Llamar", book: "Reservar" } },
  };

  it("should pick the bundle's messages and apply overrides key by key", () => {
    expect(resolveMessages(english, "banner", spanish)).toEqual(spanish.messages.banner);
    expect(resolveMessages(english, "banner", "en", { book: "Reserve your appointment" })).toEqual({
      call: "Call",
      book: "Reserve your appointment",
    });
  });

  it("should use English, and warn, for a part the bundle lacks", () => {
    const warn = expectConsole("warn");
    expect(resolveMessages(english, "dialog", spanish)).toEqual(english);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"es-US" has no dialog messages'));
  });
});

describe("given repeated renders", () => {
  it("should construct no Intl formatter after the first render", () => {
    // Counts `new Intl.X(...)` through a Proxy (a spy loses the prototype of a built-in class).
    const constructors = ["NumberFormat", "PluralRules", "DateTimeFormat", "ListFormat"] as const;
    const originals = constructors.map((name) => Intl[name]);
    let count = 0;
    constructors.forEach((name, index) => {
      (Intl as Record<string, unknown>)[name] = new Proxy(originals[index] as object, {
        construct(target, args) {
          count++;
          return Reflect.construct(target as new (...parameters: unknown[]) => object, args);
        },
      });
    });
    const constructed = () => count;
    const page = createElement(ProcedureExplainer, {
      procedure: examples.microneedling,
      locale: frCA,
    });
    renderToString(page);
    const afterFirstRender = constructed();
    for (let render = 0; render < 20; render++) {
      renderToString(page);
    }
    const afterMoreRenders = constructed();
    constructors.forEach((name, index) => {
      (Intl as Record<string, unknown>)[name] = originals[index];
    });
    // At most one formatter per unit (minutes, days, weeks), plain numbers, plural rules, the
    // review date and the "also known as" list; none at all once they exist.
    expect(afterFirstRender).toBeLessThanOrEqual(7);
    expect(afterMoreRenders).toBe(afterFirstRender);
  });
});

describe("English without Intl", () => {
  // What content holds: counts with up to three decimals, from 0 to beyond grouping, and now and
  // then a number written some other way (many decimals, exponents).
  const count = fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: 2_000_000 }) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map((n) => n / 1000) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1e22, noNaN: true }) },
  );
  const unit = fc.constantFrom(...durationUnitValues) as fc.Arbitrary<DurationUnit>;
  const intlUnit = {
    minutes: "minute",
    hours: "hour",
    days: "day",
    weeks: "week",
    months: "month",
    years: "year",
  } as const satisfies Record<DurationUnit, string>;
  const ordered = (first: number, second: number) =>
    first <= second ? { min: first, max: second } : { min: second, max: first };

  it("should write every duration exactly as Intl does for en", () => {
    fc.assert(
      fc.property(count, count, unit, (first, second, durationUnit) => {
        const { min, max } = ordered(first, second);
        const intl = new Intl.NumberFormat("en", {
          style: "unit",
          unit: intlUnit[durationUnit],
          unitDisplay: "long",
        });
        // From zero, "up to" the upper end as Intl writes it alone.
        const expected =
          min === max
            ? intl.format(max)
            : min === 0
              ? `up to ${intl.format(max)}`
              : intl.formatRange(min, max);
        expect(formatDurationRange({ min, max, unit: durationUnit })).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("should write every number range and count exactly as Intl does for en", () => {
    const number = new Intl.NumberFormat("en");
    const plural = new Intl.PluralRules("en");
    fc.assert(
      fc.property(count, count, (first, second) => {
        const range = ordered(first, second);
        const fromZero = range.min === 0 && range.max > 0;
        const numbers =
          range.min === range.max || fromZero
            ? number.format(range.max)
            : `${number.format(range.min)}–${number.format(range.max)}`;
        const upTo = fromZero ? "up to " : "";
        expect(formatNumberRange(range)).toBe(upTo + numbers);
        const category =
          range.min === range.max || fromZero
            ? plural.select(range.max)
            : (
                plural as Intl.PluralRules & { selectRange(a: number, b: number): string }
              ).selectRange(range.min, range.max);
        expect(formatCountRange(range)).toBe(
          `${upTo}${numbers} ${category === "one" ? "session" : "sessions"}`,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("should write every date exactly as Intl does for en", () => {
    const intl = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1000-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        (date) => {
          expect(englishFormat.date(date)).toBe(intl.format(date));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("should write every list exactly as Intl does for en", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }), { maxLength: 6 }),
        fc.constantFrom("conjunction", "disjunction") as fc.Arbitrary<
          "conjunction" | "disjunction"
        >,
        (items, type) => {
          expect(formatList(items, type)).toBe(new Intl.ListFormat("en", { type }).format(items));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("should construct no Intl formatter for an English page", () => {
    const constructors = ["NumberFormat", "PluralRules", "DateTimeFormat", "ListFormat"] as const;
    const originals = constructors.map((name) => Intl[name]);
    const made: string[] = [];
    constructors.forEach((name, index) => {
      (Intl as Record<string, unknown>)[name] = new Proxy(originals[index] as object, {
        construct(target, args) {
          made.push(name);
          return Reflect.construct(target as new (...parameters: unknown[]) => object, args);
        },
      });
    });
    try {
      renderToString(createElement(ProcedureExplainer, { procedure: examples.microneedling }));
    } finally {
      constructors.forEach((name, index) => {
        (Intl as Record<string, unknown>)[name] = originals[index];
      });
    }
    expect(made).toEqual([]);
  });
});
