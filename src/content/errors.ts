/** One problem found in content, with the path to it (`sideEffects[2].duration`). */
export interface ContentIssue {
  path: string;
  message: string;
}

/** Formats a path the way a developer writes it in code: `sideEffects[2].duration.max`. */
export function formatContentPath(path: ReadonlyArray<PropertyKey>): string {
  let formatted = "";
  for (const segment of path) {
    if (typeof segment === "number") {
      formatted += `[${segment}]`;
    } else {
      const name = String(segment);
      formatted += formatted === "" ? name : `.${name}`;
    }
  }
  return formatted;
}

function describeIssues(subject: string, issues: readonly ContentIssue[]): string {
  const lines = issues.map((issue) =>
    issue.path === "" ? `- ${issue.message}` : `- ${issue.path}: ${issue.message}`,
  );
  const problems = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return `Invalid ${subject} (${problems}):\n${lines.join("\n")}`;
}

/** Thrown by `parseProcedure` / `parseClinic`; `issues` lists every problem with its path. */
export class ContentError extends Error {
  override readonly name = "ContentError";
  readonly issues: readonly ContentIssue[];

  constructor(subject: string, issues: readonly ContentIssue[]) {
    super(describeIssues(subject, issues));
    this.issues = issues;
  }
}
