import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ProcedurePage } from "../../../src/components/ProcedurePage";
import { deferredPartsReady } from "../../../src/components/ProcedurePage/client";
import { examples, examplesFrCA } from "../../../src/content/examples";
import { safeParseClinic, safeParseProcedure } from "../../../src/content/parse";
import { expectConsole } from "../../support/console";
import { reviewedMicroneedling } from "../../support/fixtures";

// ProcedurePage renders its results and structured data from code it loads beside the page: a
// synchronous render on a loaded machine could come before it arrives.
beforeAll(() => deferredPartsReady);

// One source of truth: `medspa-ui/content` (zod) and the components' own readers (no zod) must
// agree on what is invalid. Each case changes one field of valid content; zod must report an issue
// at that path, and the readers (ProcedurePage renders every component and the structured data)
// must warn, in development, naming the field. A difference is allowed only when listed below
// with its reason.

type Path = Array<string | number>;
type Case = { target: "procedure" | "clinic"; path: Path; value: unknown };

const invalid = (target: Case["target"], path: Path, ...values: unknown[]): Case[] =>
  values.map((value) => ({ target, path, value }));

const notText = ["", "   ", 5, null, {}, ["text"]];
const notTextList = ["text", {}, [""], [5], [null]];
const badDuration = [
  { min: 2, max: 1, unit: "days" },
  { min: -1, max: 1, unit: "days" },
  { min: 1, max: 2, unit: "day" },
  { min: "1", max: 2, unit: "days" },
  { min: 1, max: Number.POSITIVE_INFINITY, unit: "days" },
  "1-2 days",
  null,
];

const badTiming = [
  "5 days before",
  null,
  [],
  { on: "tomorrow" },
  { on: "treatment-day", from: "treatment" },
  { from: { before: -1, unit: "days" } },
  { from: { before: 2, unit: "fortnights" } },
  { from: { before: 1, after: 1, unit: "days" } },
  { from: "yesterday" },
  { from: { before: 1, unit: "days" }, until: { before: 3, unit: "days" } },
  { until: { before: 1, unit: "days" } },
  { from: { after: 5, unit: "days" }, until: { after: 1, unit: "days" } },
];

const suitabilityList = (key: "notSuitableIf" | "tellClinicIf"): Case[] => [
  ...invalid("procedure", ["suitability", key], "pregnant", {}, null),
  ...invalid("procedure", ["suitability", key, 0], "pregnant", null, []),
  ...invalid("procedure", ["suitability", key, 0, "id"], "", "Pregnancy", 5),
  ...invalid(
    "procedure",
    ["suitability", key, 1, "id"],
    key === "notSuitableIf" ? "pregnancy" : "cold-sores",
  ),
  ...invalid("procedure", ["suitability", key, 0, "text"], ...notText),
  ...invalid("procedure", ["suitability", key, 1, "wait"], ...notText),
];

