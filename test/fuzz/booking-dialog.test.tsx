// @vitest-environment jsdom
import fc from "fast-check";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { describe, it } from "vitest";
import { BookingDialog } from "../../src/components/BookingDialog";
import { clinicArbitrary } from "./arbitraries";
import { expectSafeDom, numRuns, timeout } from "./safety";

// Any CMS value for the clinic through the booking dialog, opened in the DOM (it renders nothing on
// the server), in the production project: React's production build, as on a site. That build has
// no act(), so testing-library cannot render here; flushSync commits the render, the portal's
// content and its effects before it returns, as act did. A client render costs several server
// renders: this file is about one of the fuzz's two workers' work.
describe("given any clinic a CMS can send, in production", () => {
  it(
    "should open the booking dialog without throwing or embedding an unsafe page",
    async () => {
      await fc.assert(
        fc.asyncProperty(clinicArbitrary, async (clinic: any) => {
          const container = document.body.appendChild(document.createElement("div"));
          const root = createRoot(container);
          try {
            flushSync(() => root.render(<BookingDialog clinic={clinic} defaultOpen />));
            expectSafeDom(document.body);
          } finally {
            root.unmount();
            container.remove();
          }
          // jsdom gives each iframe a window, and frees it only after its document's load tasks
          // have run: a synchronous loop kept all 5,000 (a megabyte each, and a slower render
          // with every one).
          await new Promise((resolve) => setImmediate(resolve));
        }),
        { numRuns: Math.ceil(numRuns / 4) },
      );
    },
    timeout,
  );
});
