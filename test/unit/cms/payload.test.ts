// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  clinicFromPayload,
  clinicToPayload,
  fromPayload,
  type PayloadCollection,
  type PayloadField,
  payloadCollections,
  toPayload,
} from "../../../src/cms/payload";
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

const [procedures, media, clinics] = payloadCollections() as [
  PayloadCollection,
  PayloadCollection,
  PayloadCollection,
];
const rename = (name: string, atRoot: boolean) =>
  name === "id" ? (atRoot ? "slug" : "itemId") : name === "bookingUrl" ? "bookingPage" : name;

/** The columns Payload's SQL adapters make of a table's fields: each path in snake case. */
function columnNames(fields: PayloadField[], prefix = ""): string[] {
  return fields.flatMap((field) => {
    const column = `${prefix}${field.name.replace(/([A-Z])/g, "_$1").toLowerCase()}`;
    // A group's fields are columns of the same table; a list's rows are a table of their own.
    if (field.type === "group") {
      return columnNames(field.fields ?? [], `${column}_`);
    }
    if (field.type === "array") {
      return [];
    }
    return [column];
  });
}

/** Payload's field at a model path, e.g. "sideEffects[].tier" → sideEffects.itemId… */
const payloadFieldAt = (fields: PayloadField[], path: string) => fieldAt(fields, path, rename);

/**
 * Whether a model path has its field: a photo's parts are its media document's, the address and
 * size from the upload itself, the alt text from the media collection's own field.
 */
function hasPayloadField(fields: PayloadField[], path: string): boolean {
  const parent = path.slice(0, path.lastIndexOf("."));
  const upload = parent === "" ? undefined : payloadFieldAt(fields, parent);
  if (upload?.type === "upload") {
    const part = path.slice(parent.length + 1);
    return (
      upload.relationTo === media.slug &&
      (part === "alt"
        ? media.fields.some((field) => field.name === "alt")
        : media.upload !== undefined)
    );
  }
  return payloadFieldAt(fields, path) !== undefined;
}

/** The media documents a test "uploads": ids in, documents out, as Payload reads at depth 1. */
function mediaLibrary() {
  const documents = new Map<number, Record<string, unknown>>();
  return {
    upload(photo: { src: string; alt: string; width: number; height: number }) {
      const id = documents.size + 1;
      documents.set(id, {
        id,
        url: `/api/media/file/${photo.src.split("/").pop()}`,
        alt: photo.alt,
        width: photo.width,
        height: photo.height,
        createdAt: "2026-12-03T10:00:00.000Z",
      });
      return id;
    },
    /** The document as Payload returns it: photos populated, every row with its own Payload id. */
    read(data: Record<string, unknown>): Record<string, unknown> {
      let row = 0;
      const visit = (value: unknown, key?: string): unknown => {
        if ((key === "before" || key === "after") && typeof value === "number") {
          return documents.get(value);
        }
        if (Array.isArray(value)) {
          return value.map((item) =>
            typeof item === "object" && item !== null
              ? { id: `row${++row}`, ...(visit(item) as object) }
              : item,
          );
        }
        if (typeof value === "object" && value !== null) {
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
        }
        return value;
      };
      return { id: 7, createdAt: "2026-12-03T10:00:00.000Z", ...(visit(data) as object) };
    },
  };
}

/** The sample with each photo's address where the media collection serves it. */
function servedFromMedia(sample: Procedure): Procedure {
  const copy = structuredClone(sample);
  for (const result of copy.results ?? []) {
    for (const photo of [result.before, result.after]) {
      photo.src = `/api/media/file/${photo.src.split("/").pop()}`;
    }
  }
  return copy;
}

