import { chemicalPeel } from "./chemical-peel";
import { clinic } from "./clinic";
import { microneedling } from "./microneedling";

/** Sample content in Canadian French, for French stories, tests and quick starts. */
export const examplesFrCA = { microneedling, chemicalPeel, clinic } as const;
