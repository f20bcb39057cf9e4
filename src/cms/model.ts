import type { z } from "zod";
import { resultPhotoSchema } from "../content";

/**
 * The content model as a CMS sees it, read from the zod schemas `parseProcedure` and
 * `parseClinic` use: one description that the Payload fields and the Sanity types are both built
 * from, so a field added to the model reaches both editors (test/unit/cms holds every model field
 * to a CMS field).
 */

/** What kind of input a field of the model needs in an editor. */
export type ModelNode =
  | { kind: "text"; translatable: boolean; multiline: boolean }
  | { kind: "number"; integer: boolean }
  | { kind: "boolean" }
  /** An optional single value (`on: "treatment-day"`): a box to tick. */
  | { kind: "flag"; value: string }
  /** A box that must be ticked (`consent.publish: true`). */
  | { kind: "required-true" }
  | { kind: "select"; options: readonly string[] }
  | { kind: "object"; fields: ModelField[] }
  | { kind: "list"; item: ModelNode }
  /**
   * One of a few words or a number with its own key: a care moment is "treatment",
   * `{ before: 5, unit: "days" }` or `{ after: 24, unit: "hours" }`. An editor picks the kind
   * ("treatment", "before", "after"), then gives the amount and the other fields.
   */
  | { kind: "moment"; words: string[]; keys: string[]; amount: ModelNode; fields: ModelField[] }
  /** Objects told apart by one field (`booking.kind` is "link" or "embed"). */
  | {
      kind: "variants";
      discriminator: string;
      variants: { value: string; fields: string[] }[];
      fields: ModelField[];
    }
  /** A published photo: in a CMS, an uploaded image with its alt text. */
  | { kind: "photo" };

export interface ModelField {
  /** The model's name for the field (`sideEffects`). */
  name: string;
  /** What an editor reads: "Side effects". */
  label: string;
  /** The schema's description of the field, shown under it in an editor. */
  description?: string;
  required: boolean;
  node: ModelNode;
  /** The field's own schema: an editor's value, read back into the model's shape, must pass it. */
  schema: z.ZodType;
}

// Text that is the same in every language: identifiers, addresses and dates. Every other text is
// written per language.
const sharedText = new Set(["id", "src", "srcSet", "url", "bookingUrl", "phone", "date"]);

// Text an editor writes in paragraphs rather than on one line.
const paragraphs = new Set([
  "summary",
  "description",
  "answer",
  "details",
  "note",
  "disclaimer",
  "purpose",
  "howItWorks",
  "expectations",
]);

// Labels a name does not spell out well by itself.
const labels: Record<string, string> = {
  id: "ID",
  srcSet: "Other sizes (srcset)",
  bookingUrl: "Booking page URL",
  url: "URL",
  faq: "Questions",
  seekHelpIf: "Contact the clinic if",
  notSuitableIf: "Not suitable if",
  tellClinicIf: "Tell the clinic if",
  on: "On the treatment day",
  publish: "The patient gave written consent to publish these photos on the web",
  procedureType: "Procedure type",
  followUp: "Follow-up visit",
};

// What one item of a list is called: "Add Side effect", "Step 02".
const itemLabels: Record<string, string> = {
  alsoKnownAs: "Other name",
  bodyLocation: "Location",
  howItWorks: "Paragraph",
  treats: "Concern",
  steps: "Step",
  preparation: "Care item",
  aftercare: "Care item",
  sideEffects: "Side effect",
  selfCare: "Tip",
  seekHelpIf: "Sign",
  notSuitableIf: "Reason",
  tellClinicIf: "Item",
  expectations: "Expectation",
  faq: "Question",
  results: "Result",
};

/** The label of one item of a list field: "Side effect". */
export function itemLabelOf(name: string): string {
  return itemLabels[name] ?? "Item";
}