describe("payloadCollections", () => {
  it("should give every field of the model a Payload field, in procedures and clinics", () => {
    const procedurePaths = modelPaths(procedureJsonSchema());
    expect(procedurePaths).toContain("results[].consent.publish");
    expect(procedurePaths.filter((path) => !hasPayloadField(procedures.fields, path))).toEqual([]);
    const clinicPaths = modelPaths(clinicJsonSchema());
    expect(clinicPaths).toContain("booking.vendor");
    expect(clinicPaths.filter((path) => !hasPayloadField(clinics.fields, path))).toEqual([]);
  });

  it("should give each field a column of its own in Payload's SQL adapters", () => {
    for (const collection of [procedures, clinics]) {
      const columns = columnNames(collection.fields);
      expect(columns.filter((column, index) => columns.indexOf(column) !== index)).toEqual([]);
    }
    expect(columnNames(clinics.fields)).toEqual(
      expect.arrayContaining(["booking_page", "booking_url", "booking_kind"]),
    );
  });

  it("should give every field of the model its label and its description", () => {
    // The fields the model describes validate; the ones a CMS adds (a moment's kind, a list's
    // sentence) do not.
    const undescribed = (fields: PayloadField[], prefix = ""): string[] =>
      fields.flatMap((field) => [
        ...(field.validate !== undefined && !(field.label && field.admin?.description)
          ? [`${prefix}${field.name}`]
          : []),
        ...("fields" in field ? undescribed(field.fields, `${prefix}${field.name}.`) : []),
      ]);
    expect(undescribed(procedures.fields)).toEqual([]);
    expect(undescribed(clinics.fields)).toEqual([]);
  });

  it("should name the three collections, each with labels an editor reads", () => {
    expect([procedures.slug, media.slug, clinics.slug]).toEqual(["procedures", "media", "clinics"]);
    expect(payloadFieldAt(procedures.fields, "sideEffects")).toMatchObject({
      type: "array",
      label: "Side effects",
      labels: { singular: "Side effect", plural: "Side effects" },
    });
    expect(payloadFieldAt(procedures.fields, "faq[].question")?.admin?.description).toBe(
      'The question as a patient asks it: "Does it hurt?"',
    );
    expect(payloadFieldAt(procedures.fields, "sideEffects[].tier")).toMatchObject({
      type: "select",
      options: [
        { label: "Expected", value: "expected" },
        { label: "Contact clinic", value: "contact-clinic" },
        { label: "Urgent", value: "urgent" },
      ],
    });
    const slugs = payloadCollections({ slugs: { media: "photos" } });
    expect(payloadFieldAt(slugs[0]?.fields ?? [], "results[].before")).toMatchObject({
      type: "upload",
      relationTo: "photos",
    });
  });

  it("should write text per language, and ids, timings, tiers, numbers and photos once", () => {
    const localized = (path: string) => payloadFieldAt(procedures.fields, path)?.localized === true;
    expect(
      ["name", "summary", "sideEffects[].name", "faq[].answer", "results[].area"].every(localized),
    ).toBe(true);
    expect(media.fields.find((field) => field.name === "alt")?.localized).toBe(true);
    expect(
      [
        "id",
        "sideEffects",
        "sideEffects[].id",
        "sideEffects[].tier",
        "sideEffects[].duration.min",
        "preparation[].when.from",
        "results[].before",
        "results[].sessions",
      ].some(localized),
    ).toBe(false);
    expect(payloadFieldAt(procedures.fields, "id")).toMatchObject({ name: "slug", unique: true });
    const unlocalized = payloadCollections({ localized: false })[0]?.fields ?? [];
    expect(payloadFieldAt(unlocalized, "name")?.localized).toBeUndefined();
  });

  it("should refuse what parseProcedure refuses, in its words", () => {
    const validate = (path: string, value: unknown) =>
      payloadFieldAt(procedures.fields, path)?.validate?.(value, {});
    expect(validate("sideEffects[].tier", "urgnet")).toBe(
      'must be one of "expected", "contact-clinic", "urgent"',
    );
    expect(validate("sideEffects[].tier", "urgent")).toBe(true);
    expect(validate("name", "")).toBe("Name: is required");
    expect(validate("facts", undefined)).toBe(true);
    expect(validate("facts.downtime", { min: 5, max: 2, unit: "days" })).toBe(
      "max (2) is less than min (5)",
    );
    expect(validate("facts.downtime", { min: 1, max: null, unit: "days" })).toBe(
      "Max: is required",
    );
    expect(validate("facts.downtime", { min: null, max: null, unit: null })).toBe(true);
    expect(
      validate("preparation[].when", {
        on: false,
        from: { kind: "after", amount: 5, unit: "days" },
        until: { kind: "after", amount: 1, unit: "days" },
      }),
    ).toBe("until (1 day after) must not be earlier than from (5 days after)");
    expect(validate("results[].consent.publish", false)).toBe(
      "must be true: a result is shown only with the patient's written consent",
    );
    expect(validate("results[].before", 3)).toBe(true);
    expect(validate("results[].before", null)).toBe("Before: is required");
    expect(
      validate("sideEffects", [
        {
          itemId: "swelling",
          name: "Swelling",
          description: "Puffy.",
          frequency: "common",
          tier: "expected",
        },
        {
          itemId: "swelling",
          name: "Bruising",
          description: "Marks.",
          frequency: "common",
          tier: "expected",
        },
      ]),
    ).toBe('1.id: duplicate id "swelling" (already used by item 0)');
    expect(
      payloadFieldAt(clinics.fields, "booking.url")?.validate?.("http://spa.example/book", {}),
    ).toBe("must be an absolute https:// URL");
  });
});

