import type { AftercareKind, AftercareWindow, CareTiming } from "../../content/types";
import {
  type CareSpan,
  careSpanOf,
  describeCareTimingProblem,
  windowToTiming,
} from "../../shared/care-timing";
import {
  aftercareKindValues,
  describeValue,
  isNonEmptyText,
  isOneOf,
  isRecord,
  textItems,
  warnAboutTextList,
} from "../../shared/content-checks";
import { warnInDevelopment } from "../../shared/development";
import { readContentList } from "../../shared/read-list";

const component = "AftercareChecklist";

/** A care item as the checklist renders it: its timing read and placed on the timeline. */
export interface RenderableCareItem {
  id: string;
  text: string;
  kind: AftercareKind;
  details?: string;
  /** The treated areas it is for; empty for every area. */
  areas: string[];
  /** As authored (a `window` is rewritten as a `when`), for the group's label. */
  when?: CareTiming;
  span: CareSpan;
}

/**
 * Keeps the items that can be ticked: the list skeleton (an id that is a slug, unique, and text);
 * an item whose kind is not "do" or "avoid" is skipped (guessing could tell a patient to do what
 * they must avoid); a timing (`when`, or the older `window`) that is not valid is dropped and the
 * item shows without one; areas that are not text are dropped (with none left, it is for every
 * area). Each problem is one development warning naming its path.
 */
export function readCareItems(items: unknown, path = "items"): RenderableCareItem[] {
  return readContentList(items, component, path, "text", (raw, index) => {
    if (!isOneOf(aftercareKindValues, raw.kind)) {
      if (process.env.NODE_ENV !== "production") {
        warnInDevelopment(
          component,
          `${path}[${index}].kind ${describeValue(raw.kind)} is not "do" or "avoid"; the item is skipped`,
        );
      }
      return undefined;
    }
    const item: RenderableCareItem = {
      id: raw.id,
      text: raw.text as string,
      kind: raw.kind,
      areas: textItems(raw.areas),
      span: { from: 0, until: undefined },
    };
    if (process.env.NODE_ENV !== "production") {
      warnAboutTextList(component, `${path}[${index}].areas`, raw.areas);
    }
    if (raw.details !== undefined) {
      if (isNonEmptyText(raw.details)) {
        item.details = raw.details;
      } else if (process.env.NODE_ENV !== "production") {
        warnInDevelopment(
          component,
          `${path}[${index}].details must be non-empty text; it is not shown`,
        );
      }
    }
    // An older `window` is read as the `when` it stands for, by the same rule.
    const fromWindow = raw.window !== undefined && raw.when === undefined;
    const when = fromWindow
      ? isRecord(raw.window)
        ? windowToTiming(raw.window as AftercareWindow)
        : raw.window
      : raw.when;
    if (process.env.NODE_ENV !== "production" && raw.window !== undefined && !fromWindow) {
      warnInDevelopment(
        component,
        `${path}[${index}].window: give "when" or "window", not both; the window is ignored`,
      );
    }
    const span = careSpanOf(when);
    if (span === undefined) {
      if (process.env.NODE_ENV !== "production") {
        warnInDevelopment(
          component,
          fromWindow
            ? `${path}[${index}].window ${describeValue(raw.window)} is not a valid time window ({ fromHours, untilHours }, hours not negative, untilHours not less than fromHours); the item is shown without one`
            : `${path}[${index}].when ${describeCareTimingProblem(when)}; the item is shown without one`,
        );
      }
    } else {
      item.span = span;
      if (when !== undefined) {
        item.when = when as CareTiming;
      }
    }
    return item;
  });
}