const corpus: Case[] = [
  ...invalid("procedure", ["id"], "", "Microneedling", "micro_needling", "micro needling", 5, null),
  ...invalid("procedure", ["name"], ...notText),
  ...invalid("procedure", ["summary"], ...notText),
  ...invalid("procedure", ["alsoKnownAs"], ...notTextList),
  ...invalid("procedure", ["procedureType"], "invasive", "Percutaneous", 5, null),
  ...invalid("procedure", ["bodyLocation"], ...notTextList),
  ...invalid("procedure", ["howItWorks"], ...notTextList),
  ...invalid("procedure", ["treats"], ...notTextList),
  ...invalid("procedure", ["expectations"], ...notTextList),
  ...invalid("procedure", ["disclaimer"], ...notText),
  ...invalid("procedure", ["steps"], "steps", {}, null, undefined),
  ...invalid("procedure", ["steps", 0], "step", null, []),
  ...invalid("procedure", ["steps", 0, "id"], "", "Consultation", 5),
  // A duplicate is reported where it repeats: the second item.
  ...invalid("procedure", ["steps", 1, "id"], "consultation"),
  ...invalid("procedure", ["steps", 0, "phase"], "later", "Before", null),
  ...invalid("procedure", ["steps", 0, "title"], ...notText),
  ...invalid("procedure", ["steps", 0, "description"], ...notText),
  ...invalid("procedure", ["steps", 1, "duration"], ...badDuration),
  ...invalid("procedure", ["facts"], "facts", null, []),
  ...invalid("procedure", ["facts", "treatmentTime"], ...badDuration),
  ...invalid("procedure", ["facts", "downtime"], ...badDuration),
  ...invalid("procedure", ["facts", "interval"], ...badDuration),
  ...invalid("procedure", ["facts", "resultsVisible"], ...badDuration),
  ...invalid(
    "procedure",
    ["facts", "sessions"],
    { min: 1.5, max: 3 },
    { min: 3, max: 1 },
    { min: -1, max: 2 },
    "3-6",
  ),
  ...invalid("procedure", ["facts", "numbing"], "general", "Topical", 5),
  ...invalid("procedure", ["sideEffects"], "redness", {}, null),
  ...invalid("procedure", ["sideEffects", 0], "redness", null, []),
  ...invalid("procedure", ["sideEffects", 0, "id"], "", "Redness", "red_ness", 5),
  ...invalid("procedure", ["sideEffects", 1, "id"], "redness"),
  ...invalid("procedure", ["sideEffects", 0, "name"], ...notText),
  ...invalid("procedure", ["sideEffects", 0, "description"], ...notText),
  ...invalid("procedure", ["sideEffects", 0, "frequency"], "often", "Common", undefined, null),
  ...invalid("procedure", ["sideEffects", 0, "tier"], "Urgent", "emergency", undefined, 2),
  ...invalid("procedure", ["sideEffects", 0, "duration"], ...badDuration),
  ...invalid("procedure", ["sideEffects", 0, "peak"], ...badDuration),
  ...invalid("procedure", ["sideEffects", 0, "selfCare"], ...notTextList),
  ...invalid("procedure", ["sideEffects", 0, "areas"], ...notTextList),
  ...invalid("procedure", ["sideEffects", 0, "seekHelpIf"], ...notTextList),
  ...invalid("procedure", ["aftercare"], "aftercare", {}, null),
  ...invalid("procedure", ["aftercare", 0], "item", null, []),
  ...invalid("procedure", ["aftercare", 0, "id"], "", "Sun Protection", 5),
  ...invalid("procedure", ["aftercare", 1, "id"], "sun-protection"),
  ...invalid("procedure", ["aftercare", 0, "text"], ...notText),
  ...invalid("procedure", ["aftercare", 0, "kind"], "avod", "Do", "dont", undefined),
  ...invalid(
    "procedure",
    ["aftercare", 0, "window"],
    null,
    "24h",
    { fromHours: 48, untilHours: 24 },
    { fromHours: -1 },
    { untilHours: "24" },
  ),
  ...invalid("procedure", ["aftercare", 0, "details"], ...notText),
  ...invalid("procedure", ["aftercare", 0, "areas"], ...notTextList),
  ...invalid("procedure", ["aftercare", 0, "when"], ...badTiming),
  ...invalid("procedure", ["facts", "resultsLast"], ...badDuration),
  ...invalid("procedure", ["preparation"], "preparation", {}, null),
  ...invalid("procedure", ["preparation", 0], "item", null, []),
  ...invalid("procedure", ["preparation", 0, "id"], "", "No Isotretinoin", 5),
  ...invalid("procedure", ["preparation", 1, "id"], "no-isotretinoin"),
  ...invalid("procedure", ["preparation", 0, "text"], ...notText),
  ...invalid("procedure", ["preparation", 0, "kind"], "avod", "Do", undefined),
  ...invalid("procedure", ["preparation", 0, "when"], ...badTiming),
  ...invalid("procedure", ["preparation", 0, "details"], ...notText),
  ...invalid("procedure", ["preparation", 0, "areas"], ...notTextList),
  ...invalid("procedure", ["suitability"], "none", null, []),
  ...suitabilityList("notSuitableIf"),
  ...suitabilityList("tellClinicIf"),
  ...invalid("procedure", ["followUp"], "in 2 weeks", null, []),
  ...invalid("procedure", ["followUp", "after"], ...badDuration, undefined),
  ...invalid("procedure", ["followUp", "purpose"], ...notText, undefined),
  ...invalid("procedure", ["faq"], "Does it hurt?", {}, null),
  ...invalid("procedure", ["faq", 0], "question", null, []),
  ...invalid("procedure", ["faq", 0, "id"], "", "Does it hurt", 5, undefined),
  ...invalid("procedure", ["faq", 1, "id"], "does-it-hurt"),
  ...invalid("procedure", ["faq", 0, "question"], ...notText, undefined),
  ...invalid("procedure", ["faq", 0, "answer"], ...notText, undefined),
  ...invalid("procedure", ["results"], "photos", {}, null),
  ...invalid("procedure", ["results", 0], "photo", null, []),
  ...invalid("procedure", ["results", 0, "id"], "", "Acne Scars", 5, undefined),
  ...invalid("procedure", ["results", 1, "id"], "acne-scars-1"),
  ...invalid("procedure", ["results", 0, "area"], ...notText, undefined),
  ...invalid(
    "procedure",
    ["results", 0, "consent"],
    undefined,
    null,
    "yes",
    {},
    { publish: false },
  ),
  ...invalid("procedure", ["results", 0, "consent", "date"], "last spring", "2026-02-30"),
  ...invalid("procedure", ["results", 0, "before"], undefined, null, "/a.webp"),
  ...invalid(
    "procedure",
    ["results", 0, "before", "src"],
    "javascript:alert(1)",
    "http://cdn.example.com/a.jpg",
    "data:image/png;base64,AAAA",
    "//cdn.example.com/a.jpg",
    "results/a.jpg",
    "/a b.jpg",
    5,
    undefined,
  ),
  ...invalid("procedure", ["results", 0, "after", "alt"], ...notText, undefined),
  ...invalid("procedure", ["results", 0, "after", "width"], 0, -1, 1.5, "800", undefined),
  ...invalid("procedure", ["results", 0, "before", "height"], 0, null, undefined),
  ...invalid(
    "procedure",
    ["results", 0, "before", "srcSet"],
    "",
    "javascript:x 1x",
    "/a.webp 640px",
    "http://x.example/a.jpg 2x",
    5,
  ),
  ...invalid("procedure", ["results", 0, "sessions"], 0, 1.5, -2, "2", null),
  ...invalid("procedure", ["results", 0, "photographed"], ...badDuration),
  ...invalid("procedure", ["results", 0, "sensitive"], "yes", 1, null),
  ...invalid("procedure", ["results", 0, "unretouched"], "yes", 1, null),
  ...invalid("procedure", ["results", 0, "note"], ...notText),
  ...invalid("procedure", ["review"], "Dr. Rivera", null, []),
  ...invalid("procedure", ["review", "by"], ...notText),
  ...invalid("procedure", ["review", "credentials"], ...notText),
  ...invalid("procedure", ["review", "date"], "2026-02-31", "14/03/2026", "yesterday", 20260314),
  ...invalid("clinic", ["name"], ...notText),
  ...invalid("clinic", ["phone"], "call us", "555-01", "", 9055550123),
  ...invalid("clinic", ["bookingUrl"], "http://booking.example.com", "javascript:alert(1)", 5),
  ...invalid("clinic", ["booking"], "https://calendly.com/x", null, []),
  ...invalid("clinic", ["booking", "kind"], "popup", "Embed", undefined),
  ...invalid("clinic", ["booking", "url"], "http://calendly.com/x", "//calendly.com/x", 5),
  ...invalid("clinic", ["booking", "vendor"], "calendy", "Calendly", 5),
  ...invalid("clinic", ["address"], ...notText),
  ...invalid("clinic", ["hours"], ...notText),
];

