import { z } from "zod";
import {
  careSpanOf,
  describeCareTimingProblem,
  isCareMoment,
  windowToTiming,
} from "../shared/care-timing";
import {
  aftercareKindValues,
  bookingVendorValues,
  durationUnitValues,
  frequencyValues,
  isIsoDate,
  isPositiveInteger,
  isRecord,
  numbingValues,
  phaseValues,
  procedureTypeValues,
  slugPattern,
  tierValues,
} from "../shared/content-checks";
import { isDialablePhone, maximumPhoneDigits, minimumPhoneDigits } from "../shared/phone";
import { toSafeHttpsUrl, toSafeImageSrc, toSafeSrcSet } from "../shared/url";

import type { Range } from "./types";

// zod compiles a fast object parser with `new Function`, first probing whether eval is allowed. Under
// a strict Content-Security-Policy (no 'unsafe-eval') the probe is blocked and the browser reports
// a script-src violation on every page load, filling a site's CSP report endpoint. jitless mode
// skips the probe and the compiled path; results are identical. It is zod's global setting, so it
// is set only in browsers: servers, where no CSP applies, keep the faster compiled parser.
// See the zod discussion colinhacks/zod#6671.
if (typeof document !== "undefined") {
  z.config({ jitless: true });
}

/** Error text for a wrong type: "is required" when the field is missing, else what it must be. */
function expected(description: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : description);
}

const text = z
  .string({ error: expected("must be text") })
  .refine((value) => value.trim().length > 0, { message: "must not be empty" });

const slug = z
  .string({ error: expected("must be text") })
  .regex(slugPattern, {
    message:
      'must be a slug of lowercase letters, digits and single hyphens, e.g. "sun-protection"',
  })
  .describe(
    'A short name of lowercase letters, digits and single hyphens ("sun-protection"), unique in its list: it stays the same when the text changes.',
  );

const count = z
  .number({ error: expected("must be a finite number") })
  .refine((value) => value >= 0, { message: "must not be negative" });

function withOrderedBounds<Shape extends Range>(schema: z.ZodType<Shape>) {
  return schema.superRefine((range, context) => {
    if (range.max < range.min) {
      context.addIssue({
        code: "custom",
        message: `max (${range.max}) is less than min (${range.min})`,
      });
    }
  });
}

const least = count.describe('The least: 1 in "1–2 days". The same as the most for one value.');
const most = count.describe('The most: 2 in "1–2 days".');

export const rangeSchema = withOrderedBounds(
  z.object({ min: least, max: most }, { error: expected("must be a { min, max } range") }),
);

export const durationRangeSchema = withOrderedBounds(
  z.object(
    {
      min: least,
      max: most,
      unit: oneOf(durationUnitValues).describe("The unit of both numbers."),
    },
    { error: expected("must be a { min, max, unit } range") },
  ),
);

/** A list of items whose `id`s must be unique; the duplicate's own path is reported. */
function uniqueIds<Item extends { id: string }>(item: z.ZodType<Item>) {
  return z.array(item, { error: expected("must be a list") }).superRefine((items, context) => {
    const firstIndexById = new Map<string, number>();
    items.forEach((entry, index) => {
      const first = firstIndexById.get(entry.id);
      if (first === undefined) {
        firstIndexById.set(entry.id, index);
        return;
      }
      context.addIssue({
        code: "custom",
        path: [index, "id"],
        message: `duplicate id "${entry.id}" (already used by item ${first})`,
      });
    });
  });
}

const textList = z.array(text, { error: expected("must be a list") });

/** The treated areas an item is for; none listed, or an empty list, is every area. */
const areas = textList.describe(
  'The treated areas it is for, as patients say them: ["Lips"]. Leave it out for every area.',
);

function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, {
    error: expected(`must be one of ${values.map((value) => `"${value}"`).join(", ")}`),
  });
}

export const procedureStepSchema = z.object({
  id: slug,
  phase: oneOf(phaseValues).describe("Before, during or after the treatment."),
  title: text.describe('The step in a few words: "Numbing cream".'),
  description: text.describe("What happens, in plain words."),
  duration: durationRangeSchema.describe("How long the step takes.").optional(),
});

