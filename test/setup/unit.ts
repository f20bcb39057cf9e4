import "@testing-library/jest-dom/vitest";
import "./console";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, expect } from "vitest";
import * as axeMatchers from "vitest-axe/matchers";

expect.extend(axeMatchers);

// A part loaded on demand (the booking dialog) is its module's first import in that worker: with
// two workers on CI's two cores it can take longer than testing-library's 1 s default to appear.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
