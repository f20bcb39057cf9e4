import type { CareItem, ResultPhoto, SuitabilityItem } from "../types";

// What most of the sample treatments say alike, written once: the French words for each are in
// fr-CA/common.ts, under the same ids. Like the samples, a starting point for the clinic's medical
// director to review.

export const pregnancy: SuitabilityItem = {
  id: "pregnancy",
  text: "You are pregnant or breastfeeding",
};

export const isotretinoin: SuitabilityItem = {
  id: "isotretinoin",
  text: "You have taken isotretinoin (acne tablets) recently",
  wait: "Until 6 months after your last dose",
};

export const coldSores: SuitabilityItem = { id: "cold-sores", text: "You get cold sores" };

export const bloodThinners: SuitabilityItem = {
  id: "blood-thinners",
  text: "You take a blood thinner, or bruise or bleed easily",
};

export const keloids: SuitabilityItem = {
  id: "keloids",
  text: "You form raised (keloid) scars",
};

export const noIsotretinoin: CareItem = {
  id: "no-isotretinoin",
  text: "Isotretinoin (acne tablets)",
  kind: "avoid",
  when: { from: { before: 6, unit: "months" } },
  details: "Skin needs this long after the last dose to heal normally again.",
};

export const noBloodThinningPainkillers: CareItem = {
  id: "no-blood-thinning-painkillers",
  text: "Blood-thinning painkillers such as aspirin and ibuprofen, unless a doctor prescribed them",
  kind: "avoid",
  when: { from: { before: 1, unit: "weeks" } },
  details:
    "They make bruising more likely. Never stop a prescribed medicine without asking the doctor who prescribed it.",
};

export const noAlcohol: CareItem = {
  id: "no-alcohol",
  text: "Alcohol",
  kind: "avoid",
  when: { from: { before: 24, unit: "hours" }, until: { after: 24, unit: "hours" } },
  details: "It can make bruising and swelling worse.",
};

export const antiviral: CareItem = {
  id: "antiviral",
  text: "If you get cold sores, take the antiviral medicine your clinician prescribes",
  kind: "do",
  when: { from: { before: 2, unit: "days" }, until: { after: 5, unit: "days" } },
};

export const bringHat: CareItem = {
  id: "bring-hat",
  text: "Bring a wide-brimmed hat and sunscreen for the trip home",
  kind: "do",
  when: { on: "treatment-day" },
};

/**
 * A drawing of an illustrated case of the starter library, as a photo: `/medspa-ui/results/` on a
 * site that copies `medspa-ui/results` there (Storybook serves them so). Made for this project by
 * scripts/draw-result-illustrations.mjs; never a real person. Pure, like `translated`: called with
 * `/* @__PURE__ *\/` so a bundle that imports no sample drops it.
 */
export function illustration(case_: string, which: "before" | "after", alt: string): ResultPhoto {
  return { src: `/medspa-ui/results/${case_}-${which}.svg`, alt, width: 800, height: 600 };
}

/** Said under every sample case: the photos are drawings, for the clinic to replace. */
export const illustrationNote =
  "Illustration made for the medspa-ui starter library, not a patient: replace it with your own patients' photos, published with their written consent.";
