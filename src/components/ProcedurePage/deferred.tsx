"use client";

import type { ReactNode } from "react";
import type { Clinic, Procedure, ResultCase } from "../../content/types";
import type { LocaleOption } from "../../i18n/locale";
import { JsonLd } from "../../seo/JsonLd";
import { type ProcedureJsonLdOptions, procedureJsonLd } from "../../seo/procedure-json-ld";
import { publishableResults } from "../../shared/read-results";
import { slot } from "../../shared/slot";
import { ResultsGallery } from "../ResultsGallery";

// What ProcedurePage renders from code it does not load up front: the results section, the
// questions (the page's last section) and the structured data. Loaded on demand by the islands of
// client.tsx (scripts/package-entries.mjs lists it in onDemandEntries); the server HTML has all
// three from the start.

export { ProcedureFaq } from "../ProcedureFaq";

export interface ResultsSectionProps {
  /** The procedure's results, as given: the section checks them. */
  results: unknown;
  /** The procedure's name, for each case's caption. */
  treatment: string;
  /** What comes before the gallery: the section's heading and intro, in the page's outline. */
  heading: ReactNode;
  locale: LocaleOption | undefined;
  /** What follows the gallery in the section: the page's booking call to action. */
  children?: ReactNode;
}

/**
 * The page's results: its heading, a word on consent and on how results vary, the gallery, and
 * what the page puts beside them (its compact booking call to action). Nothing at all when no case
 * can be shown.
 */
export function ResultsSection({
  results,
  treatment,
  heading,
  locale,
  children,
}: ResultsSectionProps) {
  const cases = publishableResults<ResultCase>(results, "ProcedurePage", "procedure.results");
  if (cases.length === 0) {
    return null;
  }
  return (
    <section {...slot("procedure-page-section")} data-section="results">
      {heading}
      <ResultsGallery results={cases} treatment={treatment} locale={locale} />
      {children}
    </section>
  );
}

export interface StructuredDataProps {
  procedure: Procedure;
  clinic: Clinic;
  options: ProcedureJsonLdOptions;
}

/** The page's schema.org structured data (its questions' `FAQPage` is `ProcedureFaq`'s). */
export function StructuredData({ procedure, clinic, options }: StructuredDataProps) {
  return <JsonLd data={procedureJsonLd(procedure, clinic, options)} />;
}
