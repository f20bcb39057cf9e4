// medspa-ui/cms/payload: the content model as Payload 3 collections, and the two ways between a
// Payload document and the `Procedure` / `Clinic` the components take. Payload is not a
// dependency: this module writes plain config objects (the part of Payload's types it uses is
// below) and reads plain documents. examples/payload-sqlite proves it on Payload's Local API.
import type { z } from "zod";
import {
  type Clinic,
  clinicSchema,
  type Procedure,
  procedureSchema,
  type ResultPhoto,
} from "../content";
import {
  type CmsShape,
  checksRequired,
  type FieldPlace,
  fieldProblem,
  isRecord,
  momentAmount,
  momentKind,
  readObject,
  writeObject,
} from "./convert";
import { itemLabelOf, type ModelField, modelFields, optionLabel } from "./model";

/** What every field this module writes has (Payload's `FieldBase`). */
interface PayloadFieldBase {
  name: string;
  label?: string;
  required?: boolean;
  localized?: boolean;
  admin?: {
    description?: string;
    condition?: (data: unknown, siblingData: Record<string, unknown>) => boolean;
  };
  validate?: (value: unknown, options: { siblingData?: unknown }) => string | true;
}

/**
 * The part of Payload 3's field config this module writes: each kind as Payload's own `Field`
 * union has it, so `payloadCollections()` goes into `buildConfig` as it is
 * (examples/payload-sqlite/typed-config.ts holds it to Payload's types).
 */
export type PayloadField = PayloadFieldBase &
  (
    | { type: "text"; unique?: boolean; index?: boolean }
    | { type: "textarea" }
    | { type: "number"; min?: number }
    | { type: "checkbox" }
    | { type: "select"; options: { label: string; value: string }[] }
    | { type: "group"; fields: PayloadField[] }
    | { type: "array"; fields: PayloadField[]; labels?: { singular: string; plural: string } }
    | { type: "upload"; relationTo: string }
  );

/** The part of a Payload 3 collection config this module writes (`CollectionConfig`). */
export interface PayloadCollection {
  slug: string;
  labels: { singular: string; plural: string };
  admin?: { useAsTitle?: string; defaultColumns?: string[]; description?: string };
  upload?: { mimeTypes: string[] };
  fields: PayloadField[];
}

export interface PayloadCollectionsOptions {
  /**
   * Collection slugs, when the site already uses one of these names.
   * @default { procedures: "procedures", media: "media", clinics: "clinics" }
   */
  slugs?: Partial<Record<"procedures" | "media" | "clinics", string>>;
  /**
   * Whether text is written per language (Payload's `localization` must then be configured).
   * Ids, timings, tiers, numbers and photos are the same in every language.
   * @default true
   */
  localized?: boolean;
}

/** A Payload document as the Local API or REST returns it: plain JSON. */
export type PayloadDocument = Record<string, unknown>;

export interface ToPayloadOptions {
  /**
   * The id of the media document that holds a photo: upload each photo first (the Local API's
   * `create({ collection: "media", data: { alt }, filePath })`), then map it here.
   */
  media?: (photo: ResultPhoto, path: string) => string | number;
  /**
   * The document as saved, when updating it in another language: rows of its lists keep their
   * Payload row ids (matched by the model's own `id`), so the update writes this language's text
   * into the same rows instead of replacing them.
   */
  existing?: PayloadDocument;
}

// Payload gives every document and every list row an `id` of its own, a primary key across all
// documents in the SQL adapters: the model's own ids live in fields of their own.
const documentIdField = "slug";
const rowIdField = "itemId";
const listTextField = "text";

// Payload's SQL adapters name a column by its path in snake case: `bookingUrl` and `booking.url`
// would both be `booking_url`, and one would silently not be saved.
const renamed: Record<string, string> = { bookingUrl: "bookingPage" };

function photoOf(value: unknown): ResultPhoto | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (!isRecord(value)) {
    throw new Error(
      "medspa-ui/cms/payload: a result's photo is a media id, not its document: read the procedure with depth: 1 or more",
    );
  }
  // Payload's image sizes, when the media collection has them, are the photo's other sizes.
  const srcSet = Object.values(isRecord(value.sizes) ? value.sizes : {})
    .filter(
      (size): size is { url: string; width: number } =>
        isRecord(size) && typeof size.url === "string" && typeof size.width === "number",
    )
    .map((size) => `${size.url} ${size.width}w`)
    .join(", ");
  return {
    src: String(value.url),
    alt: typeof value.alt === "string" ? value.alt : "",
    width: Number(value.width),
    height: Number(value.height),
    ...(srcSet === "" ? {} : { srcSet }),
  } as ResultPhoto;
}

