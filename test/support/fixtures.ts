import { examples } from "../../src/content/examples";
import type { MedicalReview, Procedure } from "../../src/content/types";

/**
 * A clinic's own medical review. The samples carry none (each is a starting point for the
 * clinic's medical director to review), so the tests of the review line add one here.
 */
export const review: MedicalReview = {
  by: "Dr. Amara Okafor",
  credentials: "MD, FRCPC (Dermatology)",
  date: "2026-03-14",
};

/** The microneedling sample as a clinic publishes it once reviewed. */
export const reviewedMicroneedling: Procedure = { ...examples.microneedling, review };

/** The starter library's treatments, by their key in `examples` and `examplesFrCA`. */
export const starterTreatments = [
  "botulinumToxin",
  "dermalFiller",
  "chemicalPeel",
  "laserHairRemoval",
  "microneedling",
] as const;
