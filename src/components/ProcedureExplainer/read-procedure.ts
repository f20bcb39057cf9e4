import type {
  DurationRange,
  Procedure,
  ProcedureFacts,
  ProcedurePhase,
  ProcedureStep,
  Range,
} from "../../content/types";
import {
  describeDurationRangeProblem,
  describeRangeProblem,
  isNonEmptyText,
  textItems,
  warnInDevelopment,
} from "../../shared";

const component = "ProcedureExplainer";
const phases: readonly ProcedurePhase[] = ["before", "during", "after"];
const numbingKinds = new Set(["none", "topical", "local"]);
const isoDate = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

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
  disclaimer?: string;
  review?: { reviewer: string; date?: string };
}

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
  warn(path, "must be non-empty text; it is not shown");
  return undefined;
}

function textList(value: unknown, path: string): string[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    warn(path, "must be a list of text; it is not shown");
    return [];
  }
  const items = textItems(value);
  if (items.length !== value.length) {
    warn(path, "has empty or non-text entries; they are skipped");
  }
  return items;
}

function readFacts(facts: unknown): ProcedureFacts {
  if (facts === undefined) {
    return {};
  }
  if (typeof facts !== "object" || facts === null) {
    warn("facts", "must be an object; key facts are not shown");
    return {};
  }
  const source = facts as Record<string, unknown>;
  const result: ProcedureFacts = {};
  for (const key of ["treatmentTime", "downtime", "interval", "resultsVisible"] as const) {
    if (source[key] === undefined) {
      continue;
    }
    const problem = describeDurationRangeProblem(source[key]);
    if (problem === undefined) {
      result[key] = source[key] as DurationRange;
    } else {
      warn(`facts.${key}`, `${problem}; it is not shown`);
    }
  }
  if (source.sessions !== undefined) {
    const problem = describeRangeProblem(source.sessions);
    if (problem === undefined) {
      result.sessions = source.sessions as Range;
    } else {
      warn("facts.sessions", `${problem}; it is not shown`);
    }
  }
  if (source.numbing !== undefined) {
    if (numbingKinds.has(source.numbing as string)) {
      result.numbing = source.numbing as ProcedureFacts["numbing"];
    } else {
      warn(
        "facts.numbing",
        `${JSON.stringify(source.numbing)} is not one of none, topical, local; it is not shown`,
      );
    }
  }
  return result;
}

function readSteps(steps: unknown): ProcedureStep[] {
  if (!Array.isArray(steps)) {
    warn("steps", "must be a list; no steps are shown");
    return [];
  }
  const seen = new Set<string>();
  return steps.filter((step: Partial<ProcedureStep> | null, index): step is ProcedureStep => {
    const path = `steps[${index}]`;
    if (typeof step !== "object" || step === null) {
      warn(path, "is not a step; it is skipped");
      return false;
    }
    const problems: string[] = [];
    if (!isNonEmptyText(step.id)) {
      problems.push("id is empty");
    } else if (seen.has(step.id)) {
      problems.push(`id "${step.id}" is a duplicate`);
    }
    if (!phases.includes(step.phase as ProcedurePhase)) {
      problems.push(`phase ${JSON.stringify(step.phase)} is not one of before, during, after`);
    }
    if (!isNonEmptyText(step.title)) {
      problems.push("title is empty");
    }
    if (!isNonEmptyText(step.description)) {
      problems.push("description is empty");
    }
    if (step.duration !== undefined) {
      const durationProblem = describeDurationRangeProblem(step.duration);
      if (durationProblem !== undefined) {
        problems.push(`duration: ${durationProblem}`);
      }
    }
    if (problems.length > 0) {
      warn(path, `${problems.join("; ")}; the step is skipped`);
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
  const { by, credentials, date } = (review ?? {}) as Partial<NonNullable<Procedure["review"]>>;
  if (!isNonEmptyText(by)) {
    warn("review.by", "must name the reviewer; the review line is not shown");
    return undefined;
  }
  const reviewer = isNonEmptyText(credentials) ? `${by}, ${credentials}` : by;
  if (typeof date === "string" && isoDate.test(date) && !Number.isNaN(Date.parse(date))) {
    return { reviewer, date };
  }
  warn("review.date", `${JSON.stringify(date)} is not an ISO 8601 date; the date is not shown`);
  return { reviewer };
}

/** Checks what a (possibly unvalidated) procedure holds, without zod, and keeps what can render. */
export function readProcedure(procedure: Procedure): ExplainerContent | undefined {
  if (typeof procedure !== "object" || procedure === null) {
    warnInDevelopment(component, "procedure must be a Procedure object; nothing is rendered");
    return undefined;
  }
  const name = optionalText(procedure.name, "name");
  if (name === undefined && procedure.name === undefined) {
    warn("name", "is missing");
  }
  const summary = optionalText(procedure.summary, "summary");
  if (summary === undefined && procedure.summary === undefined) {
    warn("summary", "is missing");
  }
  return {
    id: isNonEmptyText(procedure.id) ? procedure.id : "procedure",
    name,
    alsoKnownAs: textList(procedure.alsoKnownAs, "alsoKnownAs"),
    summary,
    howItWorks: textList(procedure.howItWorks, "howItWorks"),
    treats: textList(procedure.treats, "treats"),
    facts: readFacts(procedure.facts),
    steps: readSteps(procedure.steps),
    expectations: textList(procedure.expectations, "expectations"),
    disclaimer: optionalText(procedure.disclaimer, "disclaimer"),
    review: readReview(procedure.review),
  };
}
