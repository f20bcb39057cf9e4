import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { AftercareChecklist } from "../../src/components/AftercareChecklist";
import { BookingBanner } from "../../src/components/BookingBanner";
import { ProcedureExplainer } from "../../src/components/ProcedureExplainer";
import { ProcedureFaq } from "../../src/components/ProcedureFaq";
import { ProcedurePage } from "../../src/components/ProcedurePage";
import { deferredPartsReady } from "../../src/components/ProcedurePage/client";
import { ResultsGallery } from "../../src/components/ResultsGallery";
import { SideEffectAccordion } from "../../src/components/SideEffectAccordion";
import { procedureJsonLd, serializeJsonLd } from "../../src/seo";
import { resetDevelopmentWarnings } from "../../src/shared/development";
import { expectConsole } from "../support/console";
import { clinicArbitrary, procedureArbitrary } from "./arbitraries";
import { inProduction, numRuns, renderOnServer, timeout } from "./safety";

// ProcedurePage renders its results and structured data from code it loads beside the page: a
// synchronous render on a loaded machine could come before it arrives.
beforeAll(() => deferredPartsReady);

// Any CMS value through every server-rendered component, ProcedurePage and procedureJsonLd (the
// client-only booking dialog has its own file, so the two run in parallel).

describe("given any value a CMS can send, in development", () => {
  it(
    "should only warn, with the library's prefix, and never log a React error",
    () => {
      const warn = expectConsole("warn");
      fc.assert(
        fc.property(procedureArbitrary, clinicArbitrary, (procedure: any, clinic: any) => {
          resetDevelopmentWarnings();
          warn.mockClear();
          renderOnServer(<ProcedurePage procedure={procedure} clinic={clinic} />);
          for (const [message] of warn.mock.calls) {
            expect(String(message)).toMatch(/^\[medspa-ui\] \w+: /);
          }
        }),
        // The setup file fails the test on any console.error (a React warning such as a duplicate key).
        { numRuns: Math.ceil(numRuns / 4) },
      );
    },
    timeout,
  );
});

describe("given any value a CMS can send, in production", () => {
  inProduction();

  it(
    "should render every component without throwing or letting content out",
    () => {
      fc.assert(
        fc.property(
          procedureArbitrary,
          clinicArbitrary,
          fc.constantFrom("inline", "compact", "sticky"),
          (procedure: any, clinic: any, layout: "inline" | "compact" | "sticky") => {
            const parts = typeof procedure === "object" && procedure !== null ? procedure : {};
            renderOnServer(<ProcedurePage procedure={procedure} clinic={clinic} faqJsonLd />);
            renderOnServer(<ProcedureFaq faq={parts.faq} faqJsonLd />);
            renderOnServer(<ResultsGallery results={parts.results} treatment={parts.name} />);
            renderOnServer(<ProcedureExplainer procedure={procedure} clinic={clinic} />);
            renderOnServer(<SideEffectAccordion sideEffects={parts.sideEffects} clinic={clinic} />);
            renderOnServer(<AftercareChecklist items={parts.aftercare} clinic={clinic} />);
            // The timeline with a date: counting down before the day, the follow-up dated.
            renderOnServer(
              <AftercareChecklist
                items={[...(Array.isArray(parts.preparation) ? parts.preparation : [])]}
                followUp={parts.followUp}
                clinic={clinic}
                treatmentDate="2026-12-10"
                now={new Date(2026, 11, 8, 9)}
              />,
            );
            renderOnServer(<BookingBanner clinic={clinic} layout={layout} />);
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "should build structured data that parses back, with https links only",
    () => {
      fc.assert(
        fc.property(procedureArbitrary, clinicArbitrary, (procedure: any, clinic: any) => {
          const graph = procedureJsonLd(procedure, clinic, {
            url: "https://spa.example/microneedling",
          });
          const serialized = serializeJsonLd(graph);
          expect(serialized).not.toMatch(/[<>\u2028\u2029]/);
          const parsed = JSON.parse(serialized);
          expect(parsed).toEqual(JSON.parse(JSON.stringify(graph)));
          const clinicNode = parsed["@graph"].find(
            (node: { "@type": string }) => node["@type"] === "MedicalClinic",
          );
          const target = clinicNode?.potentialAction?.target;
          if (target !== undefined) {
            expect(target).toMatch(/^https:\/\//);
          }
          // Every value in the graph is text, a list or a node: nothing from content passes as is.
          JSON.stringify(parsed, (_key, value) => {
            expect(["string", "object"]).toContain(typeof value);
            return value;
          });
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
