import type { Procedure } from "../types";
import {
  antiviral,
  bringHat,
  coldSores,
  illustration,
  illustrationNote,
  isotretinoin,
  noIsotretinoin,
  pregnancy,
} from "./common";

/**
 * Sample content: a medium-depth chemical peel, as a whole pre- and post-treatment care guide.
 * Deliberately shaped unlike microneedling. Written for this library from common published clinic
 * guidance: a starting point that the clinic's medical director must review before publishing.
 */
export const chemicalPeel = {
  id: "chemical-peel",
  name: "Chemical peel",
  alsoKnownAs: ["Medium-depth peel", "Skin peel"],
  procedureType: "noninvasive",
  bodyLocation: ["Face"],
  summary:
    "An acid solution lifts away the outer layers of skin so smoother, more even-toned skin can grow back.",
  howItWorks: [
    "The solution loosens the bonds that hold the outer layers of skin together, down to a depth the clinician chooses. A medium-depth peel reaches just below the surface, where sun spots and fine lines sit.",
    "Over the next week the treated skin darkens, dries and peels away. The skin that grows in its place is smoother and more even in colour, and it keeps renewing itself over the following weeks.",
  ],
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
    sessions: { min: 1, max: 2 },
    interval: { min: 3, max: 6, unit: "months" },
    numbing: "none",
    resultsVisible: { min: 1, max: 2, unit: "weeks" },
    resultsLast: { min: 6, max: 12, unit: "months" },
  },
  suitability: {
    notSuitableIf: [
      pregnancy,
      isotretinoin,
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
      coldSores,
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
    noIsotretinoin,
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
    antiviral,
    {
      id: "clean-skin",
      text: "Come with clean skin: no makeup, moisturiser or perfume on your face",
      kind: "do",
      when: { on: "treatment-day" },
    },
    bringHat,
  ],
  sideEffects: [
    {
      id: "redness-tightness",
      name: "Redness and tightness",
      description: "Skin looks pink or red and feels tight and dry, like after a day in the sun.",
      frequency: "very-common",
      tier: "expected",
      duration: { min: 3, max: 5, unit: "days" },
      selfCare: ["Apply the recommended moisturiser often", "Keep out of the sun"],
    },
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
      duration: { min: 1, max: 3, unit: "days" },
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
    {
      id: "infection",
      name: "Infection",
      description:
        "Rare. Pain, heat, yellow crusts or pus that get worse instead of better as the skin heals.",
      frequency: "rare",
      tier: "urgent",
      seekHelpIf: ["You have a fever", "You see pus or yellow crusts", "Pain is getting worse"],
    },
    {
      id: "colour-change",
      name: "Darker or lighter patches",
      description:
        "Uncommon. Patches that turn darker or lighter than the skin around them, weeks after the peel.",
      frequency: "uncommon",
      tier: "contact-clinic",
      seekHelpIf: ["A patch is still darker or lighter 4 weeks after the peel"],
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
  expectations: [
    "For the first day or two your skin looks red and tight; then it darkens and starts to peel, usually from around the mouth.",
    "Peeling lasts about a week. Plan to stay home from work or events while it does.",
    "Fresh, smoother skin shows once the peeling ends and keeps improving over the following weeks.",
  ],
  faq: [
    {
      id: "does-it-hurt",
      question: "Does it hurt?",
      answer:
        "The solution stings and feels hot for a few minutes while it is on the skin; a fan or cool compress helps. Afterwards the skin feels tight and sore, like sunburn.",
    },
    {
      id: "how-long-peeling",
      question: "How long will I peel?",
      answer:
        "Peeling usually starts on the second or third day and lasts 5 to 7 days. Let the skin come off on its own: pulling it can leave marks.",
    },
    {
      id: "when-makeup",
      question: "When can I wear makeup again?",
      answer:
        "Once the peeling has finished and the skin is no longer raw, usually after about a week. Ask at your follow-up if you are not sure.",
    },
    {
      id: "darker-skin",
      question: "Is a peel safe for darker skin?",
      answer:
        "Many peels can be used on darker skin, but the risk of dark patches is higher. Your clinician chooses the peel and its depth for your skin and may start you on a preparation cream first.",
    },
    {
      id: "how-many-peels",
      question: "How many peels will I need?",
      answer:
        "A medium-depth peel is often done once, or repeated after several months. Lighter peels are given as a series; your clinician will suggest what suits your skin.",
    },
  ],
  results: [
    {
      id: "uneven-tone-1",
      before: /* @__PURE__ */ illustration(
        "chemical-peel-pigmentation-1",
        "before",
        "Illustration of a cheek before treatment: many brown spots of different sizes.",
      ),
      after: /* @__PURE__ */ illustration(
        "chemical-peel-pigmentation-1",
        "after",
        "Illustration of the same cheek 1 month after 3 sessions: fewer, lighter spots.",
      ),
      area: "Uneven skin tone",
      sessions: 3,
      photographed: { min: 1, max: 1, unit: "months" },
      consent: { publish: true },
      unretouched: true,
      note: illustrationNote,
    },
    {
      id: "uneven-tone-2",
      before: /* @__PURE__ */ illustration(
        "chemical-peel-pigmentation-2",
        "before",
        "Illustration of a cheek before treatment: scattered brown spots.",
      ),
      after: /* @__PURE__ */ illustration(
        "chemical-peel-pigmentation-2",
        "after",
        "Illustration of the same cheek 6 weeks after 4 sessions: some spots remain, lighter.",
      ),
      area: "Uneven skin tone",
      sessions: 4,
      photographed: { min: 6, max: 6, unit: "weeks" },
      consent: { publish: true },
      note: illustrationNote,
    },
  ],
  disclaimer:
    "Results differ from person to person. Ask your clinician whether a peel suits your skin type.",
} satisfies Procedure;
