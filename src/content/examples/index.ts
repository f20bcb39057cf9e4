import { chemicalPeel } from "./chemical-peel";
import { clinic } from "./clinic";
import { microneedling } from "./microneedling";

/** Sample content for stories, tests and quick starts. */
export const examples = { microneedling, chemicalPeel, clinic } as const;
export { examplesFrCA } from "./fr-CA";