describe("toPayload and fromPayload", () => {
  it.each(treatments)("should bring %s back as it went in, in English and French", (key) => {
    const library = mediaLibrary();
    const english = examples[key];
    const saved = library.read(toPayload(english, { media: library.upload }));
    expect(saved).not.toHaveProperty("id", english.id);
    expect(parseProcedure(fromPayload(saved))).toEqual(servedFromMedia(english));
    // French is written into the same rows: each keeps its Payload id.
    const french = toPayload(examplesFrCA[key], { media: library.upload, existing: saved });
    const rows = (french.sideEffects as { id?: string }[] | undefined) ?? [];
    expect(rows.every((row) => typeof row.id === "string")).toBe(true);
    expect(parseProcedure(fromPayload(library.read(french)))).toEqual(
      servedFromMedia(examplesFrCA[key]),
    );
  });

  it("should leave Payload's ids, row ids and empty fields behind", () => {
    const procedure = fromPayload({
      id: 12,
      slug: "peel",
      name: "Peel",
      summary: "A peel.",
      steps: [
        {
          id: "6751",
          itemId: "cleanse",
          phase: "before",
          title: "Cleanse",
          description: "We clean.",
        },
      ],
      facts: { downtime: { min: null, max: null, unit: null }, numbing: null },
      followUp: { after: { min: null, max: null, unit: null }, purpose: null },
      sideEffects: [],
      disclaimer: "",
      updatedAt: "2026-12-03T10:00:00.000Z",
    });
    expect(procedure).toEqual({
      id: "peel",
      name: "Peel",
      summary: "A peel.",
      steps: [{ id: "cleanse", phase: "before", title: "Cleanse", description: "We clean." }],
    });
  });

  it("should say what to do when a photo is not uploaded or not read with its media", () => {
    const withResults = examples.botulinumToxin;
    expect(() => toPayload(withResults)).toThrow(
      "medspa-ui/cms/payload: results.0.before is a photo: upload it to the media collection and pass toPayload's media option",
    );
    const saved = toPayload(withResults, { media: () => 4 });
    expect(() => fromPayload(saved)).toThrow("read the procedure with depth: 1 or more");
  });

  it("should bring a clinic back as it went in", () => {
    const clinic = {
      name: "Lakeshore Skin Clinic",
      phone: "+1 905 555 0134",
      booking: { kind: "embed", url: "https://calendly.com/lakeshore", vendor: "calendly" },
      address: "12 Lake St",
    } as const;
    expect(parseClinic(clinicFromPayload(clinicToPayload(clinic)))).toEqual(clinic);
    expect(
      clinicFromPayload({
        name: "Spa",
        booking: { kind: "link", url: "https://spa.example", vendor: "calendly" },
      }),
    ).toEqual({ name: "Spa", booking: { kind: "link", url: "https://spa.example" } });
  });
});
