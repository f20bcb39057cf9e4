import type { Clinic, Procedure } from "../content/types";
import { describeValue, isNonEmptyText, isRecord, isSlug } from "../shared/content-checks";
import { readResults } from "../shared/read-results";

/** What an element reads from its `<script type="application/json">`. */
export interface ElementContent {
  procedure?: Procedure;
  clinic?: Clinic;
}

/** The parts of the content an element cannot render without. */
export interface ContentNeeds {
  procedure?: boolean;
  sideEffects?: boolean;
  faq?: boolean;
  results?: boolean;
  preparation?: boolean;
  aftercare?: boolean;
  clinic?: boolean;
}

function listProblem(
  value: unknown,
  path: string,
  text: "name" | "text" | "question" | "area",
): string | undefined {
  if (!Array.isArray(value)) {
    return `${path} must be a list, got ${describeValue(value)}`;
  }
  for (const [index, item] of value.entries()) {
    const at = `${path}[${index}]`;
    if (!isRecord(item)) {
      return `${at} must be an object, got ${describeValue(item)}`;
    }
    if (!isSlug(item.id)) {
      return `${at}.id must be a slug (lowercase-words-with-dashes), got ${describeValue(item.id)}`;
    }
    if (!isNonEmptyText(item[text])) {
      return `${at}.${text} must be non-empty text, got ${describeValue(item[text])}`;
    }
  }
  return undefined;
}

/**
 * Why `<medspa-results>` has nothing to show: not a list of cases, or no case that may be shown
 * (each needs the patient's consent, `consent.publish: true`, and two photos with an https or
 * root address, an alt text and their size; `readResults` names the first problem of each).
 */
function resultsProblem(value: unknown): string | undefined {
  const problem = listProblem(value, "procedure.results", "area");
  if (problem !== undefined) {
    return problem;
  }
  return readResults(value, "<medspa-results>", "procedure.results").length === 0
    ? "procedure.results has no case that can be shown: each needs consent.publish: true and two photos { src, alt, width, height }"
    : undefined;
}

/**
 * The first reason the content cannot be rendered, with its path, or undefined. The required parts
 * are checked here; optional parts that are invalid are skipped by the components, as in React.
 */
export function contentProblem(content: unknown, needs: ContentNeeds): string | undefined {
  if (!isRecord(content)) {
    return `the JSON must be an object such as { "procedure": …, "clinic": … }, got ${describeValue(content)}`;
  }
  const { procedure, clinic } = content;
  const needsProcedure =
    needs.procedure ||
    needs.sideEffects ||
    needs.faq ||
    needs.results ||
    needs.preparation ||
    needs.aftercare;
  if (needsProcedure) {
    if (!isRecord(procedure)) {
      return `procedure must be an object, got ${describeValue(procedure)}`;
    }
    if (needs.procedure) {
      if (!isSlug(procedure.id)) {
        return `procedure.id must be a slug (lowercase-words-with-dashes), got ${describeValue(procedure.id)}`;
      }
      if (!isNonEmptyText(procedure.name)) {
        return `procedure.name must be non-empty text, got ${describeValue(procedure.name)}`;
      }
    }
    const sideEffects = needs.sideEffects
      ? listProblem(procedure.sideEffects, "procedure.sideEffects", "name")
      : undefined;
    if (sideEffects !== undefined) {
      return sideEffects;
    }
    const faq = needs.faq ? listProblem(procedure.faq, "procedure.faq", "question") : undefined;
    if (faq !== undefined) {
      return faq;
    }
    const results = needs.results ? resultsProblem(procedure.results) : undefined;
    if (results !== undefined) {
      return results;
    }
    for (const list of ["preparation", "aftercare"] as const) {
      const problem = needs[list]
        ? listProblem(procedure[list], `procedure.${list}`, "text")
        : undefined;
      if (problem !== undefined) {
        return problem;
      }
    }
  }
  if (needs.clinic || clinic !== undefined) {
    if (!isRecord(clinic)) {
      return `clinic must be an object, got ${describeValue(clinic)}`;
    }
    if (!isNonEmptyText(clinic.name)) {
      return `clinic.name must be non-empty text, got ${describeValue(clinic.name)}`;
    }
  }
  return undefined;
}
