// @vitest-environment node
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { AftercareChecklist } from "../../../src/components/AftercareChecklist";
import { BookingBanner } from "../../../src/components/BookingBanner";
import { BookingDialog } from "../../../src/components/BookingDialog";
import { ProcedureExplainer } from "../../../src/components/ProcedureExplainer";
import { ProcedurePage } from "../../../src/components/ProcedurePage";
import { deferredPartsReady } from "../../../src/components/ProcedurePage/client";
import { SideEffectAccordion } from "../../../src/components/SideEffectAccordion";
import { ThemeScope } from "../../../src/components/ThemeScope";
import { examples } from "../../../src/content/examples";

// ProcedurePage renders its results and structured data from code it loads beside the page: a
// synchronous render on a loaded machine could come before it arrives.
beforeAll(() => deferredPartsReady);

// A real server (Next.js, Remix, Express) renders with no `document`, unlike jsdom. The setup file
// fails a test on any console.error or console.warn, so each render here must be silent: React 18
// logs one error per `useLayoutEffect` reached during server rendering.
const { microneedling: procedure, clinic } = examples;

const components = {
  ProcedurePage: <ProcedurePage procedure={procedure} clinic={clinic} />,
  ProcedureExplainer: <ProcedureExplainer procedure={procedure} />,
  SideEffectAccordion: (
    <SideEffectAccordion sideEffects={procedure.sideEffects} clinic={clinic} rememberOpen />
  ),
  AftercareChecklist: (
    <AftercareChecklist items={procedure.aftercare} clinic={clinic} storageKey="server" />
  ),
  BookingBanner: <BookingBanner clinic={clinic} layout="sticky" />,
  BookingDialog: <BookingDialog clinic={clinic} trigger={<button type="button">Book</button>} />,
  ThemeScope: <ThemeScope theme="rose-gold">Themed</ThemeScope>,
};

describe("given a Node server with no document", () => {
  it("should have no document, as on a real server", () => {
    expect(typeof document).toBe("undefined");
  });

  it.each(Object.entries(components))(
    "should render %s under StrictMode without a warning",
    (_name, element) => {
      const html = renderToString(<StrictMode>{element}</StrictMode>);
      expect(html.length).toBeGreaterThan(0);
      expect(html).not.toMatch(/\sstyle=/);
    },
  );
});
