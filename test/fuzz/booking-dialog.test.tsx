import { cleanup, render } from "@testing-library/react";
import fc from "fast-check";
import { describe, it } from "vitest";
import { BookingDialog } from "../../src/components/BookingDialog";
import { clinicArbitrary } from "./arbitraries";
import { expectSafeDom, inProduction, numRuns, timeout } from "./safety";

// Any CMS value for the clinic through the booking dialog, opened in the DOM (it renders nothing on
// the server). Its own file, because a client render costs about ten times a server render: the
// fuzz files run in parallel.
describe("given any clinic a CMS can send, in production", () => {
  inProduction();

  it(
    "should open the booking dialog without throwing or embedding an unsafe page",
    () => {
      fc.assert(
        fc.property(clinicArbitrary, (clinic: any) => {
          try {
            render(<BookingDialog clinic={clinic} defaultOpen />);
            expectSafeDom(document.body);
          } finally {
            cleanup();
          }
        }),
        { numRuns: Math.ceil(numRuns / 4) },
      );
    },
    timeout,
  );
});
