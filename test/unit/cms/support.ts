// What the CMS tests share: the starter library's treatments (from test/support), and every field of the model as
// the JSON Schema (procedureJsonSchema, clinicJsonSchema) lists it, a description independent of
// the one the CMS fields are built from.

export { starterTreatments as treatments } from "../../support/fixtures";

type JsonSchema = {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
};

/**
 * Each field of the model as a path: `steps[].duration.min`, `preparation[].when.from` (a care
 * moment: one field in a CMS), `booking.url`. Deprecated fields are left out: no editor writes
 * them.
 */
export function modelPaths(schema: JsonSchema, prefix = ""): string[] {
  const properties: Record<string, JsonSchema> = { ...schema.properties };
  // Objects told apart by a field (booking): every field of every variant.
  for (const variant of schema.oneOf ?? []) {
    Object.assign(properties, variant.properties);
  }
  return Object.entries(properties).flatMap(([name, property]) => {
    if (property.description?.startsWith("Deprecated")) {
      return [];
    }
    const path = `${prefix}${name}`;
    if (property.anyOf !== undefined) {
      return [path];
    }
    if (property.type === "array" && property.items?.type === "object") {
      return [path, ...modelPaths(property.items, `${path}[].`)];
    }
    if (property.type === "object" || property.oneOf !== undefined) {
      return [path, ...modelPaths(property, `${path}.`)];
    }
    return [path];
  });
}

/** The field at a path in a tree of fields, where a list's item fields are `of` or `fields`. */
export function fieldAt<Field extends { name?: string; fields?: Field[]; of?: Field[] }>(
  fields: Field[],
  path: string,
  rename: (name: string, atRoot: boolean) => string,
): Field | undefined {
  let current: Field[] = fields;
  let found: Field | undefined;
  const steps = path.split(".");
  for (const [index, step] of steps.entries()) {
    const name = rename(step.replace("[]", ""), index === 0);
    found = current.find((field) => field.name === name);
    if (found === undefined) {
      return undefined;
    }
    current = found.fields ?? found.of?.[0]?.fields ?? [];
  }
  return found;
}
