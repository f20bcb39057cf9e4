import type { DurationRange, ResultPhoto } from "../content/types";
import {
  describeDurationRangeProblem,
  describeValue,
  isIsoDate,
  isNonEmptyText,
  isPositiveInteger,
  isRecord,
  isValidDurationRange,
} from "./content-checks";
import { warnInDevelopment } from "./development";
import { readContentList } from "./read-list";
import { toSafeImageSrc, toSafeSrcSet } from "./url";

/** A result as it is shown: its photos checked, its optional context present only when valid. */
export interface RenderableResult {
  id: string;
  area: string;
  before: ResultPhoto;
  after: ResultPhoto;
  sessions?: number;
  photographed?: DurationRange;
  sensitive: boolean;
  unretouched: boolean;
  note?: string;
}

/** The photo with a safe `src`, an `alt` and its pixel size, or why it cannot be shown. */
function readPhoto(value: unknown): ResultPhoto | string {
  if (!isRecord(value)) {
    return " must be a photo { src, alt, width, height }";
  }
  const src = toSafeImageSrc(value.src);
  if (src === undefined) {
    return `.src ${describeValue(value.src)} must be an https:// URL or a path from the site's root`;
  }
  if (!isNonEmptyText(value.alt)) {
    return ".alt must describe the photo";
  }
  for (const side of ["width", "height"] as const) {
    if (!isPositiveInteger(value[side])) {
      return `.${side} must be the photo's size in whole pixels`;
    }
  }
  const photo: ResultPhoto = {
    src,
    alt: value.alt,
    width: value.width as number,
    height: value.height as number,
  };
  const srcSet = toSafeSrcSet(value.srcSet);
  if (srcSet !== undefined) {
    photo.srcSet = srcSet;
  }
  return photo;
}

/**
 * The results that can be shown, for `BeforeAfter` and `ResultsGallery` alike: the list skeleton
 * (a slug id, unique, and the area's text), the patient's consent to publish (`consent.publish`
 * exactly `true`: without it the case is never rendered) and two photos with a safe address, an
 * alt text and their size. An optional part that is invalid is left out, with one development
 * warning naming its path (`results[1].photographed`).
 */
export function readResults(
  results: unknown,
  component: string,
  path = "results",
): RenderableResult[] {
  return readContentList(results, component, path, "area", (raw, index) =>
    readResult(raw, component, `${path}[${index}]`),
  );
}

/** One case, or undefined (with a development warning) when it must not be shown. */
export function readResult(
  raw: Record<string, unknown>,
  component: string,
  path: string,
): RenderableResult | undefined {
  const consent = raw.consent;
  if (!isRecord(consent) || consent.publish !== true) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        component,
        `${path}.consent.publish must be true (the patient's written consent to publish); the case is not shown`,
      );
    }
    return undefined;
  }
  const before = readPhoto(raw.before);
  const after = readPhoto(raw.after);
  if (typeof before === "string" || typeof after === "string") {
    if (process.env.NODE_ENV !== "production") {
      const problem = typeof before === "string" ? `.before${before}` : `.after${after}`;
      warnInDevelopment(component, `${path}${problem}; the case is not shown`);
    }
    return undefined;
  }
  const result: RenderableResult = {
    id: raw.id as string,
    area: raw.area as string,
    before,
    after,
    // Anything but false covers the photos: a misspelt flag must not uncover a body photo.
    sensitive: raw.sensitive !== undefined && raw.sensitive !== false,
    unretouched: raw.unretouched === true,
  };
  if (isPositiveInteger(raw.sessions)) {
    result.sessions = raw.sessions;
  }
  if (isValidDurationRange(raw.photographed)) {
    result.photographed = raw.photographed;
  }
  if (isNonEmptyText(raw.note)) {
    result.note = raw.note;
  }
  if (process.env.NODE_ENV !== "production") {
    warnAboutOptionalParts(raw, component, path);
  }
  return result;
}

/** The development warnings for the optional parts `readResult` leaves out. */
function warnAboutOptionalParts(raw: Record<string, unknown>, component: string, path: string) {
  const problems: string[] = [];
  if (raw.sessions !== undefined && !isPositiveInteger(raw.sessions)) {
    problems.push(`.sessions ${describeValue(raw.sessions)} must be a whole number, 1 or more`);
  }
  if (raw.photographed !== undefined) {
    const problem = describeDurationRangeProblem(raw.photographed);
    if (problem !== undefined) {
      problems.push(`.photographed ${problem}`);
    }
  }
  if (raw.note !== undefined && !isNonEmptyText(raw.note)) {
    problems.push(".note must be non-empty text");
  }
  for (const flag of ["sensitive", "unretouched"] as const) {
    if (raw[flag] !== undefined && typeof raw[flag] !== "boolean") {
      problems.push(`.${flag} must be true or false`);
    }
  }
  const consentDate = (raw.consent as Record<string, unknown>).date;
  if (consentDate !== undefined && !isIsoDate(consentDate)) {
    problems.push('.consent.date must be an ISO 8601 date such as "2026-03-14"');
  }
  for (const side of ["before", "after"] as const) {
    const srcSet = (raw[side] as Record<string, unknown>).srcSet;
    if (srcSet !== undefined && toSafeSrcSet(srcSet) === undefined) {
      problems.push(
        `.${side}.srcSet must list https:// or root paths with a width or density (640w, 2x)`,
      );
    }
  }
  for (const problem of problems) {
    warnInDevelopment(component, `${path}${problem}; it is left out`);
  }
}

/**
 * The cases of a list that can be shown, as they were given (`readResults` decides, and warns
 * about the others): what `ResultsGallery` hands each `BeforeAfter`, and what tells
 * `ProcedurePage` whether it has a results section at all.
 */
export function publishableResults<Case>(
  results: unknown,
  component: string,
  path = "results",
): Case[] {
  const shown = new Set(readResults(results, component, path).map((result) => result.id));
  return Array.isArray(results)
    ? results.filter((result) => isRecord(result) && shown.has(result.id as string))
    : [];
}
