import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, expect } from "vitest";
import * as axeMatchers from "vitest-axe/matchers";
import { resetDevelopmentWarnings } from "../../src/shared/development";
import { assertNoUnexpectedConsole, watchConsole } from "../support/console";

expect.extend(axeMatchers);

beforeEach(() => {
  resetDevelopmentWarnings();
  watchConsole();
});

afterEach(() => {
  cleanup();
  assertNoUnexpectedConsole();
});
