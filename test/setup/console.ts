import { afterEach, beforeEach } from "vitest";
import { resetDevelopmentWarnings } from "../../src/shared/development";
import { assertNoUnexpectedConsole, watchConsole } from "../support/console";

// Every test starts with no development warnings given yet and fails on a console message it did
// not expect (a React warning such as a duplicate key is a console.error).
beforeEach(() => {
  resetDevelopmentWarnings();
  watchConsole();
});

afterEach(() => {
  assertNoUnexpectedConsole();
});
