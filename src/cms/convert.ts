import type { z } from "zod";
import type { ResultPhoto } from "../content";
import { type ModelField, type ModelNode, problemAt } from "./model";

/**
 * The two ways between the model's values and a CMS's documents, for any CMS: what differs from
 * one CMS to another (where ids live, how a list of sentences and a photo are stored, what a list
 * row carries) is its `CmsShape`.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// A care moment in a CMS: which moment ("treatment", "before", "after"), and how many units.
export const momentKind = "kind";
export const momentAmount = "amount";

export interface CmsShape {
  /** A model field's name in the CMS: the model's `id` becomes a field of the CMS's own choosing. */
  name(name: string, atRoot: boolean): string;
  /** The document's own id (`Procedure.id`) as the CMS stores it, and back. */
  readDocumentId(value: unknown): unknown;
  writeDocumentId(id: unknown): unknown;
  /**
   * One sentence of a list of sentences, as the CMS stores it, and back; `saved` is the row of the
   * saved document at the same place, if any.
   */
  readListText(value: unknown): unknown;
  writeListText(text: unknown, saved: unknown): unknown;
  /** Whether an update keeps every saved row of a list of sentences (rows shared by languages). */
  keepsSentenceRows: boolean;
  /** A result's photo as the CMS stores it, and back. */
  readPhoto(value: unknown): ResultPhoto | undefined;
  writePhoto(photo: ResultPhoto, path: string): unknown;
  /** A written row of a list of items (the list's path: `suitability.notSuitableIf`), with what the CMS adds to it. */
  row(
    written: Record<string, unknown>,
    item: Record<string, unknown>,
    saved: unknown,
    list: string,
  ): unknown;
  /** The saved row an item is written into (when a document is updated), if any. */
  savedRow(item: Record<string, unknown>, savedRows: unknown): unknown;
}

/** A field's value read into the model's shape; undefined when the editor left it empty. */
export function readValue(node: ModelNode, value: unknown, shape: CmsShape): unknown {
  switch (node.kind) {
    case "text":
      return typeof value === "string" && value.trim() !== "" ? value : undefined;
    case "number":
      return typeof value === "number" ? value : undefined;
    case "boolean":
      return value === true ? true : undefined;
    case "flag":
      return value === true ? node.value : undefined;
    case "required-true":
      return value === true;
    case "select":
      return typeof value === "string" && value !== "" ? value : undefined;
    case "object":
      return readObject(node.fields, value, shape);
    case "list": {
      if (!Array.isArray(value) || value.length === 0) {
        return undefined;
      }
      const item = node.item;
      if (item.kind === "object") {
        return value.map((row) => readObject(item.fields, row, shape) ?? {});
      }
      // A sentence left empty in this language is not part of its list.
      const sentences = value
        .map((row) => readValue(item, shape.readListText(row), shape))
        .filter((sentence) => sentence !== undefined);
      return sentences.length === 0 ? undefined : sentences;
    }
    case "moment": {
      if (!isRecord(value) || typeof value[momentKind] !== "string") {
        return undefined;
      }
      const kind = value[momentKind];
      if (node.words.includes(kind)) {
        return kind;
      }
      return {
        [kind]: readValue(node.amount, value[momentAmount], shape),
        ...readObject(node.fields, value, shape),
      };
    }
    case "variants": {
      if (!isRecord(value) || typeof value[node.discriminator] !== "string") {
        return undefined;
      }
      const kind = value[node.discriminator] as string;
      const own = node.variants.find((variant) => variant.value === kind)?.fields ?? [];
      const fields = node.fields.filter((field) => own.includes(field.name));
      return { [node.discriminator]: kind, ...readObject(fields, value, shape) };
    }
    case "photo":
      return shape.readPhoto(value);
  }
}

