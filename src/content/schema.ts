import { z } from "zod";
import {
  aftercareKindValues,
  bookingVendorValues,
  durationUnitValues,
  frequencyValues,
  isDialablePhone,
  isIsoDate,
  maximumPhoneDigits,
  minimumPhoneDigits,
  numbingValues,
  phaseValues,
  procedureTypeValues,
  slugPattern,
  tierValues,
  toSafeHttpsUrl,
} from "../shared";

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

const slug = z.string({ error: expected("must be text") }).regex(slugPattern, {
  message: 'must be a slug of lowercase letters, digits and single hyphens, e.g. "sun-protection"',
});

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

export const rangeSchema = withOrderedBounds(z.object({ min: count, max: count }));

export const durationRangeSchema = withOrderedBounds(
  z.object({
    min: count,
    max: count,
    unit: oneOf(durationUnitValues),
  }),
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

function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, {
    error: expected(`must be one of ${values.map((value) => `"${value}"`).join(", ")}`),
  });
}

export const procedureStepSchema = z.object({
  id: slug,
  phase: oneOf(phaseValues),
  title: text,
  description: text,
  duration: durationRangeSchema.optional(),
});

export const procedureFactsSchema = z.object({
  treatmentTime: durationRangeSchema.optional(),
  downtime: durationRangeSchema.optional(),
  sessions: rangeSchema
    .refine((range) => Number.isInteger(range.min) && Number.isInteger(range.max), {
      message: "sessions must be whole numbers",
    })
    .optional(),
  interval: durationRangeSchema.optional(),
  numbing: oneOf(numbingValues).optional(),
  resultsVisible: durationRangeSchema.optional(),
});

export const sideEffectSchema = z.object({
  id: slug,
  name: text,
  description: text,
  frequency: oneOf(frequencyValues),
  tier: oneOf(tierValues),
  duration: durationRangeSchema.optional(),
  peak: durationRangeSchema.optional(),
  selfCare: textList.optional(),
  seekHelpIf: textList.optional(),
});

const hours = count;

export const aftercareItemSchema = z.object({
  id: slug,
  text,
  kind: oneOf(aftercareKindValues),
  window: z
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
    })
    .optional(),
  details: text.optional(),
});

const isoDate = z
  .string({ error: expected("must be text") })
  .refine(isIsoDate, { message: 'must be an ISO 8601 date such as "2026-03-14"' });

export const procedureSchema = z.object({
  id: slug,
  name: text,
  alsoKnownAs: textList.optional(),
  procedureType: oneOf(procedureTypeValues).optional(),
  bodyLocation: textList.optional(),
  summary: text,
  howItWorks: textList.optional(),
  treats: textList.optional(),
  steps: uniqueIds(procedureStepSchema),
  facts: procedureFactsSchema.optional(),
  sideEffects: uniqueIds(sideEffectSchema).optional(),
  aftercare: uniqueIds(aftercareItemSchema).optional(),
  expectations: textList.optional(),
  disclaimer: text.optional(),
  review: z.object({ by: text, credentials: text.optional(), date: isoDate }).optional(),
});

const httpsUrl = z
  .string({ error: expected("must be text") })
  .refine((value) => toSafeHttpsUrl(value) !== undefined, {
    message: "must be an absolute https:// URL",
  });

export const bookingProviderSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("link"), url: httpsUrl }),
    z.object({
      kind: z.literal("embed"),
      url: httpsUrl,
      vendor: oneOf(bookingVendorValues).optional(),
    }),
  ],
  { error: 'kind must be "link" or "embed"' },
);

export const clinicSchema = z.object({
  name: text,
  phone: z
    .string({ error: expected("must be text") })
    .refine(isDialablePhone, {
      message: `must be a dialable phone number: digits with an optional leading +, ${minimumPhoneDigits}–${maximumPhoneDigits} digits`,
    })
    .optional(),
  bookingUrl: httpsUrl.optional(),
  booking: bookingProviderSchema.optional(),
  address: text.optional(),
  hours: text.optional(),
});
