import type {
  FollowUp,
  Procedure,
  ProcedureFacts,
  ProcedureStep,
  SuitabilityItem,
} from "../../content/types";
import {
  describeDurationRangeProblem,
  describeRangeProblem,
  describeValue,
  isIsoDate,
  isNonEmptyText,
  isOneOf,
  isRecord,
  isSlug,
  isValidDurationRange,
  isValidRange,
  numbingValues,
  phaseValues,
  textItems,
  warnAboutTextList,
} from "../../shared/content-checks";
import { warnInDevelopment } from "../../shared/development";
import { readFollowUp } from "../../shared/read-follow-up";
import { readContentList } from "../../shared/read-list";

const component = "ProcedureExplainer";

/** What the explainer renders: the valid parts of a procedure, each invalid part reported once. */
export interface ExplainerContent {
  id: string;
  name?: string;
  alsoKnownAs: string[];
  summary?: string;
  howItWorks: string[];
  treats: string[];
  facts: ProcedureFacts;
  steps: ProcedureStep[];
  expectations: string[];
  notSuitableIf: SuitabilityItem[];
  tellClinicIf: SuitabilityItem[];
  followUp?: FollowUp;
  disclaimer?: string;
  review?: { reviewer: string; date?: string };
}

/** Call it inside `if (process.env.NODE_ENV !== "production")`, so production bundles drop the text. */
function warn(path: string, problem: string): void {
  warnInDevelopment(component, `procedure.${path} ${problem}`);
}

function optionalText(value: unknown, path: string): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (isNonEmptyText(value)) {
    return value;
  }
  if (process.env.NODE_ENV !== "production") {
    warn(path, "must be non-empty text; it is not shown");
  }
  return undefined;
}

function textList(value: unknown, path: string): string[] {
  if (process.env.NODE_ENV !== "production") {
    warnAboutTextList(component, `procedure.${path}`, value);
  }
  return textItems(value);
}

function readFacts(facts: unknown): ProcedureFacts {
  if (facts === undefined) {
    return {};
  }
  if (!isRecord(facts)) {
    if (process.env.NODE_ENV !== "production") {
      warn("facts", "must be an object; key facts are not shown");
    }
    return {};
  }
  const source = facts;
  const result: ProcedureFacts = {};
  for (const key of [
    "treatmentTime",
    "downtime",
    "interval",
    "resultsVisible",
    "resultsLast",
  ] as const) {
    if (source[key] === undefined) {
      continue;
    }
    if (isValidDurationRange(source[key])) {
      result[key] = source[key];
    } else if (process.env.NODE_ENV !== "production") {
      warn(`facts.${key}`, `${describeDurationRangeProblem(source[key])}; it is not shown`);
    }
  }
  if (source.sessions !== undefined) {
    const sessions = source.sessions;
    if (
      isValidRange(sessions) &&
      Number.isInteger(sessions.min) &&
      Number.isInteger(sessions.max)
    ) {
      result.sessions = sessions;
    } else if (process.env.NODE_ENV !== "production") {
      warn(
        "facts.sessions",
        `${describeRangeProblem(sessions) ?? "sessions must be whole numbers"}; it is not shown`,
      );
    }
  }
  if (source.numbing !== undefined) {
    if (isOneOf(numbingValues, source.numbing)) {
      result.numbing = source.numbing;
    } else {
      if (process.env.NODE_ENV !== "production") {
        warn(
          "facts.numbing",
          `${describeValue(source.numbing)} is not one of ${numbingValues.join(", ")}; it is not shown`,
        );
      }
    }
  }
  return result;
}

/** Why a step cannot be rendered, for the development warning. */
function describeStepProblems(step: Record<string, unknown>, seen: Set<string>): string[] {
  const problems: string[] = [];
  if (!isSlug(step.id)) {
    problems.push(`id ${describeValue(step.id)} is missing or not a slug`);
  } else if (seen.has(step.id)) {
    problems.push(`id "${step.id}" is a duplicate`);
  }
  if (!isOneOf(phaseValues, step.phase)) {
    problems.push(`phase ${describeValue(step.phase)} is not one of ${phaseValues.join(", ")}`);
  }
  if (!isNonEmptyText(step.title)) {
    problems.push("title is empty");
  }
  if (!isNonEmptyText(step.description)) {
    problems.push("description is empty");
  }
  if (step.duration !== undefined && !isValidDurationRange(step.duration)) {
    problems.push(`duration: ${describeDurationRangeProblem(step.duration)}`);
  }
  return problems;
}

