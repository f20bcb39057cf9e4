import fc from "fast-check";
import { examples, examplesFrCA } from "../../src/content/examples";
import {
  aftercareKindValues,
  bookingVendorValues,
  durationUnitValues,
  frequencyValues,
  numbingValues,
  phaseValues,
  procedureTypeValues,
  tierValues,
} from "../../src/shared";

/**
 * What a CMS can send for any field: valid values most of the time (so the rest of the record
 * still renders and the components go deep), and otherwise anything at all, hostile strings,
 * misspelt enum values, and the usual suspects (null, NaN, empty string, wrong container).
 */

/** Strings that would become markup, attributes or unsafe links if they were not escaped or checked. */
export const injectionMarker = "x-injected";
export const hostileStrings = [
  `<${injectionMarker}>boom</${injectionMarker}>`,
  `"><${injectionMarker} onerror="alert(1)">`,
  `' ${injectionMarker}='1`,
  `" ${injectionMarker}="1`,
  "</script><script>alert(1)</script>",
  "<!--",
  "javascript:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "//evil.example/",
  "https:evil.example",
  "https://calendly.com.evil.example/x",
  "https://user:pass@calendly.com/x",
  "http://calendly.com/x",
  "https://calendly.com/lakeshore/consult",
  "https://acuityscheduling.com/schedule.php?owner=1",
  "tel:+1 905 555 0123",
  "mailto:someone@example.com",
  "+1 (905) 555-0123",
  "905-CALL-NOW",
  "0",
  "\u2028\u2029",
  "\u0000",
  "__proto__",
  "constructor",
  "toString",
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose.
  "${alert(1)}",
  "&lt;b&gt;",
  "&#x3C;script&#x3E;",
  "calendy",
  "Urgent",
  "avod",
  "minute",
  "2026-02-31",
  "2026-03-14",
  "",
  " ",
] as const;

const hostileString = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary", maxLength: 12 }),
);

const oddValues = fc.constantFrom(null, undefined, Number.NaN, Infinity, -1, 0, "", [], {}, true);

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 2,
});

/** A field: usually its valid value, otherwise any hostile, odd or arbitrary value. */
export function field<Value>(valid: fc.Arbitrary<Value>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: hostileString },
    { weight: 1, arbitrary: oddValues },
    { weight: 1, arbitrary: anything },
  );
}

/** A record whose keys are each either absent or a `field`. */
function record(shape: Record<string, fc.Arbitrary<unknown>>) {
  return fc.record(shape, { requiredKeys: [] });
}

function list(item: fc.Arbitrary<unknown>, maxLength = 5) {
  return field(fc.array(item, { maxLength }));
}

const text = fc.oneof(
  { weight: 3, arbitrary: fc.lorem({ maxCount: 6 }) },
  { weight: 1, arbitrary: hostileString },
);
const slug = fc.oneof(
  fc.constantFrom("redness", "swelling", "sun", "consult", "redness"),
  fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6})?$/),
);
// Treated areas: names items share, so some match whatever the case or spaces, and any text.
const area = fc.oneof(fc.constantFrom("Lips", "Forehead", " lips ", "Underarms"), text);

/** The `areas` a page passes (the areas a patient had treated), as a CMS or a site could send it. */
export const areasArbitrary = list(field(area), 3);

const count = fc.oneof(fc.nat({ max: 72 }), fc.double({ min: 0, max: 1000, noNaN: true }));
const range = record({ min: field(count), max: field(count) });
const durationRange = record({
  min: field(count),
  max: field(count),
  unit: field(fc.constantFrom(...durationUnitValues)),
});

const step = field(
  record({
    id: field(slug),
    phase: field(fc.constantFrom(...phaseValues)),
    title: field(text),
    description: field(text),
    duration: field(durationRange),
  }),
);

const sideEffect = field(
  record({
    id: field(slug),
    name: field(text),
    description: field(text),
    frequency: field(fc.constantFrom(...frequencyValues)),
    tier: field(fc.constantFrom(...tierValues)),
    duration: field(durationRange),
    peak: field(durationRange),
    selfCare: list(field(text)),
    seekHelpIf: list(field(text)),
    areas: list(field(area), 3),
  }),
);

const careMoment = field(
  fc.oneof(
    fc.constant("treatment"),
    record({ before: field(count), unit: field(fc.constantFrom(...durationUnitValues)) }),
    record({ after: field(count), unit: field(fc.constantFrom(...durationUnitValues)) }),
    record({
      before: field(count),
      after: field(count),
      unit: field(fc.constantFrom(...durationUnitValues)),
    }),
  ),
);

const careItem = field(
  record({
    id: field(slug),
    text: field(text),
    kind: field(fc.constantFrom(...aftercareKindValues)),
    when: field(
      fc.oneof(
        record({ from: careMoment, until: careMoment }),
        record({ on: field(fc.constant("treatment-day")), from: careMoment }),
      ),
    ),
    window: field(record({ fromHours: field(count), untilHours: field(count) })),
    details: field(text),
    areas: list(field(area), 3),
  }),
);

const suitabilityItem = field(record({ id: field(slug), text: field(text), wait: field(text) }));

