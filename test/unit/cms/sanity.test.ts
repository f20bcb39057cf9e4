// @vitest-environment node
import { groupProblems, validateSchema } from "@sanity/schema/_internal";
import { describe, expect, it } from "vitest";
import {
  clinicFromSanity,
  clinicToSanity,
  fromSanity,
  type SanityField,
  type SanityRule,
  sanitySchemaTypes,
  toSanity,
} from "../../../src/cms/sanity";
import {
  clinicJsonSchema,
  examples,
  examplesFrCA,
  type Procedure,
  parseClinic,
  parseProcedure,
  procedureJsonSchema,
} from "../../../src/content";
import { fieldAt, modelPaths, treatments } from "./support";

const [procedureType, clinicType] = sanitySchemaTypes as [SanityField, SanityField];
const rename = (name: string, atRoot: boolean) => (name === "id" && atRoot ? "slug" : name);
const sanityFieldAt = (type: SanityField, path: string) => fieldAt(type.fields ?? [], path, rename);

/** An image asset id as Sanity names it: its hash, its size and its format. */
const assetOf = (photo: { src: string; width: number; height: number }) =>
  `image-${photo.src.replace(/\W/g, "")}-${photo.width}x${photo.height}-svg`;

const cdn = "https://cdn.sanity.io/images/abc123/production";

/** The sample with each photo's address on Sanity's image CDN. */
function servedFromSanity(sample: Procedure): Procedure {
  const copy = structuredClone(sample);
  for (const result of copy.results ?? []) {
    for (const photo of [result.before, result.after]) {
      photo.src = `${cdn}/${photo.src.replace(/\W/g, "")}-${photo.width}x${photo.height}.svg`;
    }
  }
  return copy;
}

/** Runs a field's validation the way Sanity does: the custom check, given the field's value. */
function validate(field: SanityField | undefined, value: unknown): true | string {
  let check: ((value: unknown) => true | string) | undefined;
  const rule: SanityRule = {
    required: () => rule,
    custom: (given) => {
      check = given;
      return rule;
    },
  };
  field?.validation?.(rule);
  if (check === undefined) {
    throw new Error("the field has no validation");
  }
  return check(value);
}

describe("sanitySchemaTypes", () => {
  it("should pass Sanity's own schema validator with no error and no warning", () => {
    const problems = groupProblems(validateSchema(sanitySchemaTypes).getTypes());
    expect(problems.flatMap((group) => group.problems)).toEqual([]);
  });

  it("should let Sanity's validator find a broken type (the check can fail)", () => {
    const broken = [{ ...procedureType, fields: [{ name: "name", type: "strnig" }] }];
    const problems = groupProblems(validateSchema(broken).getTypes()).flatMap(
      (group) => group.problems,
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining("Unknown type: strnig"),
    ]);
  });

  it("should give every field of the model a Sanity field, in procedure and clinic", () => {
    const missing = (type: SanityField, paths: string[]) =>
      paths.filter((path) => {
        const parent = path.slice(0, path.lastIndexOf("."));
        // A photo's address and size are its image asset's; its alt text is a field of the image.
        if (parent !== "" && sanityFieldAt(type, parent)?.type === "image") {
          return !path.endsWith(".alt") ? false : sanityFieldAt(type, path) === undefined;
        }
        return sanityFieldAt(type, path) === undefined;
      });
    expect(missing(procedureType, modelPaths(procedureJsonSchema()))).toEqual([]);
    expect(missing(clinicType, modelPaths(clinicJsonSchema()))).toEqual([]);
  });

  it("should refuse what parseProcedure refuses, in its words", () => {
    expect(validate(sanityFieldAt(procedureType, "sideEffects[].tier"), "urgnet")).toBe(
      'must be one of "expected", "contact-clinic", "urgent"',
    );
    expect(validate(sanityFieldAt(procedureType, "id"), { _type: "slug", current: "Botox!" })).toBe(
      'must be a slug of lowercase letters, digits and single hyphens, e.g. "sun-protection"',
    );
    expect(validate(sanityFieldAt(procedureType, "id"), { current: "botox" })).toBe(true);
    expect(validate(sanityFieldAt(procedureType, "name"), undefined)).toBe("Name: is required");
    expect(
      validate(sanityFieldAt(procedureType, "aftercare[].when"), {
        from: { kind: "after", amount: 5, unit: "days" },
        until: { kind: "after", amount: 1, unit: "days" },
      }),
    ).toBe("until (1 day after) must not be earlier than from (5 days after)");
    expect(validate(sanityFieldAt(procedureType, "results[].consent.publish"), false)).toBe(
      "must be true: a result is shown only with the patient's written consent",
    );
    expect(validate(sanityFieldAt(procedureType, "results[].before.alt"), "")).toBe(
      "Alt text: is required",
    );
    expect(validate(sanityFieldAt(clinicType, "bookingUrl"), "http://spa.example")).toBe(
      "must be an absolute https:// URL",
    );
  });
});

describe("toSanity and fromSanity", () => {
  it.each(treatments)("should bring %s back as it went in, in English and French", (key) => {
    for (const [language, sample] of [
      ["en", examples[key]],
      ["fr-CA", examplesFrCA[key]],
    ] as const) {
      const document = toSanity(sample, { language, image: assetOf });
      // As the Content Lake stores it: JSON, with Sanity's own fields beside the model's.
      const stored = {
        _id: `${key}-${language}`,
        _rev: "r1",
        ...JSON.parse(JSON.stringify(document)),
      };
      expect(stored).toMatchObject({ _type: "procedure", language, slug: { current: sample.id } });
      expect(
        parseProcedure(fromSanity(stored, { projectId: "abc123", dataset: "production" })),
      ).toEqual(servedFromSanity(sample));
    }
  });

  it("should key each row of a list by the model's id, with its type", () => {
    const document = toSanity(examples.microneedling, { image: assetOf });
    const rows = document.sideEffects as { _key: string; _type: string; id: string }[];
    expect(rows.every((row) => row._key === row.id && row._type === "sideEffect")).toBe(true);
    expect(new Set(rows.map((row) => row._key)).size).toBe(rows.length);
  });

  it("should read photos from a query that dereferenced their assets", () => {
    // `*[_type == "procedure"]{ ..., results[]{ ..., before{ ..., asset-> }, after{ ..., asset-> } } }`
    const document = JSON.parse(
      JSON.stringify(toSanity(examples.botulinumToxin, { image: assetOf })),
      (key, value) =>
        key === "asset"
          ? {
              _id: value._ref,
              url: `https://cdn.sanity.io/images/p/d/${value._ref}.svg`,
              metadata: { dimensions: { width: 800, height: 600 } },
            }
          : value,
    );
    const [first] = fromSanity(document).results ?? [];
    expect(first?.before).toMatchObject({
      src: `https://cdn.sanity.io/images/p/d/${assetOf(examples.botulinumToxin.results?.[0]?.before ?? { src: "", width: 0, height: 0 })}.svg`,
      width: 800,
      height: 600,
    });
    expect(() => fromSanity(toSanity(examples.botulinumToxin, { image: assetOf }))).toThrow(
      "pass fromSanity's projectId and dataset",
    );
  });

  it("should bring a clinic back as it went in", () => {
    const clinic = {
      name: "Willow Aesthetics",
      bookingUrl: "https://willow.example/book",
      booking: { kind: "link", url: "https://willow.example/book" },
    } as const;
    expect(parseClinic(clinicFromSanity(clinicToSanity(clinic, { language: "en" })))).toEqual(
      clinic,
    );
  });
});
