import type { Clinic, Procedure, ProcedureFacts, Suitability } from "../types";
import { botulinumToxin } from "./botulinum-toxin";
import { chemicalPeel } from "./chemical-peel";
import { clinic } from "./clinic";
import { dermalFiller } from "./dermal-filler";
import { laserHairRemoval } from "./laser-hair-removal";
import { microneedling } from "./microneedling";

/**
 * A treatment of the starter library: a `Procedure` with every part of a whole care guide. Typed by
 * the model rather than by its words, so the published types stay the size of the model.
 */
export type SampleProcedure = Procedure &
  Required<
    Pick<
      Procedure,
      | "alsoKnownAs"
      | "bodyLocation"
      | "howItWorks"
      | "treats"
      | "preparation"
      | "sideEffects"
      | "aftercare"
      | "followUp"
      | "expectations"
      | "faq"
      | "results"
      | "disclaimer"
    >
  > & {
    facts: Required<ProcedureFacts>;
    suitability: Required<Suitability>;
  };

/** The starter library, keyed by treatment, and the sample clinic. */
export interface StarterLibrary {
  botulinumToxin: SampleProcedure;
  dermalFiller: SampleProcedure;
  chemicalPeel: SampleProcedure;
  laserHairRemoval: SampleProcedure;
  microneedling: SampleProcedure;
  clinic: Clinic;
}

/**
 * The starter library: five common treatments as whole care guides, and a sample clinic, for
 * stories, tests and new sites. Each treatment is a starting point that the clinic's medical
 * director must review before publishing; none carries a `review`.
 */
export const examples: StarterLibrary = {
  botulinumToxin,
  dermalFiller,
  chemicalPeel,
  laserHairRemoval,
  microneedling,
  clinic,
};
export { examplesFrCA } from "./fr-CA";