export const procedureFactsSchema = z.object({
  treatmentTime: durationRangeSchema.describe("How long the appointment takes.").optional(),
  downtime: durationRangeSchema
    .describe("How long before the patient is back to their usual day: 0–0 for none.")
    .optional(),
  sessions: rangeSchema
    .refine((range) => Number.isInteger(range.min) && Number.isInteger(range.max), {
      message: "sessions must be whole numbers",
    })
    .describe("How many sessions most patients need.")
    .optional(),
  interval: durationRangeSchema.describe("The time between two sessions.").optional(),
  numbing: oneOf(numbingValues).describe("The numbing the clinic uses, if any.").optional(),
  resultsVisible: durationRangeSchema
    .describe("When results usually show, after the treatment.")
    .optional(),
  resultsLast: durationRangeSchema
    .describe('How long results usually last: { "min": 6, "max": 12, "unit": "months" }.')
    .optional(),
});

export const sideEffectSchema = z.object({
  id: slug,
  name: text.describe('The side effect as patients say it: "Bruising".'),
  description: text.describe("What it looks or feels like, in plain words."),
  frequency: oneOf(frequencyValues).describe("How often patients have it."),
  tier: oneOf(tierValues).describe(
    "Expected (normal healing), contact the clinic, or urgent (emergency care): it sets the badge and the call to action.",
  ),
  duration: durationRangeSchema.describe("How long it usually lasts.").optional(),
  peak: durationRangeSchema.describe("When it is at its worst, after the treatment.").optional(),
  selfCare: textList.describe("What the patient can do about it, one step each.").optional(),
  seekHelpIf: textList
    .describe("Signs that mean the patient should contact the clinic, one each.")
    .optional(),
  areas: areas.optional(),
});

const hours = count;

const aftercareWindowSchema = z
  .object({ fromHours: hours.optional(), untilHours: hours.optional() })
  .superRefine((window, context) => {
    if (
      window.fromHours !== undefined &&
      window.untilHours !== undefined &&
      window.untilHours < window.fromHours
    ) {
      context.addIssue({
        code: "custom",
        message: `untilHours (${window.untilHours}) is less than fromHours (${window.fromHours})`,
      });
    }
  });

const momentUnit = oneOf(durationUnitValues).describe("The unit of the number.");

const careMomentSchema = z.union(
  [
    z.literal("treatment"),
    // Loose, so the rule shared with the readers (below) sees a moment with both keys.
    z.looseObject({ before: count, unit: momentUnit }),
    z.looseObject({ after: count, unit: momentUnit }),
  ],
  {
    error: `must be "treatment", { "before": n, "unit": … } or { "after": n, "unit": … }, n not negative, unit one of ${durationUnitValues.join(", ")}`,
  },
);

export const careTimingSchema = z
  .looseObject({
    on: z
      .literal("treatment-day", { error: 'must be "treatment-day"' })
      .describe("The item is for the day of treatment itself.")
      .optional(),
    from: careMomentSchema
      .describe("When it starts to apply; without it, at the treatment.")
      .optional(),
    until: careMomentSchema
      .describe(
        "When it stops applying; without it, open-ended (or the treatment, for care before it).",
      )
      .optional(),
  })
  .superRefine((when, context) => {
    // The rule the components' readers apply: the order of the two ends, `on` alone, a moment
    // with both "before" and "after". A moment or `on` of the wrong shape is reported above.
    const misshapen = [when.from, when.until].some(
      (moment) =>
        moment !== undefined &&
        !isCareMoment(moment) &&
        !(isRecord(moment) && "before" in moment && "after" in moment),
    );
    if (misshapen || (when.on !== undefined && when.on !== "treatment-day")) {
      return;
    }
    const problem = careSpanOf(when) === undefined ? describeCareTimingProblem(when) : undefined;
    if (problem !== undefined) {
      context.addIssue({ code: "custom", message: problem });
    }
  })
  .describe(
    'When the item applies around the treatment: { "on": "treatment-day" }, or { "from", "until" } with moments "treatment", { "before": 5, "unit": "days" } or { "after": 24, "unit": "hours" }. "from" defaults to the treatment; "until" to the treatment when "from" is before it, else open-ended.',
  );

