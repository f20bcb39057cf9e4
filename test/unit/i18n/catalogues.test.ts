import { describe, expect, it } from "vitest";
import { aftercareChecklistMessages } from "../../../src/components/AftercareChecklist";
import { bookingBannerMessages } from "../../../src/components/BookingBanner";
import { bookingDialogMessages } from "../../../src/components/BookingDialog";
import { procedureExplainerMessages } from "../../../src/components/ProcedureExplainer";
import { sideEffectAccordionMessages } from "../../../src/components/SideEffectAccordion";
import { type Catalogue, formatMessages, locales } from "../../../src/i18n";

// A key missing from a locale is a type error already; this checks the values: every message
// exists, is not empty, and French is really translated (not English copied over).
const catalogues: Record<string, Catalogue<object>> = {
  formatMessages,
  procedureExplainerMessages,
  sideEffectAccordionMessages,
  aftercareChecklistMessages,
  bookingBannerMessages,
  bookingDialogMessages,
};

/** Every message as text, functions called with sample arguments. */
function flatten(messages: object, prefix = ""): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "function") {
      result[path] = String(value("Sample", 2));
    } else if (typeof value === "object" && value !== null) {
      Object.assign(result, flatten(value, path));
    } else {
      result[path] = String(value);
    }
  }
  return result;
}

describe.each(Object.entries(catalogues))("the %s catalogue", (_name, catalogue) => {
  const english = flatten(catalogue.en);

  it.each(locales)("should have every message, non-empty, in %s", (locale) => {
    const messages = flatten(catalogue[locale]);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("should translate French rather than copy English", () => {
    const french = flatten(catalogue["fr-CA"]);
    const copied = Object.keys(english).filter((key) => french[key] === english[key]);
    // Words that are the same in both languages ("Urgent", "Rare", "minutes") may match.
    expect(copied.length / Object.keys(english).length).toBeLessThan(0.2);
  });
});
