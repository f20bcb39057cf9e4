import { z } from "zod";
import { ContentError, type ContentIssue, formatContentPath } from "./errors";
import { clinicSchema, procedureSchema } from "./schema";
import type { Clinic, Procedure } from "./types";

export type SafeParseResult<Data> =
  | { success: true; data: Data; issues: [] }
  | { success: false; data?: undefined; issues: ContentIssue[] };

function toIssues(error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    path: formatContentPath(issue.path),
    message: issue.message,
  }));
}

function safeParseWith<Data>(schema: z.ZodType<Data>, input: unknown): SafeParseResult<Data> {
  const result = schema.safeParse(input);
  return result.success
    ? { success: true, data: result.data, issues: [] }
    : { success: false, issues: toIssues(result.error) };
}

/** Checks CMS data and returns it typed, or the list of every problem with its path. */
export function safeParseProcedure(input: unknown): SafeParseResult<Procedure> {
  return safeParseWith(procedureSchema, input);
}

/** Checks CMS data and returns it typed; throws a `ContentError` listing every problem. */
export function parseProcedure(input: unknown): Procedure {
  const result = safeParseProcedure(input);
  if (!result.success) {
    throw new ContentError("procedure", result.issues);
  }
  return result.data;
}

/** Checks clinic data and returns it typed, or the list of every problem with its path. */
export function safeParseClinic(input: unknown): SafeParseResult<Clinic> {
  return safeParseWith(clinicSchema, input);
}

/** Checks clinic data and returns it typed; throws a `ContentError` listing every problem. */
export function parseClinic(input: unknown): Clinic {
  const result = safeParseClinic(input);
  if (!result.success) {
    throw new ContentError("clinic", result.issues);
  }
  return result.data;
}

/**
 * JSON Schema (draft 2020-12) of a `Procedure`, for CMS field validation and editor hints.
 * Structural rules only: cross-field rules (min <= max, unique ids) are enforced by
 * `parseProcedure`, which a site should still run on what the CMS returns.
 */
export function procedureJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(procedureSchema, { target: "draft-2020-12", unrepresentable: "any" });
}

/** JSON Schema (draft 2020-12) of a `Clinic`. */
export function clinicJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(clinicSchema, { target: "draft-2020-12", unrepresentable: "any" });
}
