import type { Procedure } from "../types";
import {
  antiviral,
  bloodThinners,
  bringHat,
  coldSores,
  illustration,
  illustrationNote,
  isotretinoin,
  keloids,
  noAlcohol,
  noBloodThinningPainkillers,
  noIsotretinoin,
  pregnancy,
} from "./common";

/**
 * Sample content: microneedling for acne scars, as a whole pre- and post-treatment care guide.
 * Written for this library from common published clinic guidance; facts are generic. A starting
 * point that the clinic's medical director must review before publishing.
 */
export const microneedling = {
  id: "microneedling",
  name: "Microneedling for acne scars",
  alsoKnownAs: ["Collagen induction therapy", "CIT"],
  procedureType: "percutaneous",
  bodyLocation: ["Face"],
  summary:
    "A series of short treatments in which a pen-like device makes tiny, controlled channels in the skin, prompting it to rebuild collagen and soften the look of pitted acne scars.",
  howItWorks: [
    "The device carries a cartridge of very fine sterile needles that move up and down quickly as it glides over the skin. Each pass leaves thousands of microscopic channels that close within hours.",
    "Your skin treats those channels as small injuries and answers with new collagen and elastin. Over the following weeks the new tissue fills in from below, so depressed scars look shallower and texture evens out.",
  ],
  treats: [
    "Atrophic acne scars (rolling and boxcar)",
    "Uneven skin texture",
    "Enlarged-looking pores",
    "Fine lines",
  ],
  steps: [
    {
      id: "consultation",
      phase: "before",
      title: "Consultation",
      description:
        "A clinician looks at your scars, asks about medication, cold sores and recent sun exposure, and agrees a plan with you.",
    },
    {
      id: "cleansing",
      phase: "before",
      title: "Cleansing",
      description: "Makeup and oil are removed and the skin is disinfected.",
      duration: { min: 5, max: 10, unit: "minutes" },
    },
    {
      id: "numbing",
      phase: "before",
      title: "Numbing cream",
      description:
        "A topical anaesthetic is applied and left to work, so the treatment feels like light scratching.",
      duration: { min: 20, max: 30, unit: "minutes" },
    },
    {
      id: "device-pass",
      phase: "during",
      title: "Treatment passes",
      description:
        "The clinician moves the device over each area in several passes, adjusting needle depth for thinner and thicker skin.",
      duration: { min: 30, max: 60, unit: "minutes" },
    },
    {
      id: "soothing-serum",
      phase: "after",
      title: "Soothing serum",
      description:
        "A calming, hydrating serum is applied and you get written aftercare instructions.",
    },
  ],
  facts: {
    treatmentTime: { min: 30, max: 60, unit: "minutes" },
    downtime: { min: 1, max: 2, unit: "days" },
    sessions: { min: 3, max: 6 },
    interval: { min: 4, max: 6, unit: "weeks" },
    numbing: "topical",
    resultsVisible: { min: 4, max: 6, unit: "weeks" },
    resultsLast: { min: 6, max: 12, unit: "months" },
  },
  suitability: {
    notSuitableIf: [
      pregnancy,
      isotretinoin,
      {
        id: "active-acne",
        text: "You have active, inflamed acne, a cold sore or an infection in the area",
        wait: "Until it has cleared",
      },
      {
        id: "sunburn",
        text: "The area is sunburned or has an open wound",
        wait: "Until the skin has fully healed",
      },
    ],
    tellClinicIf: [
      coldSores,
      keloids,
      bloodThinners,
      {
        id: "healing",
        text: "You have diabetes or another condition that slows healing",
      },
      { id: "skin-conditions", text: "You have eczema, psoriasis or rosacea in the area" },
    ],
  },
  preparation: [
    noIsotretinoin,
    {
      id: "no-tanning",
      text: "Tanning, sunbeds and sunburn on the area",
      kind: "avoid",
      when: { from: { before: 2, unit: "weeks" } },
    },
    noBloodThinningPainkillers,
    {
      id: "no-actives-before",
      text: "Retinoids, exfoliating acids and scrubs on the area",
      kind: "avoid",
      when: { from: { before: 5, unit: "days" } },
    },
    antiviral,
    noAlcohol,
    {
      id: "clean-skin",
      text: "Come with clean skin: no makeup, creams or perfume on the area",
      kind: "do",
      when: { on: "treatment-day" },
    },
    bringHat,
  ],
  sideEffects: [
    {
      id: "redness",
      name: "Redness",
      description: "Skin looks flushed, like a mild sunburn, and may feel warm or tight.",
      frequency: "very-common",
      tier: "expected",
      duration: { min: 1, max: 2, unit: "days" },
      selfCare: ["Use a gentle, fragrance-free moisturiser", "Keep out of direct sun"],
      seekHelpIf: ["Redness is still spreading after 3 days"],
    },
    {
      id: "swelling",
      name: "Swelling",
      description: "Puffiness, most noticeable around the eyes and on the forehead.",
      frequency: "common",
      tier: "expected",
      peak: { min: 24, max: 48, unit: "hours" },
      duration: { min: 2, max: 3, unit: "days" },
      selfCare: [
        "Hold a cold compress wrapped in a clean cloth to the area for 10 minutes at a time",
        "Sleep with your head slightly raised the first night",
      ],
    },
    {
      id: "bruising",
      name: "Bruising",
      description: "Small bruises or pinpoint marks where the skin is thinner.",
      frequency: "uncommon",
      tier: "expected",
      duration: { min: 3, max: 7, unit: "days" },
      selfCare: [
        "Avoid blood-thinning painkillers such as aspirin and ibuprofen unless your doctor prescribed them",
      ],
    },
    {
      id: "discomfort",
      name: "Discomfort",
      description: "Tenderness or a stinging feeling, mostly on the day of treatment.",
      frequency: "common",
      tier: "expected",
      duration: { min: 1, max: 1, unit: "days" },
      selfCare: ["Take an over-the-counter pain reliever such as acetaminophen if you need one"],
    },
    {
      id: "infection",
      name: "Infection",
      description:
        "Rare. Increasing pain, heat, yellow crusting or pus a few days after treatment can mean the skin is infected.",
      frequency: "rare",
      tier: "urgent",
      seekHelpIf: [
        "You have a fever",
        "Pain or swelling is getting worse instead of better",
        "You see pus or yellow crusts",
      ],
    },
    {
      id: "scarring-or-pigment-change",
      name: "Scarring or colour change",
      description:
        "Rare. New raised marks, or patches that turn darker or lighter than the skin around them.",
      frequency: "rare",
      tier: "contact-clinic",
      seekHelpIf: [
        "A patch stays darker or lighter after two weeks",
        "A raised or hard area appears",
      ],
    },
  ],
  aftercare: [
    {
      id: "sun-protection",
      text: "Protect your skin from the sun with a broad-spectrum SPF 30 or higher",
      kind: "do",
      when: { until: { after: 2, unit: "weeks" } },
      details: "Reapply every two hours outdoors; wear a hat when you can.",
    },
    {
      id: "gentle-products",
      text: "Wash with a gentle cleanser and lukewarm water",
      kind: "do",
      when: { until: { after: 7, unit: "days" } },
    },
    {
      id: "no-makeup",
      text: "Wearing makeup",
      kind: "avoid",
      when: { until: { after: 24, unit: "hours" } },
      details: "The channels in your skin are still closing.",
    },
    {
      id: "no-actives",
      text: "Retinoids, acids and exfoliating scrubs",
      kind: "avoid",
      when: { until: { after: 5, unit: "days" } },
    },
    {
      id: "no-picking",
      text: "Picking or scratching flaking skin",
      kind: "avoid",
      when: { until: { after: 7, unit: "days" } },
    },
  ],
  followUp: {
    after: { min: 4, max: 6, unit: "weeks" },
    purpose: "To see how your skin has responded and plan the next session of your course.",
  },
  expectations: [
    "Your skin may look sunburned for a day or two, then feel dry and a little rough as it flakes.",
    "Improvement builds slowly: most people notice smoother texture four to six weeks after a session.",
    "A course of three to six sessions gives the fullest result.",
  ],
  faq: [
    {
      id: "does-it-hurt",
      question: "Does it hurt?",
      answer:
        "A numbing cream is applied first, so most people feel light scratching or vibration rather than pain. Bony areas such as the forehead can feel more.",
    },
    {
      id: "how-many-sessions",
      question: "How many sessions will I need?",
      answer:
        "Most people with acne scars have 3 to 6 sessions, 4 to 6 weeks apart. Collagen builds slowly, so the result keeps improving for months after the last one.",
    },
    {
      id: "when-makeup",
      question: "When can I wear makeup again?",
      answer:
        "Wait 24 hours, while the tiny channels in your skin close. After that, use clean brushes and products you already know suit your skin.",
    },
    {
      id: "back-to-work",
      question: "Can I go back to work the next day?",
      answer:
        "Most people do. Your skin may look pink, like mild sunburn, for a day or two, and can feel dry and rough as it flakes.",
    },
    {
      id: "active-acne",
      question: "Can I have it if I still get spots?",
      answer:
        "Not over active, inflamed acne: the needles can spread bacteria. Your clinician may suggest treating the acne first and starting microneedling once it has calmed.",
    },
  ],
  results: [
    {
      id: "acne-scars-1",
      before: /* @__PURE__ */ illustration(
        "microneedling-acne-scars-1",
        "before",
        "Illustration of a cheek before treatment: many small round pitted scars.",
      ),
      after: /* @__PURE__ */ illustration(
        "microneedling-acne-scars-1",
        "after",
        "Illustration of the same cheek 3 months after 4 sessions: the scars are smaller and shallower.",
      ),
      area: "Acne scars",
      sessions: 4,
      photographed: { min: 3, max: 3, unit: "months" },
      consent: { publish: true },
      unretouched: true,
      note: illustrationNote,
    },
    {
      id: "acne-scars-2",
      before: /* @__PURE__ */ illustration(
        "microneedling-acne-scars-2",
        "before",
        "Illustration of a cheek before treatment: pitted scars across the cheekbone.",
      ),
      after: /* @__PURE__ */ illustration(
        "microneedling-acne-scars-2",
        "after",
        "Illustration of the same cheek 3 months after 3 sessions: shallower scars, some still visible.",
      ),
      area: "Acne scars",
      sessions: 3,
      photographed: { min: 3, max: 3, unit: "months" },
      consent: { publish: true },
      note: illustrationNote,
    },
    {
      id: "fine-lines-1",
      before: /* @__PURE__ */ illustration(
        "microneedling-fine-lines-1",
        "before",
        "Illustration of the outer corner of an eye before treatment: four fine lines fanning out.",
      ),
      after: /* @__PURE__ */ illustration(
        "microneedling-fine-lines-1",
        "after",
        "Illustration of the same eye 2 months after 3 sessions: the fine lines are fainter.",
      ),
      area: "Fine lines",
      sessions: 3,
      photographed: { min: 2, max: 2, unit: "months" },
      consent: { publish: true },
      note: illustrationNote,
    },
  ],
  disclaimer:
    "Individual results vary. This page is general information and does not replace a consultation with a qualified clinician.",
} satisfies Procedure;
