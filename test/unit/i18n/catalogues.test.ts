import { describe, expect, it } from "vitest";
import { aftercareChecklistMessages } from "../../../src/components/AftercareChecklist";
import { beforeAfterMessages } from "../../../src/components/BeforeAfter";
import { bookingBannerMessages } from "../../../src/components/BookingBanner";
import { bookingDialogMessages } from "../../../src/components/BookingDialog";
import { procedureExplainerMessages } from "../../../src/components/ProcedureExplainer";
import { procedureFaqMessages } from "../../../src/components/ProcedureFaq";
import { procedurePageMessages } from "../../../src/components/ProcedurePage";
import { resultsGalleryMessages } from "../../../src/components/ResultsGallery";
import { sideEffectAccordionMessages } from "../../../src/components/SideEffectAccordion";
import { frCA } from "../../../src/locales/fr-CA";
import type { MedspaLocale, MedspaLocaleMessages } from "../../../src/locales/types";

// A key missing from a locale is a type error already; this checks the values: every message
// exists, is not empty, and French is really translated (not English copied over).
const english: MedspaLocaleMessages = {
  procedureExplainer: procedureExplainerMessages,
  sideEffectAccordion: sideEffectAccordionMessages,
  procedureFaq: procedureFaqMessages,
  aftercareChecklist: aftercareChecklistMessages,
  bookingBanner: bookingBannerMessages,
  bookingDialog: bookingDialogMessages,
  procedurePage: procedurePageMessages,
  beforeAfter: beforeAfterMessages,
  resultsGallery: resultsGalleryMessages,
};
const bundles = { en: english, "fr-CA": frCA.messages };

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

describe.each(Object.keys(english))("the %s messages", (part) => {
  const key = part as keyof MedspaLocaleMessages;
  const englishTexts = flatten(english[key]);

  it.each(Object.keys(bundles))("should have every message, non-empty, in %s", (locale) => {
    const messages = flatten(bundles[locale as keyof typeof bundles][key]);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(englishTexts).sort());
    for (const [name, text] of Object.entries(messages)) {
      expect(text.trim(), name).not.toBe("");
    }
  });

  it("should translate French rather than copy English", () => {
    const french = flatten(frCA.messages[key]);
    const copied = Object.keys(englishTexts).filter((name) => french[name] === englishTexts[name]);
    // Words that are the same in both languages ("Urgent", "Rare", "minutes") may match.
    expect(copied.length / Object.keys(englishTexts).length).toBeLessThan(0.2);
  });
});

describe("a locale bundle of a site's own", () => {
  it("should not compile while a part is missing (tsc checks this file)", () => {
    const { procedurePage: _left, ...incomplete } = frCA.messages;
    // @ts-expect-error -- without procedurePage messages it is not a MedspaLocale
    const spanish: MedspaLocale = { locale: "es-US", messages: incomplete };
    expect(spanish.messages).not.toHaveProperty("procedurePage");
  });
});
