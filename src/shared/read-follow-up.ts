import type { FollowUp } from "../content/types";
import {
  describeDurationRangeProblem,
  isNonEmptyText,
  isRecord,
  isValidDurationRange,
} from "./content-checks";
import { warnInDevelopment } from "./development";

/**
 * A procedure's `followUp` when it can be shown: `after` a valid duration range and `purpose`
 * text. Otherwise undefined, with one development warning naming the path.
 */
export function readFollowUp(followUp: unknown, component: string): FollowUp | undefined {
  if (followUp === undefined) {
    return undefined;
  }
  if (
    isRecord(followUp) &&
    isValidDurationRange(followUp.after) &&
    isNonEmptyText(followUp.purpose)
  ) {
    return { after: followUp.after, purpose: followUp.purpose };
  }
  if (process.env.NODE_ENV !== "production") {
    warnInDevelopment(
      component,
      !isRecord(followUp)
        ? "procedure.followUp must be { after, purpose }; it is not shown"
        : isValidDurationRange(followUp.after)
          ? "procedure.followUp.purpose must be non-empty text; it is not shown"
          : `procedure.followUp.after ${describeDurationRangeProblem(followUp.after)}; it is not shown`,
    );
  }
  return undefined;
}
