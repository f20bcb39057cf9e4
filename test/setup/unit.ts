import "@testing-library/jest-dom/vitest";
import "./console";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, expect } from "vitest";
import * as axeMatchers from "vitest-axe/matchers";
import { onDemandTimeout } from "./on-demand";

expect.extend(axeMatchers);

configure({ asyncUtilTimeout: onDemandTimeout });

afterEach(() => {
  cleanup();
});
