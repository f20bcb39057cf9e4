import { configure } from "storybook/test";
import { onDemandTimeout } from "./on-demand";

// Stories use storybook/test's own copy of testing-library, configured here.
configure({ asyncUtilTimeout: onDemandTimeout });