/**
 * Cases where zod and the readers may disagree, each with its reason. Keep this list short: every
 * entry is a rule written twice.
 */
const knownDifferences: Array<{ path: string; value: unknown; reason: string }> = [];

function withValue<Data>(data: Data, path: Path, value: unknown): Data {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) {
    parent = parent[segment] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    delete parent[last];
  } else {
    parent[last] = value;
  }
  return copy as Data;
}

function formatPath(path: Path): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join("");
}

function describeValue(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** What the readers say about one procedure and clinic: their development warnings. */
function readerWarnings(
  procedure: unknown,
  clinic: unknown,
  warn: ReturnType<typeof expectConsole>,
) {
  warn.mockClear();
  renderToString(<ProcedurePage procedure={procedure as never} clinic={clinic as never} />);
  return warn.mock.calls.map(([message]) => String(message));
}

/** The words a warning about `path` contains: its last named field, or the list item itself. */
function fieldName(path: Path): string {
  const last = path[path.length - 1];
  if (typeof last === "number") {
    return `[${last}]`;
  }
  return String(last);
}

describe("the zod schemas and the components' readers", () => {
  it("should both accept the sample content", () => {
    const warn = expectConsole("warn");
    const { clinic: _, ...english } = examples;
    const { clinic: __, ...french } = examplesFrCA;
    for (const procedure of [...Object.values(english), ...Object.values(french)]) {
      expect(safeParseProcedure(procedure).issues).toEqual([]);
      expect(readerWarnings(procedure, examples.clinic, warn)).toEqual([]);
    }
    expect(safeParseClinic(examples.clinic).issues).toEqual([]);
  });

  it.each(
    corpus.map(
      (entry) => [entry.target, formatPath(entry.path), describeValue(entry.value), entry] as const,
    ),
  )("should both reject %s.%s = %s", (_target, path, value, entry) => {
    const warn = expectConsole("warn");
    const known = knownDifferences.find(
      (difference) => difference.path === path && describeValue(difference.value) === value,
    );
    const procedure =
      entry.target === "procedure"
        ? withValue(reviewedMicroneedling, entry.path, entry.value)
        : reviewedMicroneedling;
    const clinic =
      entry.target === "clinic"
        ? withValue(examples.clinic, entry.path, entry.value)
        : examples.clinic;

    const parsed =
      entry.target === "procedure" ? safeParseProcedure(procedure) : safeParseClinic(clinic);
    const zodRejects = parsed.issues.some((issue) => issue.path.startsWith(path));
    const warnings = readerWarnings(procedure, clinic, warn);
    const readersReject = warnings.some((warning) => warning.includes(fieldName(entry.path)));

    if (known !== undefined) {
      expect(
        zodRejects && readersReject,
        `listed difference no longer differs: ${known.reason}`,
      ).toBe(false);
      return;
    }
    expect(zodRejects, `zod accepted ${path} = ${value}: ${JSON.stringify(parsed.issues)}`).toBe(
      true,
    );
    expect(
      readersReject,
      `the readers accepted ${path} = ${value}; they said: ${JSON.stringify(warnings)}`,
    ).toBe(true);
  });
});