export const careItemSchema = z
  .object({
    id: slug,
    text: text.describe('What to do or avoid: "Avoid the gym".'),
    kind: oneOf(aftercareKindValues).describe("Something to do, or something to avoid."),
    when: careTimingSchema.optional(),
    window: aftercareWindowSchema
      .describe('Deprecated: use "when". Hours after treatment.')
      .optional(),
    details: text.describe("Why, or how: shown under the item.").optional(),
    areas: areas.optional(),
  })
  .superRefine((item, context) => {
    if (item.when !== undefined && item.window !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["window"],
        message: `give "when" or "window", not both: write the window as "when": ${JSON.stringify(windowToTiming(item.window))}`,
      });
    }
  });

/** The schema of an aftercare item: a care item. */
export const aftercareItemSchema = careItemSchema;

const suitabilityItemSchema = z.object({
  id: slug,
  text: text.describe('In plain words: "You are pregnant or breastfeeding".'),
  wait: text
    .describe(
      'How long to wait, when waiting makes it suitable: "until 6 months after your last dose".',
    )
    .optional(),
});

export const suitabilitySchema = z
  .object({
    notSuitableIf: uniqueIds(suitabilityItemSchema)
      .describe("Reasons not to have the treatment (contraindications).")
      .optional(),
    tellClinicIf: uniqueIds(suitabilityItemSchema)
      .describe("What to tell the clinic before booking.")
      .optional(),
  })
  .describe("Who should not have the treatment, and what to tell the clinic first.");

export const followUpSchema = z.object({
  after: durationRangeSchema.describe("When the visit is due, after the treatment."),
  purpose: text.describe("What the visit is for."),
});

export const faqItemSchema = z.object({
  id: slug,
  question: text.describe('The question as a patient asks it: "Does it hurt?"'),
  answer: text.describe("Plain text; a blank line starts a new paragraph."),
});

const isoDate = z
  .string({ error: expected("must be text") })
  .refine(isIsoDate, { message: 'must be an ISO 8601 date such as "2026-03-14"' });

const pixels = z
  .number({ error: expected("must be a whole number of pixels") })
  .refine(isPositiveInteger, { message: "must be a whole number of pixels, 1 or more" });

export const resultPhotoSchema = z.object({
  src: z
    .string({ error: expected("must be text") })
    .refine((value) => toSafeImageSrc(value) !== undefined, {
      message: "must be an https:// URL or a path from the site's root (/results/a.webp)",
    })
    .describe("An https:// URL or a path from the site's root: /results/forehead-1-before.webp."),
  alt: text.describe(
    "What the photo shows, for people who cannot see it: the area, the angle, what to notice.",
  ),
  width: pixels.describe("The image's width in pixels."),
  height: pixels.describe("The image's height in pixels."),
  srcSet: z
    .string({ error: expected("must be text") })
    .refine((value) => toSafeSrcSet(value) !== undefined, {
      message: "must list https:// or root paths, each with a width or density (640w, 2x)",
    })
    .describe(
      'Other sizes of the photo, as in <img srcset>: "/a-640.webp 640w, /a-1280.webp 1280w".',
    )
    .optional(),
});

export const resultCaseSchema = z.object({
  id: slug,
  before: resultPhotoSchema.describe("The photo before the first session."),
  after: resultPhotoSchema.describe("The photo after, taken in the same light and angle."),
  area: text.describe('The treated area, as patients say it: "Forehead lines".'),
  sessions: z
    .number({ error: expected("must be a whole number") })
    .refine(isPositiveInteger, { message: "must be a whole number, 1 or more" })
    .describe("Sessions before the after photo was taken.")
    .optional(),
  photographed: durationRangeSchema
    .describe("Time after the last session when the after photo was taken.")
    .optional(),
  consent: z
    .object(
      {
        publish: z
          .literal(true, {
            error: "must be true: a result is shown only with the patient's written consent",
          })
          .describe(
            "Tick only with the patient's signed consent to publish these photos on the web.",
          ),
        date: isoDate
          .describe("When the consent was given (2026-03-14), for the clinic's records.")
          .optional(),
      },
      { error: expected("must be { publish: true }: the patient's written consent to publish") },
    )
    .describe("The patient's written consent to publish the photos on the web."),
  sensitive: z
    .boolean({ error: expected("must be true or false") })
    .describe("Photos of the body: covered until the reader asks to see them.")
    .optional(),
  unretouched: z
    .boolean({ error: expected("must be true or false") })
    .describe('True when the photos are not retouched: "Unretouched photos" is shown.')
    .optional(),
  note: text
    .describe('Anything else the reader should know: "Photos taken in the same light."')
    .optional(),
});