function payloadShape(media: ToPayloadOptions["media"]): CmsShape {
  return {
    name: (name, atRoot) =>
      name === "id" ? (atRoot ? documentIdField : rowIdField) : (renamed[name] ?? name),
    readDocumentId: (value) => value,
    writeDocumentId: (id) => id,
    readListText: (row) => (isRecord(row) ? row[listTextField] : undefined),
    writeListText: (text, saved) =>
      isRecord(saved) && saved.id !== undefined
        ? { id: saved.id, [listTextField]: text ?? null }
        : { [listTextField]: text },
    keepsSentenceRows: true,
    readPhoto: photoOf,
    writePhoto: (photo, path) => {
      if (media === undefined) {
        throw new Error(
          `medspa-ui/cms/payload: ${path} is a photo: upload it to the media collection and pass toPayload's media option`,
        );
      }
      return media(photo, path);
    },
    // A row of the saved document keeps its Payload id, so an update in another language writes
    // into it rather than replacing it.
    savedRow: (item, savedRows) =>
      Array.isArray(savedRows)
        ? savedRows.find((row) => isRecord(row) && row[rowIdField] === item.id)
        : undefined,
    row: (written, _item, saved) =>
      isRecord(saved) && saved.id !== undefined ? { id: saved.id, ...written } : written,
  };
}

const readingShape = payloadShape(undefined);

// While Payload validates a save, a photo is its media document's id, which Payload checks.
const validatingShape: CmsShape = {
  ...readingShape,
  readPhoto: (value) =>
    typeof value === "number" || typeof value === "string"
      ? { src: "/uploaded", alt: "Uploaded", width: 1, height: 1 }
      : photoOf(value),
};

// ---- Field configs ---------------------------------------------------------------------------

interface FieldContext extends FieldPlace {
  localized: boolean;
  mediaSlug: string;
}

/** Payload's validate for a field: the model's own rule, in parseProcedure's words. */
function validator(field: ModelField, context: FieldContext) {
  return (value: unknown): string | true =>
    fieldProblem(field, value, validatingShape, checksRequired(field, context));
}

function selectOptions(options: readonly string[]) {
  return options.map((value) => ({ label: optionLabel(value), value }));
}

function payloadField(field: ModelField, context: FieldContext): PayloadField {
  const node = field.node;
  const base = {
    name: readingShape.name(field.name, context.atRoot),
    label: field.label,
    ...(checksRequired(field, context) ? { required: true } : {}),
    ...(field.description === undefined ? {} : { admin: { description: field.description } }),
    validate: validator(field, context),
  };
  const nested = (fields: ModelField[], optional: boolean) =>
    fields.map((child) =>
      payloadField(child, { ...context, atRoot: false, inOptionalGroup: optional }),
    );
  switch (node.kind) {
    case "text": {
      const localized = node.translatable && context.localized ? { localized: true } : {};
      if (node.multiline) {
        return { ...base, ...localized, type: "textarea" };
      }
      return {
        ...base,
        ...localized,
        type: "text",
        ...(field.name === "id" && context.atRoot ? { unique: true, index: true } : {}),
      };
    }
    case "number":
      return { ...base, type: "number", min: node.integer ? 1 : 0 };
    case "boolean":
    case "flag":
    case "required-true":
      return { ...base, type: "checkbox" };
    case "select":
      return { ...base, type: "select", options: selectOptions(node.options) };
    case "object":
      return {
        ...base,
        type: "group",
        fields: nested(node.fields, !field.required || context.inOptionalGroup),
      };
    case "list": {
      const singular = itemLabelOf(field.name);
      const labels = { singular, plural: field.label };
      if (node.item.kind === "object") {
        return { ...base, type: "array", labels, fields: nested(node.item.fields, false) };
      }
      // A list of sentences shares its rows between languages, each row's text written per
      // language, like every other list. (A list localized as a whole, nested in a list row, is
      // read back into the wrong rows by Payload 3.90's SQLite adapter.)
      return {
        ...base,
        type: "array",
        labels,
        fields: [
          {
            type: node.item.kind === "text" && node.item.multiline ? "textarea" : ("text" as const),
            name: listTextField,
            label: singular,
            ...(context.localized ? { localized: true } : {}),
          } as PayloadField,
        ],
      };
    }
    case "moment": {
      const kinds = [...node.words, ...node.keys];
      const needsAmount = (_: unknown, sibling: Record<string, unknown>) =>
        node.keys.includes(String(sibling[momentKind]));
      return {
        ...base,
        type: "group",
        fields: [
          { type: "select", name: momentKind, label: "When", options: selectOptions(kinds) },
          {
            type: "number",
            name: momentAmount,
            label: "How many",
            min: 0,
            admin: { condition: needsAmount },
          },
          ...nested(node.fields, true).map((child) => ({
            ...child,
            admin: { ...child.admin, condition: needsAmount },
          })),
        ],
      };
    }
    case "variants":
      return {
        ...base,
        type: "group",
        fields: [
          {
            type: "select",
            name: node.discriminator,
            label: optionLabel(node.discriminator),
            options: selectOptions(node.variants.map((variant) => variant.value)),
          },
          ...nested(node.fields, true),
        ],
      };
    case "photo":
      return { ...base, type: "upload", relationTo: context.mediaSlug };
  }
}

