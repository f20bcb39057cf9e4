import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, expect } from "vitest";
import * as axeMatchers from "vitest-axe/matchers";
import { deferredPartsReady } from "../../src/components/ProcedurePage/client";
import { resetDevelopmentWarnings } from "../../src/shared/development";
import { assertNoUnexpectedConsole, watchConsole } from "../support/console";

expect.extend(axeMatchers);

// ProcedurePage renders its results and structured data from code it loads beside the page; a
// synchronous test that renders it at once on a loaded machine could run before it arrives.
beforeAll(() => deferredPartsReady);

beforeEach(() => {
  resetDevelopmentWarnings();
  watchConsole();
});

afterEach(() => {
  cleanup();
  assertNoUnexpectedConsole();
});
