import { botulinumToxin } from "./botulinum-toxin";
import { chemicalPeel } from "./chemical-peel";
import { clinic } from "./clinic";
import { dermalFiller } from "./dermal-filler";
import { laserHairRemoval } from "./laser-hair-removal";
import { microneedling } from "./microneedling";

/**
 * The starter library: five common treatments as whole care guides, and a sample clinic, for
 * stories, tests and new sites. Each treatment is a starting point that the clinic's medical
 * director must review before publishing; none carries a `review`.
 */
export const examples = {
  botulinumToxin,
  dermalFiller,
  chemicalPeel,
  laserHairRemoval,
  microneedling,
  clinic,
} as const;
export { examplesFrCA } from "./fr-CA";