/**
 * Payload 3 collections for the content model: procedures (every field of `Procedure`, text per
 * language, ids, timings, tiers and numbers shared), media (the results' photos, with alt text
 * per language) and clinics. Each field validates with the rule `parseProcedure` applies and says
 * it in the same words.
 *
 * @example
 * ```ts
 * import { buildConfig } from "payload";
 * import { payloadCollections } from "medspa-ui/cms/payload";
 *
 * export default buildConfig({
 *   collections: [...payloadCollections(), users],
 *   localization: { locales: ["en", "fr-CA"], defaultLocale: "en" },
 *   // db, secret, editor…
 * });
 * ```
 */
export function payloadCollections(options: PayloadCollectionsOptions = {}): PayloadCollection[] {
  const slugs = { procedures: "procedures", media: "media", clinics: "clinics", ...options.slugs };
  const context: FieldContext = {
    localized: options.localized ?? true,
    mediaSlug: slugs.media,
    atRoot: true,
    inOptionalGroup: false,
  };
  const fields = (schema: z.ZodType) =>
    modelFields(schema).map((field) => payloadField(field, context));
  return [
    {
      slug: slugs.procedures,
      labels: { singular: "Procedure", plural: "Procedures" },
      admin: {
        useAsTitle: "name",
        defaultColumns: ["name", documentIdField, "updatedAt"],
        description: procedureSchema.description,
      },
      fields: fields(procedureSchema as z.ZodType),
    },
    {
      slug: slugs.media,
      labels: { singular: "Photo", plural: "Photos" },
      admin: { useAsTitle: "alt" },
      upload: { mimeTypes: ["image/*"] },
      fields: [
        {
          type: "text",
          name: "alt",
          label: "Alt text",
          required: true,
          ...(context.localized ? { localized: true } : {}),
          admin: {
            description:
              "What the photo shows, for people who cannot see it: the area, the angle, what to notice.",
          },
        },
      ],
    },
    {
      slug: slugs.clinics,
      labels: { singular: "Clinic", plural: "Clinics" },
      admin: { useAsTitle: "name" },
      fields: fields(clinicSchema as z.ZodType),
    },
  ];
}

/**
 * A `Procedure` as the data Payload's Local API `create` or `update` takes (for seeding and
 * migrations): pass `locale` to Payload with it. Photos need their media ids (`options.media`).
 */
export function toPayload(procedure: Procedure, options: ToPayloadOptions = {}): PayloadDocument {
  return writeObject(
    modelFields(procedureSchema as z.ZodType),
    procedure,
    options.existing,
    payloadShape(options.media),
    "",
    true,
  );
}

/** A `Clinic` as the data of a Payload clinics document. */
export function clinicToPayload(clinic: Clinic): PayloadDocument {
  return writeObject(
    modelFields(clinicSchema as z.ZodType),
    clinic,
    undefined,
    readingShape,
    "",
    true,
  );
}

/**
 * A Payload procedures document (read in one locale, with `depth: 1` so photos come with their
 * media documents) as the `Procedure` the components take. Payload's own ids, row ids and
 * timestamps are left behind; check the result with `parseProcedure`.
 */
export function fromPayload(document: PayloadDocument): Procedure {
  return (readObject(modelFields(procedureSchema as z.ZodType), document, readingShape, true) ??
    {}) as unknown as Procedure;
}

/** A Payload clinics document as the `Clinic` the components take. */
export function clinicFromPayload(document: PayloadDocument): Clinic {
  return (readObject(modelFields(clinicSchema as z.ZodType), document, readingShape, true) ??
    {}) as unknown as Clinic;
}
