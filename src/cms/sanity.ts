// medspa-ui/cms/sanity: the content model as Sanity schema types, and the two ways between a
// Sanity document and the `Procedure` / `Clinic` the components take. Sanity is not a dependency:
// the types are plain objects, as `defineType` returns them, checked by Sanity's own schema
// validator in test/unit/cms. One document per language, as Sanity's document
// internationalization plugin keeps them: each carries its `language`.
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
import { itemLabelOf, labelOf, type ModelField, modelFields, optionLabel } from "./model";

/** A Sanity schema type or field, as `defineType` and `defineField` return them. */
export interface SanityField {
  name: string;
  type: string;
  title?: string;
  description?: string;
  fields?: SanityField[];
  of?: SanityField[];
  options?: Record<string, unknown>;
  readOnly?: boolean;
  hidden?: boolean | ((context: { parent?: unknown }) => boolean);
  preview?: { select: Record<string, string> };
  validation?: (rule: SanityRule) => SanityRule;
}

/** The part of Sanity's `Rule` the types use. */
export interface SanityRule {
  required(): SanityRule;
  custom(check: (value: unknown) => true | string): SanityRule;
}

/** A Sanity document as the Content Lake stores it (or a GROQ query returns it). */
export type SanityDocument = Record<string, unknown>;

export interface ToSanityOptions {
  /** The document's language (`"en"`, `"fr-CA"`), one document per language. */
  language?: string;
  /** The document's `_id`. */
  id?: string;
  /**
   * The image asset that holds a photo (`image-<hash>-800x600-webp`): upload each photo first
   * (`client.assets.upload("image", file)`), then map it here.
   */
  image?: (photo: ResultPhoto, path: string) => string;
}

export interface FromSanityOptions {
  /**
   * Where photos are served from, when the query did not dereference the assets (`asset->`):
   * the project and dataset of Sanity's image CDN.
   */
  projectId?: string;
  dataset?: string;
}

