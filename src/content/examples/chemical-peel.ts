import type { Procedure } from "../types";

/**
 * Sample content: a medium-depth chemical peel, as a whole pre- and post-treatment care guide.
 * Deliberately shaped unlike microneedling. Written for this library from common published clinic
 * guidance: a starting point that the clinic's medical director must review before publishing.
 */
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
    resultsVisible: { min: 1, max: 2, unit: "weeks" },
    resultsLast: { min: 6, max: 12, unit: "months" },
  },
  suitability: {
    notSuitableIf: [
      { id: "pregnancy", text: "You are pregnant or breastfeeding" },
      {
        id: "isotretinoin",
        text: "You have taken isotretinoin (acne tablets) recently",
        wait: "Until 6 months after your last dose",
      },
      {
        id: "broken-skin",
        text: "You have a cold sore, an infection, a rash or broken skin on your face",
        wait: "Until it has fully healed",
      },
      {
        id: "sunburn",
        text: "Your face is sunburned or freshly tanned",
        wait: "Until the burn or tan has faded",
      },
    ],
    tellClinicIf: [
      { id: "cold-sores", text: "You get cold sores" },
      {
        id: "dark-marks",
        text: "Your skin darkens or forms raised scars after cuts, spots or burns",
      },
      { id: "skin-conditions", text: "You have eczema, rosacea or psoriasis on your face" },
      {
        id: "light-sensitivity",
        text: "You take a medicine that makes your skin sensitive to sunlight",
      },
    ],
  },
  preparation: [
    {
      id: "no-isotretinoin",
      text: "Isotretinoin (acne tablets)",
      kind: "avoid",
      when: { from: { before: 6, unit: "months" } },
      details: "Skin needs this long to recover its normal healing after the last dose.",
    },
    {
      id: "no-tanning",
      text: "Tanning, sunbeds and sunburn",
      kind: "avoid",
      when: { from: { before: 2, unit: "weeks" } },
      details: "A peel on tanned or burned skin is more likely to leave dark patches.",
    },
    {
      id: "prep-cream",
      text: "Use the preparation cream your clinician prescribed, as directed",
      kind: "do",
      when: { from: { before: 2, unit: "weeks" }, until: { before: 3, unit: "days" } },
      details: "It helps the peel work evenly. Stop 3 days before unless told otherwise.",
    },
    {
      id: "no-actives",
      text: "Retinoids, exfoliating acids and scrubs on your face",
      kind: "avoid",
      when: { from: { before: 1, unit: "weeks" } },
    },
    {
      id: "no-waxing",
      text: "Waxing, threading or hair-removal creams on your face",
      kind: "avoid",
      when: { from: { before: 1, unit: "weeks" } },
    },
    {
      id: "antiviral",
      text: "If you get cold sores, take the antiviral medicine your clinician prescribes",
      kind: "do",
      when: { from: { before: 2, unit: "days" }, until: { after: 5, unit: "days" } },
    },
    {
      id: "clean-skin",
      text: "Come with clean skin: no makeup, moisturiser or perfume on your face",
      kind: "do",
      when: { on: "treatment-day" },
    },
    {
      id: "bring-hat",
      text: "Bring a wide-brimmed hat and sunscreen for the trip home",
      kind: "do",
      when: { on: "treatment-day" },
    },
  ],
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
      id: "gentle-cleanser",
      text: "Wash with a gentle cleanser and cool water, patting dry",
      kind: "do",
      when: { until: { after: 1, unit: "weeks" } },
    },
    {
      id: "no-peeling-by-hand",
      text: "Peeling off loose skin",
      kind: "avoid",
      when: { until: { after: 7, unit: "days" } },
      details: "Let it shed on its own; pulling it can scar.",
    },
    {
      id: "no-sweating",
      text: "Hot yoga, saunas and hard workouts",
      kind: "avoid",
      when: { until: { after: 48, unit: "hours" } },
    },
    {
      id: "no-actives-after",
      text: "Retinoids, exfoliating acids and scrubs",
      kind: "avoid",
      when: { until: { after: 2, unit: "weeks" } },
      details: "Start again only once your skin has stopped peeling and feels comfortable.",
    },
    {
      id: "sun-protection",
      text: "Use a broad-spectrum SPF 30 or higher every day and keep out of strong sun",
      kind: "do",
      when: { until: { after: 3, unit: "months" } },
      details: "New skin burns and darkens easily for months after a peel.",
    },
  ],
  followUp: {
    after: { min: 2, max: 2, unit: "weeks" },
    purpose: "To check how your skin has healed and talk about whether more peels would help.",
  },
  disclaimer:
    "Results differ from person to person. Ask your clinician whether a peel suits your skin type.",
} satisfies Procedure;
