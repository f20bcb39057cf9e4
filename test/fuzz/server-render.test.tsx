import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { AftercareChecklist } from "../../src/components/AftercareChecklist";
import { BookingBanner } from "../../src/components/BookingBanner";
import { ProcedureFaq } from "../../src/components/ProcedureFaq";
import { ProcedurePage } from "../../src/components/ProcedurePage";
import { deferredPartsReady } from "../../src/components/ProcedurePage/client";
import { ResultsGallery } from "../../src/components/ResultsGallery";
import { SideEffectAccordion } from "../../src/components/SideEffectAccordion";
import { areasArbitrary, clinicArbitrary, procedureArbitrary } from "./arbitraries";
import { numRuns, renderOnServer, timeout } from "./safety";

// ProcedurePage renders its results and structured data from code it loads beside the page: a
// synchronous render on a loaded machine could come before it arrives.
beforeAll(() => deferredPartsReady);

// Any CMS value through every server-rendered component and ProcedurePage, in the production
// project: React's production build, as a site's production server renders. The fuzz runs its
// files on two workers: this file is about one worker's work, and the client-rendered booking
// dialog, the development warnings and the structured data share the other.

describe("given any value a CMS can send, in production", () => {
  it(
    "should render every component without throwing or letting content out",
    () => {
      fc.assert(
        fc.property(
          procedureArbitrary,
          clinicArbitrary,
          fc.constantFrom("inline", "compact", "sticky"),
          areasArbitrary,
          (procedure: any, clinic: any, layout: "inline" | "compact" | "sticky", areas: any) => {
            const parts = typeof procedure === "object" && procedure !== null ? procedure : {};
            // The page passes the procedure as it is to its explainer: that render is the
            // explainer's fuzz too. Each list goes to its component as it is as well, since the
            // page leaves out a list that is not one.
            renderOnServer(
              <ProcedurePage procedure={procedure} clinic={clinic} areas={areas} faqJsonLd />,
            );
            renderOnServer(<ProcedureFaq faq={parts.faq} faqJsonLd />);
            renderOnServer(<ResultsGallery results={parts.results} treatment={parts.name} />);
            renderOnServer(
              <SideEffectAccordion sideEffects={parts.sideEffects} clinic={clinic} areas={areas} />,
            );
            // Without areas: every item, each for some areas named, and the choice of areas.
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
});