/** "sideEffects" → "Side effects". */
export function labelOf(name: string): string {
  const label = labels[name];
  if (label !== undefined) {
    return label;
  }
  const words = name.replace(/([A-Z])/g, " $1").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "contact-clinic" → "Contact clinic": an option's label. */
export function optionLabel(value: string): string {
  const words = value.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// zod 4 describes each schema in `_zod.def`; these are the parts of it the model reads.
interface Definition {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: z.ZodType[];
  discriminator?: string;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
}

const definitionOf = (schema: z.ZodType) =>
  (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** A schema's description, from the schema or the optional that wraps it. */
function descriptionOf(schema: z.ZodType, inner: z.ZodType): string | undefined {
  return inner.description ?? schema.description;
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  const definition = definitionOf(schema);
  return definition.type === "optional" && definition.innerType !== undefined
    ? { inner: definition.innerType, optional: true }
    : { inner: schema, optional: false };
}

function fieldsOf(schema: z.ZodType, except?: string): ModelField[] {
  const shape = definitionOf(schema).shape ?? {};
  return Object.entries(shape).flatMap(([name, fieldSchema]) => {
    if (name === except) {
      return [];
    }
    const { inner, optional } = unwrap(fieldSchema);
    const description = descriptionOf(fieldSchema, inner);
    // A deprecated field is still read by the components, but no editor writes it.
    if (description?.startsWith("Deprecated")) {
      return [];
    }
    return [
      {
        name,
        label: labelOf(name),
        ...(description === undefined ? {} : { description }),
        required: !optional,
        node: nodeOf(name, inner, optional),
        schema: inner,
      },
    ];
  });
}

function nodeOf(name: string, schema: z.ZodType, optional: boolean): ModelNode {
  const definition = definitionOf(schema);
  // A photo, with its own description or not (a described schema shares the original's shape).
  if (
    definition.shape !== undefined &&
    definition.shape === definitionOf(resultPhotoSchema).shape
  ) {
    return { kind: "photo" };
  }
  switch (definition.type) {
    case "string":
      return {
        kind: "text",
        translatable: !sharedText.has(name),
        multiline: paragraphs.has(name),
      };
    case "number":
      return { kind: "number", integer: name === "sessions" || /width|height/.test(name) };
    case "boolean":
      return { kind: "boolean" };
    case "enum":
      return { kind: "select", options: Object.values(definition.entries ?? {}) };
    case "literal": {
      const [value] = definition.values ?? [];
      if (value === true) {
        return { kind: "required-true" };
      }
      if (typeof value === "string" && optional) {
        return { kind: "flag", value };
      }
      break;
    }
    case "object":
      return { kind: "object", fields: fieldsOf(schema) };
    case "array": {
      const element = definition.element as z.ZodType;
      return { kind: "list", item: nodeOf(name, element, false) };
    }
    case "union":
      return definition.discriminator === undefined
        ? momentOf(name, definition.options ?? [])
        : variantsOf(definition.discriminator, definition.options ?? []);
  }
  throw new Error(`medspa-ui/cms: no editor field for "${name}" (a zod ${definition.type})`);
}

/** A union of words and objects each with one key of its own: a care moment. */
function momentOf(name: string, options: z.ZodType[]): ModelNode {
  const words: string[] = [];
  const objects: ModelField[][] = [];
  for (const option of options) {
    const definition = definitionOf(option);
    const [value] = definition.values ?? [];
    if (definition.type === "literal" && typeof value === "string") {
      words.push(value);
    } else if (definition.type === "object") {
      objects.push(fieldsOf(option));
    } else {
      throw new Error(`medspa-ui/cms: no editor field for the union "${name}"`);
    }
  }
  const names = objects.map((fields) => fields.map((field) => field.name));
  const sharedNames = (names[0] ?? []).filter((key) => names.every((keys) => keys.includes(key)));
  const keys = names.map((keys) => {
    const own = keys.filter((key) => !sharedNames.includes(key));
    if (own.length !== 1) {
      throw new Error(`medspa-ui/cms: each object of the union "${name}" needs one key of its own`);
    }
    return own[0] as string;
  });
  const first = objects[0] ?? [];
  const amount = first.find((field) => field.name === keys[0]);
  if (amount === undefined) {
    throw new Error(`medspa-ui/cms: the union "${name}" has no object`);
  }
  return {
    kind: "moment",
    words,
    keys,
    amount: amount.node,
    fields: first.filter((field) => sharedNames.includes(field.name)),
  };
}

/** Objects told apart by a literal field: every field of every variant, required where all need it. */
function variantsOf(discriminator: string, options: z.ZodType[]): ModelNode {
  const fields = new Map<string, ModelField>();
  const counts = new Map<string, number>();
  const variants = options.map((option) => {
    const own = fieldsOf(option, discriminator);
    for (const field of own) {
      if (!fields.has(field.name)) {
        fields.set(field.name, field);
      }
      counts.set(field.name, (counts.get(field.name) ?? 0) + (field.required ? 1 : 0));
    }
    const value = definitionOf(option).shape?.[discriminator];
    const [word] = value === undefined ? [] : (definitionOf(value).values ?? []);
    return { value: String(word), fields: own.map((field) => field.name) };
  });
  return {
    kind: "variants",
    discriminator,
    variants,
    fields: [...fields.values()].map((field) => ({
      ...field,
      required: counts.get(field.name) === options.length,
    })),
  };
}

/** The fields of an object schema (a procedure, a clinic), as a CMS shows them. */
export function modelFields(schema: z.ZodType): ModelField[] {
  // Read once per schema: every toPayload, fromPayload, toSanity and fromSanity call asks again.
  let fields = fieldsBySchema.get(schema);
  if (fields === undefined) {
    fields = fieldsOf(schema);
    fieldsBySchema.set(schema, fields);
  }
  return fields;
}

const fieldsBySchema = new WeakMap<z.ZodType, ModelField[]>();

/**
 * The first problem zod finds in a value at the field itself (its children report their own),
 * in parseProcedure's words; undefined when there is none.
 */
export function problemAt(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) {
    return undefined;
  }
  const own = result.error.issues.find((issue) => issue.path.length === 0);
  if (own !== undefined) {
    return own.message;
  }
  // A list reports what concerns two of its items (a duplicate id) with the item's place.
  const between = result.error.issues.find(
    (issue) => issue.code === "custom" && issue.path.length === 2 && issue.path[1] === "id",
  );
  return between === undefined ? undefined : `${between.path.join(".")}: ${between.message}`;
}
