import type { Procedure } from "../types";
import {
  bloodThinners,
  illustration,
  illustrationNote,
  noAlcohol,
  noBloodThinningPainkillers,
  pregnancy,
} from "./common";

/**
 * Sample content: botulinum toxin injections for expression lines, as a whole pre- and
 * post-treatment care guide. Written for this library from common published clinic guidance, with
 * no product names or doses: a starting point that the clinic's medical director must review
 * before publishing.
 */
export const botulinumToxin = {
  id: "botulinum-toxin",
  name: "Botulinum toxin injections",
  alsoKnownAs: ["Wrinkle relaxers", "Anti-wrinkle injections", "Neuromodulator injections"],
  procedureType: "percutaneous",
  bodyLocation: ["Face"],
  summary:
    "A few small injections relax the muscles that crease the skin when you frown, squint or raise your eyebrows, so those lines soften.",
  howItWorks: [
    "Botulinum toxin is a purified protein that stops a nerve from telling a muscle to tighten. Injected in tiny amounts into chosen muscles, it relaxes only those muscles; the rest of your face moves as before.",
    "With less pulling underneath, the skin above creases less and lines look smoother. The nerve endings slowly grow new connections, so movement returns over a few months and the treatment is repeated if you want to keep the result.",
  ],
  treats: ["Frown lines between the eyebrows", "Forehead lines", "Crow's feet beside the eyes"],
  steps: [
    {
      id: "consultation",
      phase: "before",
      title: "Consultation",
      description:
        "A clinician asks about your health and medicines, watches how your face moves and agrees with you which areas to treat.",
    },
    {
      id: "cleansing",
      phase: "before",
      title: "Cleansing and marking",
      description: "The skin is cleaned and the injection points may be marked.",
      duration: { min: 5, max: 10, unit: "minutes" },
    },
    {
      id: "injections",
      phase: "during",
      title: "Injections",
      description:
        "A very fine needle places small amounts into each muscle. Most people describe a quick pinch.",
      duration: { min: 10, max: 20, unit: "minutes" },
    },
    {
      id: "check",
      phase: "after",
      title: "Check before you leave",
      description:
        "The clinician checks the injection points, may hold gentle pressure on any that bleed, and goes through your aftercare.",
    },
  ],
  facts: {
    treatmentTime: { min: 15, max: 30, unit: "minutes" },
    downtime: { min: 0, max: 1, unit: "days" },
    sessions: { min: 1, max: 1 },
    interval: { min: 3, max: 4, unit: "months" },
    numbing: "none",
    resultsVisible: { min: 3, max: 14, unit: "days" },
    resultsLast: { min: 3, max: 4, unit: "months" },
  },
  suitability: {
    notSuitableIf: [
      pregnancy,
      {
        id: "neuromuscular-condition",
        text: "You have a condition that affects your nerves or muscles, such as myasthenia gravis",
      },
      {
        id: "previous-reaction",
        text: "You have had an allergic reaction to a botulinum toxin treatment before",
      },
      {
        id: "skin-infection",
        text: "You have an infection or inflamed skin where the injections would go",
        wait: "Until it has cleared",
      },
    ],
    tellClinicIf: [
      bloodThinners,
      {
        id: "medicines",
        text: "You take any regular medicines, including antibiotics or muscle relaxants",
      },
      {
        id: "recent-toxin",
        text: "You have had toxin injections anywhere in the last 3 months",
      },
      {
        id: "eyelids",
        text: "Your eyelids droop, or you have had eyelid or brow surgery",
      },
    ],
  },
  preparation: [
    noBloodThinningPainkillers,
    {
      id: "no-supplements",
      text: "Fish oil, vitamin E and other supplements that thin the blood",
      kind: "avoid",
      when: { from: { before: 1, unit: "weeks" } },
      details: "Ask your clinician if you are not sure about something you take.",
    },
    noAlcohol,
    {
      id: "clean-skin",
      text: "Come with clean skin: no makeup on the areas to be treated",
      kind: "do",
      when: { on: "treatment-day" },
    },
    {
      id: "list-medicines",
      text: "Bring a list of the medicines and supplements you take",
      kind: "do",
      when: { on: "treatment-day" },
    },
  ],
  sideEffects: [
    {
      id: "injection-marks",
      name: "Small bumps and redness",
      description: "Little raised marks where the needle went in, like insect bites.",
      frequency: "very-common",
      tier: "expected",
      duration: { min: 1, max: 2, unit: "hours" },
      selfCare: ["Leave them alone: they settle on their own"],
    },
    {
      id: "bruising",
      name: "Bruising",
      description: "A small bruise at an injection point, most often near the eyes.",
      frequency: "common",
      tier: "expected",
      duration: { min: 3, max: 7, unit: "days" },
      selfCare: [
        "Hold a cold compress wrapped in a clean cloth to it for a few minutes at a time",
        "You can cover it with makeup from the next day",
      ],
    },
    {
      id: "headache",
      name: "Headache",
      description: "A mild headache on the day or the day after.",
      frequency: "common",
      tier: "expected",
      duration: { min: 1, max: 2, unit: "days" },
      selfCare: ["Take acetaminophen if you need a pain reliever"],
      seekHelpIf: ["It is severe or lasts longer than 2 days"],
    },
    {
      id: "drooping",
      name: "Drooping eyelid or eyebrow",
      description:
        "Uncommon. An eyelid or eyebrow sits lower than usual, a few days after treatment, when the toxin relaxes a nearby muscle.",
      frequency: "uncommon",
      tier: "contact-clinic",
      duration: { min: 2, max: 6, unit: "weeks" },
      seekHelpIf: ["An eyelid or eyebrow droops", "Your vision feels blurred or doubled"],
    },
    {
      id: "spread",
      name: "Trouble swallowing, speaking or breathing",
      description:
        "Very rare. The toxin's effect can reach muscles away from where it was injected, hours to weeks after treatment.",
      frequency: "rare",
      tier: "urgent",
      seekHelpIf: [
        "Swallowing, speaking or breathing becomes difficult",
        "Muscles away from the treated area feel weak",
      ],
    },
    {
      id: "allergic-reaction",
      name: "Allergic reaction",
      description: "Very rare. An itchy rash, hives or swelling soon after the injections.",
      frequency: "rare",
      tier: "urgent",
      seekHelpIf: [
        "Your face, lips, tongue or throat swell",
        "You feel wheezy, faint or short of breath",
      ],
    },
  ],
  aftercare: [
    {
      id: "stay-upright",
      text: "Stay upright: no lying down or bending over for long",
      kind: "do",
      when: { until: { after: 4, unit: "hours" } },
    },
    {
      id: "no-tight-hat",
      text: "Tight hats, headbands and swimming goggles",
      kind: "avoid",
      when: { until: { after: 1, unit: "days" } },
      details: "They press on the injection points while the toxin settles.",
      areas: ["Forehead"],
    },
    {
      id: "no-rubbing",
      text: "Rubbing, massaging or pressing on the treated areas",
      kind: "avoid",
      when: { until: { after: 24, unit: "hours" } },
      details: "Pressure can move the toxin to muscles it was not meant for.",
    },
    {
      id: "no-exercise",
      text: "Hard exercise, saunas and hot yoga",
      kind: "avoid",
      when: { until: { after: 24, unit: "hours" } },
    },
    {
      id: "no-facials",
      text: "Facials, face massages and other face treatments",
      kind: "avoid",
      when: { until: { after: 2, unit: "weeks" } },
    },
  ],
  followUp: {
    after: { min: 2, max: 2, unit: "weeks" },
    purpose:
      "To see the full effect and, if one area needs it, a small top-up. It is also when to plan your next treatment.",
  },
  expectations: [
    "The injection points may show as small bumps for an hour or so; you can usually go straight back to work.",
    "The effect starts after a few days and is complete at about two weeks.",
    "Movement returns slowly over three to four months.",
  ],
  faq: [
    {
      id: "does-it-hurt",
      question: "Does it hurt?",
      answer:
        "Most people feel a quick pinch or sting with each injection, and the whole treatment takes only a few minutes. If you are worried, your clinician can cool the skin first.",
    },
    {
      id: "when-will-i-see-results",
      question: "When will I see a difference?",
      answer:
        "Lines start to soften after 3 to 5 days, and the full effect shows at about 2 weeks. Book important events at least 2 weeks after your appointment.",
    },
    {
      id: "how-long-does-it-last",
      question: "How long does it last?",
      answer:
        "Usually 3 to 4 months. Movement comes back gradually, and the treatment can be repeated when it does.",
    },
    {
      id: "will-i-look-frozen",
      question: "Will I look frozen?",
      answer:
        "The aim is to soften lines, not to stop your face moving. Your clinician chooses which muscles to relax and how much, and you can ask for a lighter result.\n\nAt your follow-up visit, small changes can be made if one side looks different from the other.",
    },
    {
      id: "back-to-work",
      question: "Can I go back to work afterwards?",
      answer:
        "Yes, most people do. Avoid hard exercise, lying flat and rubbing the treated areas for the rest of the day.",
    },
    {
      id: "pregnancy",
      question: "Can I have it if I am pregnant or breastfeeding?",
      answer:
        "No. It has not been shown to be safe in pregnancy or while breastfeeding, so clinics wait until you have stopped.",
    },
  ],
  results: [
    {
      id: "forehead-1",
      before: /* @__PURE__ */ illustration(
        "botulinum-toxin-forehead-1",
        "before",
        "Illustration of a forehead at rest before treatment: three deep horizontal lines above the eyebrows.",
      ),
      after: /* @__PURE__ */ illustration(
        "botulinum-toxin-forehead-1",
        "after",
        "Illustration of the same forehead 2 weeks after treatment: the three lines are faint.",
      ),
      area: "Forehead lines",
      sessions: 1,
      photographed: { min: 2, max: 2, unit: "weeks" },
      consent: { publish: true },
      unretouched: true,
      note: illustrationNote,
    },
    {
      id: "frown-lines-1",
      before: /* @__PURE__ */ illustration(
        "botulinum-toxin-frown-lines-1",
        "before",
        "Illustration of the skin between the eyebrows before treatment: two deep vertical lines.",
      ),
      after: /* @__PURE__ */ illustration(
        "botulinum-toxin-frown-lines-1",
        "after",
        "Illustration of the same skin 2 weeks after treatment: the two vertical lines are shallow.",
      ),
      area: "Frown lines",
      sessions: 1,
      photographed: { min: 2, max: 2, unit: "weeks" },
      consent: { publish: true },
      unretouched: true,
      note: illustrationNote,
    },
    {
      id: "forehead-2",
      before: /* @__PURE__ */ illustration(
        "botulinum-toxin-forehead-2",
        "before",
        "Illustration of a forehead at rest before treatment: three horizontal lines above the eyebrows.",
      ),
      after: /* @__PURE__ */ illustration(
        "botulinum-toxin-forehead-2",
        "after",
        "Illustration of the same forehead 1 month after a second treatment: the lines are lighter.",
      ),
      area: "Forehead lines",
      sessions: 2,
      photographed: { min: 1, max: 1, unit: "months" },
      consent: { publish: true },
      note: illustrationNote,
    },
  ],
  disclaimer:
    "Results vary from person to person. This page is general information and does not replace a consultation with a qualified clinician.",
} satisfies Procedure;
