/** Where the visual suite's committed screenshots live, from the project root. */
export const baselineDirectory = "test/visual/baselines";