function readSteps(steps: unknown): ProcedureStep[] {
  if (!Array.isArray(steps)) {
    if (process.env.NODE_ENV !== "production") {
      warn("steps", "must be a list; no steps are shown");
    }
    return [];
  }
  const seen = new Set<string>();
  return steps.filter((step: unknown, index): step is ProcedureStep => {
    if (!isRecord(step)) {
      if (process.env.NODE_ENV !== "production") {
        warn(`steps[${index}]`, "is not a step; it is skipped");
      }
      return false;
    }
    const valid =
      isSlug(step.id) &&
      !seen.has(step.id) &&
      isOneOf(phaseValues, step.phase) &&
      isNonEmptyText(step.title) &&
      isNonEmptyText(step.description) &&
      (step.duration === undefined || isValidDurationRange(step.duration));
    if (!valid) {
      if (process.env.NODE_ENV !== "production") {
        warn(
          `steps[${index}]`,
          `${describeStepProblems(step, seen).join("; ")}; the step is skipped`,
        );
      }
      return false;
    }
    seen.add(step.id as string);
    return true;
  });
}

function readReview(review: unknown): ExplainerContent["review"] {
  if (review === undefined) {
    return undefined;
  }
  if (!isRecord(review)) {
    if (process.env.NODE_ENV !== "production") {
      warn("review", "must be { by, date }; the review line is not shown");
    }
    return undefined;
  }
  const { by, credentials, date } = review;
  if (!isNonEmptyText(by)) {
    if (process.env.NODE_ENV !== "production") {
      warn("review.by", "must name the reviewer; the review line is not shown");
    }
    return undefined;
  }
  if (
    process.env.NODE_ENV !== "production" &&
    credentials !== undefined &&
    !isNonEmptyText(credentials)
  ) {
    warn("review.credentials", "must be non-empty text; it is not shown");
  }
  const reviewer = isNonEmptyText(credentials) ? `${by}, ${credentials}` : by;
  if (isIsoDate(date)) {
    return { reviewer, date };
  }
  if (process.env.NODE_ENV !== "production") {
    warn("review.date", `${describeValue(date)} is not an ISO 8601 date; the date is not shown`);
  }
  return { reviewer };
}

/** The suitability lists: the list skeleton, and `wait` shown when it is text. */
function readSuitability(
  suitability: unknown,
): Pick<ExplainerContent, "notSuitableIf" | "tellClinicIf"> {
  if (suitability === undefined) {
    return { notSuitableIf: [], tellClinicIf: [] };
  }
  const source = isRecord(suitability) ? suitability : {};
  if (!isRecord(suitability) && process.env.NODE_ENV !== "production") {
    warn("suitability", "must be { notSuitableIf, tellClinicIf }; it is not shown");
  }
  const read = (key: "notSuitableIf" | "tellClinicIf") =>
    source[key] === undefined
      ? []
      : readContentList(
          source[key],
          component,
          `procedure.suitability.${key}`,
          "text",
          (raw, index): SuitabilityItem => {
            const item: SuitabilityItem = { id: raw.id, text: raw.text as string };
            if (isNonEmptyText(raw.wait)) {
              item.wait = raw.wait;
            } else if (raw.wait !== undefined && process.env.NODE_ENV !== "production") {
              warn(`suitability.${key}[${index}].wait`, "must be non-empty text; it is not shown");
            }
            return item;
          },
        );
  return { notSuitableIf: read("notSuitableIf"), tellClinicIf: read("tellClinicIf") };
}

/** Checks what a (possibly unvalidated) procedure holds, without zod, and keeps what can render. */
export function readProcedure(procedure: Procedure): ExplainerContent | undefined {
  if (!isRecord(procedure)) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(component, "procedure must be a Procedure object; nothing is rendered");
    }
    return undefined;
  }
  // Each check sits inside the NODE_ENV condition, so production bundles drop it with the warning.
  if (process.env.NODE_ENV !== "production") {
    for (const key of ["name", "summary"] as const) {
      if (procedure[key] === undefined) {
        warn(key, "is missing");
      }
    }
    if (!isSlug(procedure.id)) {
      warn("id", `${describeValue(procedure.id)} is missing or not a slug; "procedure" is used`);
    }
  }
  return {
    id: isSlug(procedure.id) ? procedure.id : "procedure",
    name: optionalText(procedure.name, "name"),
    alsoKnownAs: textList(procedure.alsoKnownAs, "alsoKnownAs"),
    summary: optionalText(procedure.summary, "summary"),
    howItWorks: textList(procedure.howItWorks, "howItWorks"),
    treats: textList(procedure.treats, "treats"),
    facts: readFacts(procedure.facts),
    steps: readSteps(procedure.steps),
    expectations: textList(procedure.expectations, "expectations"),
    ...readSuitability(procedure.suitability),
    followUp: readFollowUp(procedure.followUp, component),
    disclaimer: optionalText(procedure.disclaimer, "disclaimer"),
    review: readReview(procedure.review),
  };
}