export const procedureSchema = z
  .object({
    id: slug.describe('The page\'s address in the site: "microneedling".'),
    name: text.describe('The treatment\'s name as patients search for it: "Microneedling".'),
    alsoKnownAs: textList.describe('Other names: "Collagen induction therapy".').optional(),
    procedureType: oneOf(procedureTypeValues)
      .describe("How invasive it is, for search engines.")
      .optional(),
    bodyLocation: textList
      .describe('Where on the body it is done ("Face"), for search engines.')
      .optional(),
    summary: text.describe("One or two sentences: what it is and what it does."),
    howItWorks: textList.describe("How it works, a paragraph each.").optional(),
    treats: textList.describe('What it treats: "Acne scars", one each.').optional(),
    steps: uniqueIds(procedureStepSchema).describe(
      "What happens before, during and after the treatment, in order.",
    ),
    facts: procedureFactsSchema.describe("The key facts, shown beside the explainer.").optional(),
    suitability: suitabilitySchema.optional(),
    preparation: uniqueIds(careItemSchema)
      .describe("Care before the appointment and on the day.")
      .optional(),
    sideEffects: uniqueIds(sideEffectSchema)
      .describe("What patients may feel or see after, and when to call.")
      .optional(),
    aftercare: uniqueIds(careItemSchema).describe("Care after the treatment.").optional(),
    followUp: followUpSchema.describe("The follow-up or touch-up visit.").optional(),
    expectations: textList.describe("What to expect after the treatment, one each.").optional(),
    faq: uniqueIds(faqItemSchema)
      .describe("Questions patients ask, with the clinic's answers.")
      .optional(),
    results: uniqueIds(resultCaseSchema)
      .describe("Before-and-after photos, each with its context and the patient's consent.")
      .optional(),
    disclaimer: text.describe('Shown under the explainer: "Individual results vary."').optional(),
    review: z
      .object({
        by: text.describe("Who reviewed the page: the clinic's medical director."),
        credentials: text.describe('Their credentials: "MD, FRCPC".').optional(),
        date: isoDate.describe("When they reviewed it (2026-03-14)."),
      })
      .describe("The clinic's own medical review of this page.")
      .optional(),
  })
  .describe(
    "A treatment page: what it is, who should not have it, how to prepare, side effects, aftercare, " +
      "the follow-up visit and the questions patients ask. Starter library: medspa-ui/content " +
      "exports five samples, botulinumToxin, dermalFiller, chemicalPeel, laserHairRemoval and " +
      "microneedling, in English (examples) and Canadian French (examplesFrCA). Each sample is a " +
      "starting point that the clinic's medical director must review before publishing.",
  );

const httpsUrl = z
  .string({ error: expected("must be text") })
  .refine((value) => toSafeHttpsUrl(value) !== undefined, {
    message: "must be an absolute https:// URL",
  });

const bookingPageUrl = httpsUrl.describe("The booking page's address (https://).");

export const bookingProviderSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("link"), url: bookingPageUrl }),
    z.object({
      kind: z.literal("embed"),
      url: bookingPageUrl,
      vendor: oneOf(bookingVendorValues)
        .describe("The booking system, when the page is embedded: it tells when a booking is made.")
        .optional(),
    }),
  ],
  { error: 'kind must be "link" or "embed"' },
);

export const clinicSchema = z.object({
  name: text.describe("The clinic's name, as on its sign."),
  phone: z
    .string({ error: expected("must be text") })
    .refine(isDialablePhone, {
      message: `must be a dialable phone number: digits with an optional leading +, ${minimumPhoneDigits}–${maximumPhoneDigits} digits`,
    })
    .describe('The number patients call: "+1 905 555 0134".')
    .optional(),
  bookingUrl: httpsUrl
    .describe("The clinic's online booking page (https://), when booking is a plain link.")
    .optional(),
  booking: bookingProviderSchema
    .describe("Online booking: a link to the booking page, or the page embedded in a dialog.")
    .optional(),
  address: text.describe("The street address, for the handout and search engines.").optional(),
  hours: text.describe('Opening hours as patients read them: "Mon–Fri 9–6".').optional(),
});