const faqItem = field(record({ id: field(slug), question: field(text), answer: field(text) }));

/** A photo address: safe ones, and what a CMS or an attacker might put there. */
const photoSource = fc.oneof(
  fc.constantFrom("/results/a.webp", "https://cdn.example.com/b.jpg"),
  fc.constantFrom("javascript:alert(1)", "data:image/png;base64,AA", "//evil.example/c.png"),
  fc.constantFrom("http://cdn.example.com/d.jpg", "/a b.png", "\\evil\\e.png"),
  hostileString,
);
const photo = field(
  record({
    src: field(photoSource),
    alt: field(text),
    width: field(fc.oneof(fc.integer({ min: 1, max: 4000 }), count)),
    height: field(fc.oneof(fc.integer({ min: 1, max: 4000 }), count)),
    srcSet: field(
      fc.oneof(
        fc.constantFrom("/a-640.webp 640w, /a-1280.webp 1280w", "https://x.example/a.jpg 2x"),
        photoSource.map((source) => `${source} 1x`),
      ),
    ),
  }),
);
const resultCase = field(
  record({
    id: field(slug),
    before: photo,
    after: photo,
    area: field(text),
    sessions: field(count),
    photographed: field(durationRange),
    consent: field(
      record({
        publish: field(fc.oneof(fc.constant(true), fc.constant(false), fc.constant("yes"))),
        date: field(fc.constantFrom("2026-03-14", "yesterday")),
      }),
    ),
    sensitive: field(fc.boolean()),
    unretouched: field(fc.boolean()),
    note: field(text),
  }),
);

/** A procedure built field by field from nothing. */
const generatedProcedure = field(
  record({
    id: field(slug),
    name: field(text),
    alsoKnownAs: list(field(text)),
    procedureType: field(fc.constantFrom(...procedureTypeValues)),
    bodyLocation: list(field(text)),
    summary: field(text),
    howItWorks: list(field(text)),
    treats: list(field(text)),
    steps: list(step),
    facts: field(
      record({
        treatmentTime: field(durationRange),
        downtime: field(durationRange),
        sessions: field(range),
        interval: field(durationRange),
        numbing: field(fc.constantFrom(...numbingValues)),
        resultsVisible: field(durationRange),
        resultsLast: field(durationRange),
      }),
    ),
    suitability: field(
      record({ notSuitableIf: list(suitabilityItem), tellClinicIf: list(suitabilityItem) }),
    ),
    preparation: list(careItem),
    sideEffects: list(sideEffect),
    aftercare: list(careItem),
    followUp: field(record({ after: field(durationRange), purpose: field(text) })),
    expectations: list(field(text)),
    faq: list(faqItem),
    results: list(resultCase),
    disclaimer: field(text),
    review: field(
      record({
        by: field(text),
        credentials: field(text),
        date: field(fc.constantFrom("2026-03-14", "2025-11-02T10:00:00Z")),
      }),
    ),
  }),
);

/** The starter library's procedures, English and French: real content, deep and long. */
const samples: unknown[] = [examples, examplesFrCA].flatMap(({ clinic: _, ...treatments }) =>
  Object.values(treatments),
);

/** Every path into a value, down to its leaves: where a CMS edit could land. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== "object" || value === null) {
    return [path];
  }
  return [
    path,
    ...Object.entries(value).flatMap(([key, child]) =>
      pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

/** A copy of `value` with the value at `path` replaced. */
function withValueAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) {
    return replacement;
  }
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withValueAt(copy[head], rest, replacement);
  return copy;
}

/**
 * A starter-library sample after a few careless CMS edits: each replaces one field, list item or
 * leaf, anywhere in it, with a hostile, odd or arbitrary value. Seeds the fuzz with real content,
 * so the components go as deep as a published page does.
 */
const editedSample = fc.constantFrom(...samples).chain((sample) =>
  fc
    .array(fc.tuple(fc.constantFrom(...pathsOf(sample).slice(1)), field(hostileString)), {
      maxLength: 3,
    })
    .map((edits) =>
      edits.reduce((edited, [path, replacement]) => withValueAt(edited, path, replacement), sample),
    ),
);

/**
 * A procedure as an untyped CMS could send it: a sample edited (one case in four: a whole page
 * renders in several milliseconds, and CI runs 20,000 cases), or one built from nothing.
 */
export const procedureArbitrary = fc.oneof(
  { weight: 1, arbitrary: editedSample },
  { weight: 3, arbitrary: generatedProcedure },
);

const httpsUrl = fc.constantFrom(
  "https://calendly.com/lakeshore/consultation",
  "https://lakeshore.as.me/schedule",
  "https://booking.example.com/lakeshore",
);

/** A clinic as an untyped CMS could send it. */
export const clinicArbitrary = field(
  record({
    name: field(text),
    phone: field(fc.constantFrom("905-555-0123", "+44 20 7946 0958", "(416) 555-0199")),
    bookingUrl: field(httpsUrl),
    booking: field(
      record({
        kind: field(fc.constantFrom("link", "embed")),
        url: field(httpsUrl),
        vendor: field(fc.constantFrom(...bookingVendorValues)),
      }),
    ),
    address: field(text),
    hours: field(text),
  }),
);
