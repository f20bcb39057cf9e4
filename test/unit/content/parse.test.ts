import { describe, expect, it, vi } from "vitest";
import {
  ContentError,
  clinicJsonSchema,
  examples,
  examplesFrCA,
  parseClinic,
  parseProcedure,
  procedureJsonSchema,
  safeParseClinic,
  safeParseProcedure,
} from "../../../src/content";
import { reviewedMicroneedling, starterTreatments } from "../../support/fixtures";

const valid = reviewedMicroneedling;
const treatments = starterTreatments;

/** A deep copy of the sample procedure with one change applied. */
function procedureWith(change: (draft: Record<string, any>) => void): unknown {
  const draft = structuredClone(valid) as Record<string, any>;
  change(draft);
  return draft;
}

function issuesOf(input: unknown): string[] {
  const result = safeParseProcedure(input);
  return result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe("parseProcedure", () => {
  describe("given the sample procedures", () => {
    it("should accept them unchanged", () => {
      for (const key of treatments) {
        expect(parseProcedure(examples[key])).toEqual(examples[key]);
      }
    });

    it.each(treatments)("should give %s every part of a whole care guide, and no review", (key) => {
      for (const procedure of [examples[key], examplesFrCA[key]]) {
        const { facts, suitability, preparation, sideEffects, faq } = procedure;
        expect(procedure.summary).not.toBe("");
        expect(procedure.howItWorks.length).toBeGreaterThan(0);
        expect(procedure.treats.length).toBeGreaterThan(0);
        expect(new Set(procedure.steps.map((step) => step.phase))).toEqual(
          new Set(["before", "during", "after"]),
        );
        expect(Object.keys(facts).sort()).toEqual(
          [
            "downtime",
            "interval",
            "numbing",
            "resultsLast",
            "resultsVisible",
            "sessions",
            "treatmentTime",
          ].sort(),
        );
        expect(suitability.notSuitableIf.length).toBeGreaterThan(0);
        expect(suitability.tellClinicIf.length).toBeGreaterThan(0);
        // Preparation from the weeks before to the day itself.
        const timings = preparation.map((item) => JSON.stringify(item.when ?? {})).join(" ");
        expect(timings).toMatch(/"from":\{"before":\d+,"unit":"(weeks|months)"\}/);
        expect(timings).toMatch(/"on":"treatment-day"|"before":\d+,"unit":"days"/);
        expect(sideEffects.some((effect) => effect.tier === "urgent")).toBe(true);
        expect(sideEffects.some((effect) => effect.duration !== undefined)).toBe(true);
        expect(procedure.aftercare.length).toBeGreaterThan(0);
        expect(procedure.followUp.purpose).not.toBe("");
        expect(faq.length).toBeGreaterThanOrEqual(5);
        expect(procedure).not.toHaveProperty("review");
      }
    });

    it("should accept the French samples, which keep the English ids and facts", () => {
      for (const key of treatments) {
        const french = examplesFrCA[key];
        expect(parseProcedure(french)).toEqual(french);
        expect(french.facts).toEqual(examples[key].facts);
        expect(french.aftercare.map((item) => [item.id, item.kind])).toEqual(
          examples[key].aftercare.map((item) => [item.id, item.kind]),
        );
        expect(french.preparation.map((item) => [item.id, item.kind, item.when])).toEqual(
          examples[key].preparation.map((item) => [item.id, item.kind, item.when]),
        );
        expect(french.aftercare.map((item) => item.when)).toEqual(
          examples[key].aftercare.map((item) => item.when),
        );
        for (const list of ["notSuitableIf", "tellClinicIf"] as const) {
          expect(french.suitability[list].map((item) => item.id)).toEqual(
            examples[key].suitability[list].map((item) => item.id),
          );
        }
        expect(french.followUp.after).toEqual(examples[key].followUp.after);
        expect(french.sideEffects.map((effect) => effect.id)).toEqual(
          examples[key].sideEffects.map((effect) => effect.id),
        );
        expect(french.faq.map((item) => item.id)).toEqual(examples[key].faq.map((item) => item.id));
        // Translated, not copied: no visible English text is left behind.
        expect(french.name).not.toBe(examples[key].name);
        // Each list takes its facts from the English by id and only its words from French: no
        // English words may show through.
        const words = (item: object) =>
          Object.entries(item)
            .filter(([field]) =>
              [
                "text",
                "details",
                "title",
                "description",
                "name",
                "selfCare",
                "seekHelpIf",
                "question",
                "answer",
              ].includes(field),
            )
            .flatMap(([, value]) => (Array.isArray(value) ? value : [value]));
        for (const list of ["preparation", "aftercare", "steps", "sideEffects", "faq"] as const) {
          const english = new Set(examples[key][list].flatMap(words));
          // Words spelt the same in both languages.
          const sameInBoth = new Set(["Consultation", "Infection", "Injections"]);
          expect(
            french[list]
              .flatMap(words)
              .filter((text) => english.has(text) && !sameInBoth.has(text)),
          ).toEqual([]);
        }
        expect(french.steps.map((step) => [step.id, step.phase, step.duration])).toEqual(
          examples[key].steps.map((step) => [step.id, step.phase, step.duration]),
        );
      }
      expect(parseClinic(examplesFrCA.clinic)).toEqual(examplesFrCA.clinic);
    });
  });

  describe("given bad content", () => {
    const cases: Array<[string, (draft: Record<string, any>) => void, string]> = [
      ["missing id", (d) => delete d.id, "id: is required"],
      ["id that is not a slug", (d) => (d.id = "Micro Needling"), "id: must be a slug"],
      ["empty name", (d) => (d.name = "   "), "name: must not be empty"],
      ["name that is not text", (d) => (d.name = 42), "name: must be text"],
      ["missing summary", (d) => delete d.summary, "summary: is required"],
      [
        "empty also-known-as entry",
        (d) => (d.alsoKnownAs = ["CIT", ""]),
        "alsoKnownAs[1]: must not be empty",
      ],
      ["steps that are not a list", (d) => (d.steps = {}), "steps: must be a list"],
      [
        "unknown step phase",
        (d) => (d.steps[1].phase = "later"),
        'steps[1].phase: must be one of "before", "during", "after"',
      ],
      [
        "duplicate step id",
        (d) => (d.steps[2].id = "consultation"),
        'steps[2].id: duplicate id "consultation" (already used by item 0)',
      ],
      [
        "range with max below min",
        (d) => (d.sideEffects[2].duration = { min: 3, max: 1, unit: "days" }),
        "sideEffects[2].duration: max (1) is less than min (3)",
      ],
      [
        "negative range bound",
        (d) => (d.facts.downtime.min = -1),
        "facts.downtime.min: must not be negative",
      ],
      [
        "infinite range bound",
        (d) => (d.facts.treatmentTime.max = Number.POSITIVE_INFINITY),
        "facts.treatmentTime.max: must be a finite number",
      ],
      [
        "unknown duration unit",
        (d) => (d.facts.interval.unit = "fortnights"),
        'facts.interval.unit: must be one of "minutes", "hours", "days", "weeks", "months", "years"',
      ],
      [
        "fractional session count",
        (d) => (d.facts.sessions = { min: 1.5, max: 3 }),
        "facts.sessions: sessions must be whole numbers",
      ],
      [
        "unknown numbing",
        (d) => (d.facts.numbing = "general"),
        'facts.numbing: must be one of "none", "topical", "local"',
      ],
      [
        "unknown side-effect tier",
        (d) => (d.sideEffects[0].tier = "panic"),
        "sideEffects[0].tier: must be one of",
      ],
      [
        "unknown frequency",
        (d) => (d.sideEffects[1].frequency = "often"),
        "sideEffects[1].frequency: must be one of",
      ],
      [
        "duplicate side-effect id",
        (d) => (d.sideEffects[3].id = "redness"),
        'sideEffects[3].id: duplicate id "redness"',
      ],
      [
        "empty self-care entry",
        (d) => (d.sideEffects[0].selfCare = [""]),
        "sideEffects[0].selfCare[0]: must not be empty",
      ],
      [
        "aftercare window ending before it starts",
        (d) => {
          delete d.aftercare[0].when;
          d.aftercare[0].window = { fromHours: 48, untilHours: 24 };
        },
        "aftercare[0].window: untilHours (24) is less than fromHours (48)",
      ],
      [
        "a care item with both a window and a when",
        (d) => (d.aftercare[0].window = { fromHours: 0, untilHours: 24 }),
        'aftercare[0].window: give "when" or "window", not both: write the window as "when": {"from":{"after":0,"unit":"hours"},"until":{"after":24,"unit":"hours"}}',
      ],
      [
        "preparation that ends before it starts",
        (d) =>
          (d.preparation[0].when = {
            from: { before: 1, unit: "days" },
            until: { before: 3, unit: "days" },
          }),
        "preparation[0].when: until (3 days before) must not be earlier than from (1 day before)",
      ],
      [
        "a moment with a negative number",
        (d) => (d.preparation[1].when = { from: { before: -2, unit: "weeks" } }),
        "preparation[1].when.from.before: must not be negative",
      ],
      [
        "a treatment day that is not one",
        (d) => (d.preparation[6].when = { on: "the-day" }),
        'preparation[6].when.on: must be "treatment-day"',
      ],
      [
        "a suitability item without text",
        (d) => (d.suitability.notSuitableIf[1].text = ""),
        "suitability.notSuitableIf[1].text: must not be empty",
      ],
      [
        "a duplicate tell-the-clinic id",
        (d) => (d.suitability.tellClinicIf[2].id = "cold-sores"),
        'suitability.tellClinicIf[2].id: duplicate id "cold-sores"',
      ],
      ["a follow-up without a time", (d) => delete d.followUp.after, "followUp.after: is required"],
      [
        "results that last less than nothing",
        (d) => (d.facts.resultsLast = { min: 12, max: 6, unit: "months" }),
        "facts.resultsLast: max (6) is less than min (12)",
      ],
      [
        "unknown aftercare kind",
        (d) => (d.aftercare[1].kind = "maybe"),
        'aftercare[1].kind: must be one of "do", "avoid"',
      ],
      [
        "review date that is not ISO",
        (d) => (d.review.date = "14/03/2026"),
        "review.date: must be an ISO 8601 date",
      ],
      [
        "review date that does not exist",
        (d) => (d.review.date = "2026-02-30"),
        "review.date: must be an ISO 8601 date",
      ],
      ["review without a reviewer", (d) => (d.review.by = ""), "review.by: must not be empty"],
    ];

    it.each(cases)("should reject a %s with its path", (_label, change, expected) => {
      const input = procedureWith(change);
      const issues = issuesOf(input);
      expect(issues.some((issue) => issue.startsWith(expected))).toBe(true);
      expect(() => parseProcedure(input)).toThrow(ContentError);
      expect(() => parseProcedure(input)).toThrow(expected);
    });

    it("should list every problem at once, not only the first", () => {
      const input = procedureWith((d) => {
        d.name = "";
        d.sideEffects[2].duration = { min: 3, max: 1, unit: "days" };
        d.aftercare[0].kind = "maybe";
      });
      const error = (() => {
        try {
          parseProcedure(input);
        } catch (caught) {
          return caught as ContentError;
        }
        throw new Error("expected parseProcedure to throw");
      })();
      expect(error.name).toBe("ContentError");
      expect(error.issues.map((issue) => issue.path)).toEqual([
        "name",
        "sideEffects[2].duration",
        "aftercare[0].kind",
      ]);
      expect(error.message).toMatch(
        /^Invalid procedure \(3 problems\):\n- name: must not be empty/,
      );
    });

    it("should reject input that is not an object", () => {
      expect(safeParseProcedure(null).success).toBe(false);
      expect(safeParseProcedure("microneedling").success).toBe(false);
    });
  });

  describe("given fields the model does not know", () => {
    it("should drop them from the typed result", () => {
      const parsed = parseProcedure({ ...valid, _cmsRevision: 7 });
      expect(parsed).not.toHaveProperty("_cmsRevision");
    });
  });
});

describe("parseClinic", () => {
  it("should accept the sample clinic", () => {
    expect(parseClinic(examples.clinic)).toEqual(examples.clinic);
  });

  it.each([
    ["javascript:alert(1)", "bookingUrl: must be an absolute https:// URL"],
    ["http://booking.example.com", "bookingUrl: must be an absolute https:// URL"],
    ["//booking.example.com", "bookingUrl: must be an absolute https:// URL"],
    [" https://booking.example.com", "bookingUrl: must be an absolute https:// URL"],
  ])("should reject the booking URL %j", (bookingUrl, expected) => {
    const result = safeParseClinic({ ...examples.clinic, bookingUrl });
    expect(result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([expected]);
  });

  it.each(["call us", "12345", "+1 (905) 555-0123 ext 4", "1234567890123456"])(
    "should reject the phone %j",
    (phone) => {
      const result = safeParseClinic({ ...examples.clinic, phone });
      expect(result.issues[0]?.path).toBe("phone");
      expect(result.issues[0]?.message).toMatch(/dialable phone number/);
    },
  );

  it("should reject an embed on an unknown vendor and a provider of unknown kind", () => {
    expect(
      safeParseClinic({
        ...examples.clinic,
        booking: { kind: "embed", url: "https://x.example", vendor: "acme" },
      }).issues[0]?.path,
    ).toBe("booking.vendor");
    expect(
      safeParseClinic({ ...examples.clinic, booking: { kind: "popup", url: "https://x.example" } })
        .issues[0]?.message,
    ).toBe('kind must be "link" or "embed"');
  });

  it("should name the subject in the thrown message", () => {
    expect(() => parseClinic({ name: "" })).toThrow(/^Invalid clinic \(1 problem\):\n- name:/);
  });
});

describe("procedureJsonSchema", () => {
  it("should describe required fields and enums for a CMS", () => {
    const schema = procedureJsonSchema() as {
      required: string[];
      properties: Record<string, any>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(["id", "name", "summary", "steps"]));
    expect(schema.properties.steps.items.properties.phase.enum).toEqual([
      "before",
      "during",
      "after",
    ]);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("should say, for the CMS's editors, that every sample needs the medical director's review", () => {
    const { description } = procedureJsonSchema() as { description: string };
    for (const key of treatments) {
      expect(description).toContain(key);
    }
    expect(description).toContain(
      "Each sample is a starting point that the clinic's medical director must review before publishing.",
    );
  });

  it("should describe the clinic too", () => {
    const schema = clinicJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(["name"]);
  });
});

describe("given a browser with a strict Content-Security-Policy", () => {
  it("should run zod jitless, so it never probes eval (a script-src violation report)", async () => {
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    const evalProbe = vi.spyOn(globalThis, "Function");
    expect(safeParseProcedure(examples.microneedling).success).toBe(true);
    expect(evalProbe).not.toHaveBeenCalled();
    evalProbe.mockRestore();
  });
});