const documentIdField = "slug";
const imageRef = /^image-([A-Za-z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/;

/** The type name of a list's rows: `sideEffects` → `sideEffect`. */
function rowTypeName(list: string): string {
  const words = itemLabelOf(list).toLowerCase().split(" ");
  return words
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

function photoReader(options: FromSanityOptions) {
  return (value: unknown): ResultPhoto | undefined => {
    if (!isRecord(value) || !isRecord(value.asset)) {
      return undefined;
    }
    const asset = value.asset;
    const reference = String(asset._ref ?? asset._id ?? "");
    const [, hash, width, height, extension] = imageRef.exec(reference) ?? [];
    const dimensions =
      isRecord(asset.metadata) && isRecord(asset.metadata.dimensions)
        ? asset.metadata.dimensions
        : {};
    let src = typeof asset.url === "string" ? asset.url : undefined;
    if (src === undefined && hash !== undefined) {
      if (options.projectId === undefined || options.dataset === undefined) {
        throw new Error(
          "medspa-ui/cms/sanity: a photo's asset is a reference: pass fromSanity's projectId and dataset, or query it with asset->",
        );
      }
      src = `https://cdn.sanity.io/images/${options.projectId}/${options.dataset}/${hash}-${width}x${height}.${extension}`;
    }
    return {
      src: String(src),
      alt: typeof value.alt === "string" ? value.alt : "",
      width: Number(dimensions.width ?? width),
      height: Number(dimensions.height ?? height),
    } as ResultPhoto;
  };
}

function sanityShape(image: ToSanityOptions["image"], readPhoto: CmsShape["readPhoto"]): CmsShape {
  return {
    name: (name, atRoot) => (name === "id" && atRoot ? documentIdField : name),
    readDocumentId: (value) => (isRecord(value) ? value.current : undefined),
    writeDocumentId: (id) => ({ _type: "slug", current: id }),
    readListText: (value) => value,
    writeListText: (text) => text,
    keepsSentenceRows: false,
    readPhoto,
    writePhoto: (photo, path) => {
      if (image === undefined) {
        throw new Error(
          `medspa-ui/cms/sanity: ${path} is a photo: upload it as an image asset and pass toSanity's image option`,
        );
      }
      return {
        _type: "image",
        asset: { _type: "reference", _ref: image(photo, path) },
        alt: photo.alt,
      };
    },
    savedRow: () => undefined,
    // Sanity keys each row of a list: the model's own id, unique in its list, is the key.
    row: (written, item, _saved, list) => ({
      _key: String(item.id),
      _type: rowTypeName(list.split(".").pop() ?? list),
      ...written,
    }),
  };
}

// While Sanity validates, a photo is an image whose asset may still be uploading.
const validatingShape = sanityShape(undefined, (value) =>
  isRecord(value) && value.asset !== undefined
    ? { src: "/uploaded", alt: typeof value.alt === "string" ? value.alt : "", width: 1, height: 1 }
    : undefined,
);

type FieldContext = FieldPlace;

/** Sanity's validation for a field: the model's own rule, in parseProcedure's words. */
function validation(field: ModelField, context: FieldContext) {
  return (rule: SanityRule) =>
    rule.custom((value) =>
      fieldProblem(
        field,
        context.atRoot && field.name === "id" ? validatingShape.readDocumentId(value) : value,
        validatingShape,
        checksRequired(field, context),
      ),
    );
}

function options(values: readonly string[]) {
  return { list: values.map((value) => ({ title: optionLabel(value), value })) };
}

function sanityField(field: ModelField, context: FieldContext): SanityField {
  const node = field.node;
  const base = {
    name: field.name === "id" && context.atRoot ? documentIdField : field.name,
    title: field.label,
    ...(field.description === undefined ? {} : { description: field.description }),
    validation: validation(field, context),
  };
  const nested = (fields: ModelField[], optional: boolean) =>
    fields.map((child) => sanityField(child, { atRoot: false, inOptionalGroup: optional }));
  switch (node.kind) {
    case "text":
      if (field.name === "id" && context.atRoot) {
        return { ...base, type: "slug", options: { source: "name" } };
      }
      return { ...base, type: node.multiline ? "text" : "string" };
    case "number":
      return { ...base, type: "number" };
    case "boolean":
    case "flag":
    case "required-true":
      return { ...base, type: "boolean" };
    case "select":
      return { ...base, type: "string", options: options(node.options) };
    case "object":
      return {
        ...base,
        type: "object",
        fields: nested(node.fields, !field.required || context.inOptionalGroup),
      };
    case "list": {
      const item = node.item;
      if (item.kind === "object") {
        const fields = nested(item.fields, false);
        const title = fields.find((child) => child.type === "string" && child.name !== "id");
        return {
          ...base,
          type: "array",
          of: [
            {
              type: "object",
              name: rowTypeName(field.name),
              title: itemLabelOf(field.name),
              fields,
              ...(title === undefined ? {} : { preview: { select: { title: title.name } } }),
            },
          ],
        };
      }
      return {
        ...base,
        type: "array",
        of: [{ type: item.kind === "text" && item.multiline ? "text" : "string", name: "line" }],
      };
    }
    case "moment": {
      const hidden = ({ parent }: { parent?: unknown }) =>
        !(isRecord(parent) && node.keys.includes(String(parent[momentKind])));
      return {
        ...base,
        type: "object",
        fields: [
          {
            name: momentKind,
            title: "When",
            type: "string",
            options: options([...node.words, ...node.keys]),
          },
          { name: momentAmount, title: "How many", type: "number", hidden },
          ...nested(node.fields, true).map((child) => ({ ...child, hidden })),
        ],
      };
    }
    case "variants":
      return {
        ...base,
        type: "object",
        fields: [
          {
            name: node.discriminator,
            title: labelOf(node.discriminator),
            type: "string",
            options: options(node.variants.map((variant) => variant.value)),
          },
          ...nested(node.fields, true),
        ],
      };
    case "photo":
      return {
        ...base,
        type: "image",
        fields: [
          {
            name: "alt",
            title: "Alt text",
            type: "string",
            description:
              "What the photo shows, for people who cannot see it: the area, the angle, what to notice.",
            validation: (rule) =>
              rule.custom((value) =>
                typeof value === "string" && value.trim() !== "" ? true : "Alt text: is required",
              ),
          },
        ],
      };
  }
}

const languageField: SanityField = {
  name: "language",
  title: "Language",
  type: "string",
  readOnly: true,
  hidden: true,
};

function documentType(
  name: string,
  title: string,
  schema: z.ZodType,
  description?: string,
): SanityField {
  const context = { atRoot: true, inOptionalGroup: false };
  return {
    name,
    title,
    type: "document",
    ...(description === undefined ? {} : { description }),
    fields: [...modelFields(schema).map((field) => sanityField(field, context)), languageField],
    preview: { select: { title: "name", subtitle: "language" } },
  };
}

/**
 * The content model as Sanity schema types: a `procedure` document (every field of `Procedure`)
 * and a `clinic` document, one document per language. Add them to a Studio's `schema.types`.
 *
 * @example
 * ```ts
 * import { defineConfig } from "sanity";
 * import { sanitySchemaTypes } from "medspa-ui/cms/sanity";
 *
 * export default defineConfig({ projectId, dataset, schema: { types: sanitySchemaTypes } });
 * ```
 */
export const sanitySchemaTypes: SanityField[] = [
  documentType("procedure", "Procedure", procedureSchema as z.ZodType, procedureSchema.description),
  documentType("clinic", "Clinic", clinicSchema as z.ZodType),
];

function toDocument(
  type: string,
  schema: z.ZodType,
  value: unknown,
  options: ToSanityOptions,
): SanityDocument {
  return {
    _type: type,
    ...(options.id === undefined ? {} : { _id: options.id }),
    ...(options.language === undefined ? {} : { language: options.language }),
    ...writeObject(
      modelFields(schema),
      value,
      undefined,
      sanityShape(options.image, () => undefined),
      "",
      true,
    ),
  };
}

/** A `Procedure` as a Sanity `procedure` document (photos need their image assets: `options.image`). */
export function toSanity(procedure: Procedure, options: ToSanityOptions = {}): SanityDocument {
  return toDocument("procedure", procedureSchema as z.ZodType, procedure, options);
}

/** A `Clinic` as a Sanity `clinic` document. */
export function clinicToSanity(clinic: Clinic, options: ToSanityOptions = {}): SanityDocument {
  return toDocument("clinic", clinicSchema as z.ZodType, clinic, options);
}

/**
 * A Sanity `procedure` document as the `Procedure` the components take: `_id`, `_key`, `_type`,
 * `_rev`, timestamps and `language` are left behind; check the result with `parseProcedure`.
 */
export function fromSanity(document: SanityDocument, options: FromSanityOptions = {}): Procedure {
  const shape = sanityShape(undefined, photoReader(options));
  return (readObject(modelFields(procedureSchema as z.ZodType), document, shape, true) ??
    {}) as unknown as Procedure;
}

/** A Sanity `clinic` document as the `Clinic` the components take. */
export function clinicFromSanity(document: SanityDocument): Clinic {
  const shape = sanityShape(undefined, () => undefined);
  return (readObject(modelFields(clinicSchema as z.ZodType), document, shape, true) ??
    {}) as unknown as Clinic;
}