/** An object's fields read into the model's shape; undefined when every field is empty. */
export function readObject(
  fields: ModelField[],
  value: unknown,
  shape: CmsShape,
  atRoot = false,
): Record<string, unknown> | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const entries = fields.flatMap((field) => {
    const stored = value[shape.name(field.name, atRoot)];
    const read = readValue(
      field.node,
      atRoot && field.name === "id" ? shape.readDocumentId(stored) : stored,
      shape,
    );
    return read === undefined ? [] : [[field.name, read] as const];
  });
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** A model value as the CMS stores it; `saved` is the same field of the saved document, if any. */
function writeValue(
  node: ModelNode,
  value: unknown,
  saved: unknown,
  shape: CmsShape,
  path: string,
): unknown {
  if (value === undefined) {
    return undefined;
  }
  switch (node.kind) {
    case "flag":
      return value === node.value;
    case "object":
      return writeObject(node.fields, value, saved, shape, path);
    case "list": {
      if (!Array.isArray(value)) {
        return undefined;
      }
      const item = node.item;
      if (item.kind !== "object") {
        // Where languages share the rows, a shorter translation leaves the other rows in place,
        // empty in this language, rather than deleting another language's sentences.
        const savedRows = Array.isArray(saved) ? saved : [];
        const length = shape.keepsSentenceRows
          ? Math.max(value.length, savedRows.length)
          : value.length;
        return Array.from({ length }, (_, index) =>
          shape.writeListText(value[index], savedRows[index]),
        );
      }
      return value.map((entry, index) => {
        const record = isRecord(entry) ? entry : {};
        const row = shape.savedRow(record, saved);
        return shape.row(
          writeObject(item.fields, record, row, shape, `${path}.${index}`),
          record,
          row,
          path,
        );
      });
    }
    case "moment":
      if (typeof value === "string") {
        return { [momentKind]: value };
      }
      if (isRecord(value)) {
        const kind = node.keys.find((key) => key in value);
        return {
          [momentKind]: kind,
          [momentAmount]: kind === undefined ? undefined : value[kind],
          ...writeObject(node.fields, value, undefined, shape, path),
        };
      }
      return undefined;
    case "variants":
      return isRecord(value)
        ? {
            [node.discriminator]: value[node.discriminator],
            ...writeObject(node.fields, value, undefined, shape, path),
          }
        : undefined;
    case "photo":
      return shape.writePhoto(value as ResultPhoto, path);
    default:
      return value;
  }
}

/** An object of the model as the CMS stores it. */
export function writeObject(
  fields: ModelField[],
  value: unknown,
  saved: unknown,
  shape: CmsShape,
  path = "",
  atRoot = false,
): Record<string, unknown> {
  if (!isRecord(value)) {
    return {};
  }
  const savedFields = isRecord(saved) ? saved : {};
  return Object.fromEntries(
    fields.flatMap((field) => {
      const name = shape.name(field.name, atRoot);
      const written = writeValue(
        field.node,
        value[field.name],
        savedFields[name],
        shape,
        path === "" ? field.name : `${path}.${field.name}`,
      );
      if (written === undefined) {
        return [];
      }
      return [[name, atRoot && field.name === "id" ? shape.writeDocumentId(written) : written]];
    }),
  );
}

/** Where a field sits, as both CMSs' field builders track it. */
export interface FieldPlace {
  /** A field of the document itself (where the model's `id` is the document's own). */
  atRoot: boolean;
  /** Inside an object that may be left empty: its fields' "required" is the object's to check. */
  inOptionalGroup: boolean;
}

/** Whether a field's own check says "is required": not inside an object that may be left empty. */
export const checksRequired = (field: ModelField, place: FieldPlace) =>
  field.required && !place.inOptionalGroup;

/**
 * What is wrong with a field's value as the CMS stores it, in parseProcedure's words, or true.
 * `checksRequired` is false inside an object that may be left empty: that object checks, once any
 * of its fields is given, that the fields it needs are there.
 */
export function fieldProblem(
  field: ModelField,
  stored: unknown,
  shape: CmsShape,
  checksRequired: boolean,
): string | true {
  const read = readValue(field.node, stored, shape);
  if (read === undefined) {
    return checksRequired ? `${field.label}: is required` : true;
  }
  const problem = problemAt(field.schema as z.ZodType, read);
  if (problem !== undefined) {
    return problem;
  }
  if (field.node.kind === "object" && isRecord(read)) {
    const missing = field.node.fields.find(
      (child) => child.required && read[child.name] === undefined,
    );
    if (missing !== undefined) {
      return `${missing.label}: is required`;
    }
  }
  return true;
}
