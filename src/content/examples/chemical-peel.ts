import type { Procedure } from "../types";

/** Sample content: a medium-depth chemical peel. Deliberately shaped unlike microneedling. */
export const chemicalPeel = {
  id: "chemical-peel",
  name: "Chemical peel",
  procedureType: "noninvasive",
  summary:
    "An acid solution lifts away the outer layers of skin so smoother, more even-toned skin can grow back.",
  treats: ["Sun spots and uneven tone", "Melasma", "Dull, rough texture"],
  steps: [
    {
      id: "skin-prep",
      phase: "before",
      title: "Two weeks of skin preparation",
      description: "You use a prescribed cream at home so the peel works evenly.",
      duration: { min: 2, max: 2, unit: "weeks" },
    },
    {
      id: "application",
      phase: "during",
      title: "Peel application",
      description:
        "The solution is brushed on in layers and neutralised once the skin reaches the planned depth.",
      duration: { min: 15, max: 30, unit: "minutes" },
    },
    {
      id: "peeling",
      phase: "after",
      title: "Peeling",
      description: "Skin darkens, then flakes and sheds over the following days.",
      duration: { min: 5, max: 7, unit: "days" },
    },
  ],
  facts: {
    treatmentTime: { min: 30, max: 30, unit: "minutes" },
    downtime: { min: 5, max: 7, unit: "days" },
    sessions: { min: 1, max: 1 },
    numbing: "none",
  },
  sideEffects: [
    {
      id: "stinging",
      name: "Stinging",
      description: "A hot, stinging feeling while the solution is on the skin.",
      frequency: "very-common",
      tier: "expected",
      duration: { min: 5, max: 10, unit: "minutes" },
    },
    {
      id: "blistering",
      name: "Blistering or oozing",
      description: "Fluid-filled bumps or weeping areas as the skin peels.",
      frequency: "uncommon",
      tier: "contact-clinic",
      seekHelpIf: ["Blisters are larger than a pea", "An area weeps for more than a day"],
    },
    {
      id: "cold-sore-flare",
      name: "Cold sore flare-up",
      description: "A peel can wake a dormant cold sore virus.",
      frequency: "uncommon",
      tier: "urgent",
      seekHelpIf: ["You feel tingling or see clustered blisters around the lips"],
    },
  ],
  aftercare: [
    { id: "moisturise", text: "Apply the recommended moisturiser morning and night", kind: "do" },
    {
      id: "no-peeling-by-hand",
      text: "Peeling off loose skin",
      kind: "avoid",
      window: { untilHours: 168 },
    },
    {
      id: "no-sweating",
      text: "Hot yoga, saunas and hard workouts",
      kind: "avoid",
      window: { untilHours: 48 },
    },
  ],
  disclaimer:
    "Results differ from person to person. Ask your clinician whether a peel suits your skin type.",
} satisfies Procedure;
