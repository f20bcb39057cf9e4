import type { StarterLibrary } from "..";
import { botulinumToxin } from "./botulinum-toxin";
import { chemicalPeel } from "./chemical-peel";
import { clinic } from "./clinic";
import { dermalFiller } from "./dermal-filler";
import { laserHairRemoval } from "./laser-hair-removal";
import { microneedling } from "./microneedling";

/**
 * The starter library in Canadian French, for French stories, tests and new sites: the same five
 * treatments, ids and timings as `examples`, each a starting point for the clinic's medical
 * director to review.
 */
export const examplesFrCA: StarterLibrary = {
  botulinumToxin,
  dermalFiller,
  chemicalPeel,
  laserHairRemoval,
  microneedling,
  clinic,
};
