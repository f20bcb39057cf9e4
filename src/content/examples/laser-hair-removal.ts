import type { Procedure } from "../types";
import {
  coldSores,
  illustration,
  illustrationNote,
  isotretinoin,
  keloids,
  noIsotretinoin,
  pregnancy,
} from "./common";

/**
 * Sample content: laser hair removal, as a whole pre- and post-treatment care guide. Written for
 * this library from common published clinic guidance, with no device names or settings: a
 * starting point that the clinic's medical director must review before publishing.
 */
export const laserHairRemoval = {
  id: "laser-hair-removal",
  name: "Laser hair removal",
  alsoKnownAs: ["Laser hair reduction"],
  procedureType: "noninvasive",
  bodyLocation: ["Face", "Underarms", "Bikini line", "Legs"],
  summary:
    "Pulses of laser light heat the pigment in hair roots, so that over a course of sessions hair grows back finer, slower and less of it.",
  howItWorks: [
    "The laser's light passes through the skin and is taken up by the dark pigment in each hair. The heat travels down to the root and damages the part that grows new hair.",
    "Only hairs that are actively growing respond, and at any time many are resting, so sessions are spaced to catch each new cycle of growth. It works best on hair that is darker than the skin around it; the settings are chosen for your skin tone.",
  ],
  treats: ["Unwanted hair on the face and body", "Ingrown hairs and razor bumps"],
  steps: [
    {
      id: "consultation",
      phase: "before",
      title: "Consultation and patch test",
      description:
        "A clinician asks about your health, medicines and recent sun, looks at your skin and hair, and tests a small spot to choose the settings.",
    },
    {
      id: "preparation",
      phase: "before",
      title: "Cleansing and marking",
      description:
        "The shaved area is cleaned and may be marked out, and you and the clinician put on protective eyewear.",
      duration: { min: 5, max: 10, unit: "minutes" },
    },
    {
      id: "laser",
      phase: "during",
      title: "Laser pulses",
      description:
        "The clinician moves the handpiece across the area; each pulse feels like a warm snap, and the skin is cooled as it goes.",
      duration: { min: 10, max: 60, unit: "minutes" },
    },
    {
      id: "soothing",
      phase: "after",
      title: "Cooling and soothing",
      description: "A cool compress or soothing gel is applied, with sunscreen on exposed areas.",
    },
  ],
  facts: {
    treatmentTime: { min: 15, max: 60, unit: "minutes" },
    downtime: { min: 0, max: 1, unit: "days" },
    sessions: { min: 6, max: 8 },
    interval: { min: 4, max: 8, unit: "weeks" },
    numbing: "none",
    resultsVisible: { min: 1, max: 3, unit: "weeks" },
    resultsLast: { min: 6, max: 12, unit: "months" },
  },
  suitability: {
    notSuitableIf: [
      pregnancy,
      {
        id: "tan",
        text: "The area is tanned, sunburned or has self-tan on it",
        wait: "Until the tan or burn has faded, usually 4 weeks",
      },
      isotretinoin,
      {
        id: "broken-skin",
        text: "You have an infection, a rash or broken skin in the area",
        wait: "Until it has healed",
      },
    ],
    tellClinicIf: [
      {
        id: "light-sensitivity",
        text: "You take a medicine that makes your skin sensitive to sunlight",
      },
      coldSores,
      keloids,
      { id: "moles-tattoos", text: "You have moles or tattoos in the area" },
      {
        id: "hormones",
        text: "You have a hormonal condition, such as polycystic ovary syndrome",
      },
    ],
  },
  preparation: [
    noIsotretinoin,
    {
      id: "no-tanning",
      text: "Sun tanning, sunbeds and self-tan on the area",
      kind: "avoid",
      when: { from: { before: 4, unit: "weeks" } },
      details: "Tanned skin takes up more of the light and can burn or change colour.",
    },
    {
      id: "no-waxing",
      text: "Waxing, plucking, threading and epilating",
      kind: "avoid",
      when: { from: { before: 4, unit: "weeks" } },
      details: "The laser needs the root in place. Shaving is fine.",
    },
    {
      id: "no-actives",
      text: "Retinoids and exfoliating acids on the area",
      kind: "avoid",
      when: { from: { before: 1, unit: "weeks" } },
    },
    {
      id: "shave",
      text: "Shave the area",
      kind: "do",
      when: { from: { before: 1, unit: "days" } },
      details:
        "A clean shave lets the light reach the root instead of burning hair above the skin.",
    },
    {
      id: "clean-skin",
      text: "Come with clean skin: no deodorant, lotion, makeup or perfume on the area",
      kind: "do",
      when: { on: "treatment-day" },
    },
  ],
  sideEffects: [
    {
      id: "redness-bumps",
      name: "Redness and bumps",
      description:
        "The skin looks pink and each hair may have a small raised bump around it, a sign the root was heated.",
      frequency: "very-common",
      tier: "expected",
      duration: { min: 1, max: 2, unit: "days" },
      selfCare: ["Hold a cool compress to the area", "Use a plain, fragrance-free moisturiser"],
    },
    {
      id: "warmth",
      name: "Warmth or a sunburn feeling",
      description: "The area feels warm and tender, like mild sunburn.",
      frequency: "common",
      tier: "expected",
      duration: { min: 2, max: 24, unit: "hours" },
      selfCare: ["Keep the area cool and out of the sun"],
    },
    {
      id: "colour-change",
      name: "Darker or lighter patches",
      description:
        "Uncommon. Patches of skin turn darker or lighter than the skin around them, more often on darker or tanned skin.",
      frequency: "uncommon",
      tier: "contact-clinic",
      duration: { min: 1, max: 6, unit: "months" },
      seekHelpIf: ["A patch of skin changes colour"],
    },
    {
      id: "blisters",
      name: "Blisters or a burn",
      description: "Rare. Blisters, crusts or raw skin in the hours or days after a session.",
      frequency: "rare",
      tier: "contact-clinic",
      seekHelpIf: ["Blisters or crusts appear", "The area is weeping or very painful"],
    },
    {
      id: "eye-symptoms",
      name: "Eye pain or changes in vision",
      description:
        "Very rare, after treatment near the eyes. Laser light can harm the eye, which is why eyewear is worn throughout.",
      frequency: "rare",
      tier: "urgent",
      seekHelpIf: ["An eye hurts or is sensitive to light", "You see spots, blur or shadows"],
    },
  ],
  aftercare: [
    {
      id: "sun-protection",
      text: "Protect the area from the sun with a broad-spectrum SPF 30 or higher",
      kind: "do",
      when: { until: { after: 2, unit: "weeks" } },
    },
    {
      id: "no-heat",
      text: "Hot baths, saunas, hard exercise and swimming in chlorinated water",
      kind: "avoid",
      when: { until: { after: 48, unit: "hours" } },
    },
    {
      id: "no-deodorant",
      text: "Deodorant and antiperspirant",
      kind: "avoid",
      when: { until: { after: 24, unit: "hours" } },
      details: "They can sting freshly treated skin; wash with plain water instead.",
      areas: ["Underarms"],
    },
    {
      id: "no-perfume",
      text: "Perfume, scented lotions and makeup on the area",
      kind: "avoid",
      when: { until: { after: 24, unit: "hours" } },
    },
    {
      id: "no-scrubs",
      text: "Scrubs, exfoliating acids and retinoids on the area",
      kind: "avoid",
      when: { until: { after: 1, unit: "weeks" } },
    },
    {
      id: "shedding",
      text: "Let treated hairs fall out: shave, but do not pluck or wax",
      kind: "do",
      details:
        "Hairs shed over 1 to 3 weeks; waxing or plucking between sessions works against the laser.",
    },
  ],
  followUp: {
    after: { min: 4, max: 8, unit: "weeks" },
    purpose:
      "Your next session, timed for the next cycle of hair growth, and a check of how your skin responded.",
  },
  expectations: [
    "Treated hairs may look as if they are still growing for a week or two, then shed.",
    "Each session reduces the hair a little more; most people need six to eight.",
    "Hair reduction is long-lasting, with a touch-up session once or twice a year for any regrowth.",
  ],
  faq: [
    {
      id: "does-it-hurt",
      question: "Does it hurt?",
      answer:
        "Each pulse feels like a warm snap, often compared to a rubber band flicked on the skin. The skin is cooled during treatment, and most people find it very manageable.",
    },
    {
      id: "how-many-sessions",
      question: "How many sessions will I need?",
      answer:
        "Most people need 6 to 8 sessions, 4 to 8 weeks apart depending on the area. Hair grows in cycles, and each session catches the hairs that are growing at the time.",
    },
    {
      id: "can-i-shave",
      question: "Can I shave between sessions?",
      answer:
        "Yes, shaving is the only hair removal to use during a course. Waxing, plucking and threading remove the root the laser needs to reach.",
    },
    {
      id: "is-it-permanent",
      question: "Is it permanent?",
      answer:
        "It gives a long-lasting reduction rather than removing every hair for good. Some fine hairs may grow back over time, and a touch-up session once or twice a year keeps the result.",
    },
    {
      id: "light-hair",
      question: "Does it work on blonde, grey or red hair?",
      answer:
        "It works less well, because the laser finds hair through its dark pigment. Your clinician can tell you at the consultation whether it suits your hair.",
    },
    {
      id: "after-sun",
      question: "Can I go in the sun during a course?",
      answer:
        "Keep treated areas covered or use a high-SPF sunscreen throughout the course. A tan or sunburn means waiting before the next session.",
    },
  ],
  results: [
    {
      id: "underarms-1",
      before: /* @__PURE__ */ illustration(
        "laser-hair-removal-underarms-1",
        "before",
        "Illustration of an underarm before treatment: dense dark hair.",
      ),
      after: /* @__PURE__ */ illustration(
        "laser-hair-removal-underarms-1",
        "after",
        "Illustration of the same underarm 2 months after 6 sessions: a few scattered hairs.",
      ),
      area: "Underarms",
      sessions: 6,
      photographed: { min: 2, max: 2, unit: "months" },
      consent: { publish: true },
      sensitive: true,
      unretouched: true,
      note: illustrationNote,
    },
    {
      id: "lower-legs-1",
      before: /* @__PURE__ */ illustration(
        "laser-hair-removal-lower-legs-1",
        "before",
        "Illustration of a lower leg before treatment: dark hair over the shin.",
      ),
      after: /* @__PURE__ */ illustration(
        "laser-hair-removal-lower-legs-1",
        "after",
        "Illustration of the same lower leg 2 months after 6 sessions: sparse hair.",
      ),
      area: "Lower legs",
      sessions: 6,
      photographed: { min: 2, max: 2, unit: "months" },
      consent: { publish: true },
      note: illustrationNote,
    },
  ],
  disclaimer:
    "Results vary with hair colour, skin tone and hormones. This page is general information and does not replace a consultation with a qualified clinician.",
} satisfies Procedure;
