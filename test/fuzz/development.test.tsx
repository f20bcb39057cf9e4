import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ProcedurePage } from "../../src/components/ProcedurePage";
import { deferredPartsReady } from "../../src/components/ProcedurePage/client";
import { resetDevelopmentWarnings } from "../../src/shared/development";
import { expectConsole } from "../support/console";
import { clinicArbitrary, procedureArbitrary } from "./arbitraries";
import { numRuns, renderOnServer, timeout } from "./safety";

beforeAll(() => deferredPartsReady);

// Any CMS value through ProcedurePage in development: what a site developer sees in the console.

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
