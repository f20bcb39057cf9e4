import type { Procedure } from "../types";
import {
  antiviral,
  bloodThinners,
  coldSores,
  illustration,
  illustrationNote,
  noAlcohol,
  noBloodThinningPainkillers,
  pregnancy,
} from "./common";

/**
 * Sample content: hyaluronic-acid dermal filler, as a whole pre- and post-treatment care guide.
 * Written for this library from common published clinic guidance, with no product names or
 * amounts: a starting point that the clinic's medical director must review before publishing.
 */
export const dermalFiller = {
  id: "dermal-filler",
  name: "Hyaluronic acid dermal filler",
  alsoKnownAs: ["Dermal filler", "Lip filler", "HA filler"],
  procedureType: "percutaneous",
  bodyLocation: ["Lips", "Cheeks", "Lower face"],
  summary:
    "A soft gel made of hyaluronic acid, a sugar the skin makes itself, is injected to restore volume, shape the lips or soften deep folds.",
  howItWorks: [
    "Hyaluronic acid holds water. Placed under the skin as a smooth gel, it fills and supports the area at once; most fillers also contain a local anaesthetic to make the injections more comfortable.",
    "Your body breaks the gel down slowly over months, so the result fades gradually. If it ever needs to be removed early, your clinician can dissolve it with an enzyme injection.",
  ],
  treats: [
    "Thin or uneven lips",
    "Lines from the nose to the corners of the mouth",
    "Flattened or hollow cheeks",
    "Lines below the corners of the mouth",
  ],
  steps: [
    {
      id: "consultation",
      phase: "before",
      title: "Consultation",
      description:
        "A clinician asks about your health, medicines and any filler you have had, looks at your face from every side and agrees a plan with you.",
    },
    {
      id: "numbing",
      phase: "before",
      title: "Cleansing and numbing",
      description: "The skin is disinfected and a numbing cream may be applied.",
      duration: { min: 10, max: 20, unit: "minutes" },
    },
    {
      id: "injections",
      phase: "during",
      title: "Injections",
      description:
        "The filler is placed with a fine needle or a blunt, flexible tube called a cannula, a little at a time, checking the shape as it goes.",
      duration: { min: 15, max: 45, unit: "minutes" },
    },
    {
      id: "check",
      phase: "after",
      title: "Shaping and a skin check",
      description:
        "The clinician gently shapes the area, checks the colour of the skin around it and goes through your aftercare.",
    },
  ],
  facts: {
    treatmentTime: { min: 30, max: 60, unit: "minutes" },
    downtime: { min: 1, max: 3, unit: "days" },
    sessions: { min: 1, max: 1 },
    interval: { min: 6, max: 12, unit: "months" },
    numbing: "topical",
    resultsVisible: { min: 1, max: 2, unit: "weeks" },
    resultsLast: { min: 6, max: 18, unit: "months" },
  },
  suitability: {
    notSuitableIf: [
      pregnancy,
      {
        id: "skin-infection",
        text: "You have an infection, a cold sore or inflamed skin where the filler would go",
        wait: "Until it has fully cleared",
      },
      {
        id: "previous-reaction",
        text: "You have had an allergic reaction to a hyaluronic acid filler or to local anaesthetic",
      },
      {
        id: "dental-work",
        text: "You have had dental treatment or a vaccination in the last 2 weeks",
        wait: "Until 2 weeks after it",
      },
    ],
    tellClinicIf: [
      coldSores,
      bloodThinners,
      {
        id: "previous-filler",
        text: "You have had filler or a permanent implant in the area before",
      },
      {
        id: "immune-conditions",
        text: "You have an autoimmune condition or take medicines that lower your immunity",
      },
    ],
  },
  preparation: [
    {
      id: "no-dental-work",
      text: "Dental treatment and vaccinations",
      kind: "avoid",
      when: { from: { before: 2, unit: "weeks" }, until: { after: 2, unit: "weeks" } },
      details: "Both can carry germs in the blood or cause swelling near the filler.",
    },
    noBloodThinningPainkillers,
    noAlcohol,
    antiviral,
    {
      id: "clean-skin",
      text: "Come with clean skin: no makeup or lipstick on the area",
      kind: "do",
      when: { on: "treatment-day" },
    },
  ],
  sideEffects: [
    {
      id: "swelling",
      name: "Swelling",
      description: "The area looks fuller than the final result, most of all in the lips.",
      frequency: "very-common",
      tier: "expected",
      peak: { min: 24, max: 48, unit: "hours" },
      duration: { min: 3, max: 7, unit: "days" },
      selfCare: [
        "Hold a cold compress wrapped in a clean cloth to it for a few minutes at a time",
        "Sleep with your head slightly raised for the first two nights",
      ],
    },
    {
      id: "bruising",
      name: "Bruising",
      description: "Small bruises where the needle went in.",
      frequency: "common",
      tier: "expected",
      duration: { min: 5, max: 10, unit: "days" },
      selfCare: ["You can cover them with makeup after 24 hours"],
    },
    {
      id: "tenderness",
      name: "Tenderness and small lumps",
      description: "The area feels sore to touch, and you may feel small firm areas in the gel.",
      frequency: "common",
      tier: "expected",
      duration: { min: 1, max: 2, unit: "weeks" },
      selfCare: ["Do not massage the area unless your clinician asks you to"],
      seekHelpIf: ["A lump is still there after 2 weeks, or is getting bigger"],
    },
    {
      id: "blocked-blood-vessel",
      name: "Skin turning pale, white or dusky",
      description:
        "Rare but urgent. Filler can press on or block a blood vessel, usually during or soon after treatment, and the skin it feeds starts to suffer.",
      frequency: "rare",
      tier: "urgent",
      seekHelpIf: [
        "Skin near the filler turns white, grey, blue or blotchy",
        "Pain is severe or keeps getting worse",
        "The skin feels cold, or scabs or blisters appear in the days after",
        "Your vision changes: call emergency services",
      ],
    },
    {
      id: "infection",
      name: "Infection",
      description:
        "Rare. Redness, heat and pain that increase instead of settling, days or weeks after treatment.",
      frequency: "rare",
      tier: "urgent",
      seekHelpIf: ["You have a fever", "The area is hot, red and more painful each day"],
    },
    {
      id: "allergic-reaction",
      name: "Allergic reaction",
      description: "Very rare. Itching, hives or swelling that spreads soon after treatment.",
      frequency: "rare",
      tier: "urgent",
      seekHelpIf: ["Your tongue or throat swells", "You feel wheezy, faint or short of breath"],
    },
  ],
  aftercare: [
    {
      id: "no-touching",
      text: "Touching, pressing or massaging the area",
      kind: "avoid",
      when: { until: { after: 24, unit: "hours" } },
      details: "Unless your clinician shows you how to.",
    },
    {
      id: "no-straws",
      text: "Drinking through a straw, and kissing",
      kind: "avoid",
      when: { until: { after: 48, unit: "hours" } },
      details: "Pursing the lips presses on filler that is still settling.",
      areas: ["Lips"],
    },
    {
      id: "no-makeup",
      text: "Makeup and lipstick on the area",
      kind: "avoid",
      when: { until: { after: 24, unit: "hours" } },
      details: "The injection points are small open wounds until then.",
    },
    {
      id: "no-exercise",
      text: "Hard exercise",
      kind: "avoid",
      when: { until: { after: 48, unit: "hours" } },
    },
    {
      id: "no-heat",
      text: "Saunas, steam rooms, hot yoga and sunbeds",
      kind: "avoid",
      when: { until: { after: 2, unit: "weeks" } },
      details: "Strong heat can make swelling last longer.",
    },
    {
      id: "watch-skin",
      text: "Look at the skin around the filler in good light, morning and evening",
      kind: "do",
      when: { until: { after: 3, unit: "days" } },
      details: "Call the clinic at once if it turns pale, white, grey or blotchy.",
    },
  ],
  followUp: {
    after: { min: 2, max: 4, unit: "weeks" },
    purpose:
      "To check the result once the swelling has gone and, if needed, to adjust it with a small amount more.",
  },
  expectations: [
    "The change shows straight away, under some swelling; lips look their fullest for the first two days.",
    "The final shape shows after about two weeks, once the swelling has settled.",
    "The result fades gradually as the gel is broken down, usually over six to eighteen months.",
  ],
  faq: [
    {
      id: "does-it-hurt",
      question: "Does it hurt?",
      answer:
        "Most fillers contain a local anaesthetic, and a numbing cream may be used first, so most people feel pressure and some stinging rather than sharp pain. Lips are the most sensitive area.",
    },
    {
      id: "how-long-swelling",
      question: "How long will the swelling last?",
      answer:
        "Swelling is usually worst on the second day and settles over 3 to 7 days. Lips swell the most. Plan important events at least 2 weeks after your appointment.",
    },
    {
      id: "how-long-does-it-last",
      question: "How long does filler last?",
      answer:
        "Usually 6 to 18 months, depending on the area, the filler and your body. Areas that move a lot, such as the lips, tend to fade sooner.",
    },
    {
      id: "can-it-be-reversed",
      question: "Can filler be reversed?",
      answer:
        "Yes. Hyaluronic acid filler can be dissolved with an enzyme injection if the result is not right or there is a problem. Your clinician will explain when that is needed.",
    },
    {
      id: "will-it-look-natural",
      question: "Will it look natural?",
      answer:
        "Your clinician plans with your proportions in mind and adds filler a little at a time. It is fine to ask for a subtle result and build up at a later visit.",
    },
    {
      id: "warning-signs",
      question: "What should I watch for afterwards?",
      answer:
        "Some swelling, bruising and tenderness is normal. Call the clinic straight away if the skin near the filler turns pale, white, grey or blotchy, or if pain gets worse instead of better.\n\nIf your vision changes, call emergency services.",
    },
  ],
  results: [
    {
      id: "lips-1",
      before: /* @__PURE__ */ illustration(
        "dermal-filler-lips-1",
        "before",
        "Illustration of closed lips before treatment, with fine vertical lines above the upper lip.",
      ),
      after: /* @__PURE__ */ illustration(
        "dermal-filler-lips-1",
        "after",
        "Illustration of the same lips 4 weeks after treatment: a little fuller, with no lines above the upper lip.",
      ),
      area: "Lips",
      sessions: 1,
      photographed: { min: 4, max: 4, unit: "weeks" },
      consent: { publish: true },
      unretouched: true,
      note: illustrationNote,
    },
    {
      id: "smile-lines-1",
      before: /* @__PURE__ */ illustration(
        "dermal-filler-nasolabial-1",
        "before",
        "Illustration of the lines from the nose to the corners of the mouth before treatment: deep and dark.",
      ),
      after: /* @__PURE__ */ illustration(
        "dermal-filler-nasolabial-1",
        "after",
        "Illustration of the same lines 4 weeks after treatment: shallower and lighter.",
      ),
      area: "Smile lines",
      sessions: 1,
      photographed: { min: 4, max: 4, unit: "weeks" },
      consent: { publish: true },
      note: illustrationNote,
    },
  ],
  disclaimer:
    "Results vary from person to person. This page is general information and does not replace a consultation with a qualified clinician.",
} satisfies Procedure;
