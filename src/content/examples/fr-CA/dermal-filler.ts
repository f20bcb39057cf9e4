import { dermalFiller as english } from "../dermal-filler";
import {
  antiviral,
  bloodThinners,
  coldSores,
  illustrationNote,
  noAlcohol,
  noBloodThinningPainkillers,
  pregnancy,
} from "./common";
import { translated, translatedList, translatedResults } from "./translated";

/**
 * Sample content in Canadian French: the dermal filler example. Facts, ids and timings are the
 * English example's; like it, a starting point for the clinic's medical director to review.
 */
export const dermalFiller = /* @__PURE__ */ translated(english, {
  name: "Agent de comblement à l'acide hyaluronique",
  alsoKnownAs: [
    "Agent de comblement",
    "Augmentation des lèvres",
    "Remplissage à l'acide hyaluronique",
  ],
  bodyLocation: ["Lèvres", "Joues", "Bas du visage"],
  summary:
    "Un gel souple d'acide hyaluronique, un sucre que la peau fabrique elle-même, est injecté pour redonner du volume, redessiner les lèvres ou adoucir les plis profonds.",
  howItWorks: [
    "L'acide hyaluronique retient l'eau. Placé sous la peau sous forme de gel lisse, il remplit et soutient la zone tout de suite; la plupart des produits contiennent aussi un anesthésique local pour rendre les injections plus confortables.",
    "Le corps dégrade lentement le gel au fil des mois : le résultat s'estompe peu à peu. S'il faut le retirer plus tôt, votre clinicien peut le dissoudre en injectant une enzyme.",
  ],
  treats: [
    "Lèvres minces ou asymétriques",
    "Plis allant du nez aux coins de la bouche",
    "Joues affaissées ou creuses",
    "Plis sous les coins de la bouche",
  ],
  steps: /* @__PURE__ */ translatedList(english, "steps", [
    {
      id: "consultation",
      title: "Consultation",
      description:
        "Un clinicien vous interroge sur votre santé, vos médicaments et vos traitements de comblement passés, observe votre visage sous tous les angles et établit un plan avec vous.",
    },
    {
      id: "numbing",
      title: "Nettoyage et anesthésie",
      description: "La peau est désinfectée et une crème anesthésiante peut être appliquée.",
    },
    {
      id: "injections",
      title: "Injections",
      description:
        "Le produit est injecté avec une aiguille fine ou une canule, un petit tube souple à bout rond, un peu à la fois, en vérifiant la forme au fur et à mesure.",
    },
    {
      id: "check",
      title: "Modelage et vérification de la peau",
      description:
        "Le clinicien modèle doucement la zone, vérifie la couleur de la peau autour et passe en revue vos soins après le traitement.",
    },
  ]),
  suitability: {
    notSuitableIf: [
      pregnancy,
      {
        id: "skin-infection",
        text: "Vous avez une infection, un feu sauvage ou une inflammation de la peau là où irait le produit",
        wait: "Jusqu'à ce que ce soit complètement guéri",
      },
      {
        id: "previous-reaction",
        text: "Vous avez déjà eu une réaction allergique à un agent de comblement à l'acide hyaluronique ou à un anesthésique local",
      },
      {
        id: "dental-work",
        text: "Vous avez eu des soins dentaires ou un vaccin au cours des 2 dernières semaines",
        wait: "Jusqu'à 2 semaines après",
      },
    ],
    tellClinicIf: [
      coldSores,
      bloodThinners,
      {
        id: "previous-filler",
        text: "Vous avez déjà reçu un agent de comblement ou un implant permanent dans la zone",
      },
      {
        id: "immune-conditions",
        text: "Vous avez une maladie auto-immune ou prenez des médicaments qui affaiblissent l'immunité",
      },
    ],
  },
  preparation: /* @__PURE__ */ translatedList(english, "preparation", [
    {
      id: "no-dental-work",
      text: "Les soins dentaires et les vaccins",
      details:
        "Les deux peuvent faire circuler des microbes dans le sang ou causer une enflure près du produit.",
    },
    noBloodThinningPainkillers,
    noAlcohol,
    antiviral,
    {
      id: "clean-skin",
      text: "Arriver la peau propre : sans maquillage ni rouge à lèvres sur la zone",
    },
  ]),
  sideEffects: /* @__PURE__ */ translatedList(english, "sideEffects", [
    {
      id: "swelling",
      name: "Enflure",
      description: "La zone paraît plus pleine que le résultat final, surtout aux lèvres.",
      selfCare: [
        "Appliquez quelques minutes à la fois une compresse froide enveloppée d'un linge propre",
        "Dormez la tête légèrement surélevée les deux premières nuits",
      ],
    },
    {
      id: "bruising",
      name: "Ecchymoses",
      description: "De petits bleus aux points d'injection.",
      selfCare: ["Vous pouvez les couvrir de maquillage après 24 heures"],
    },
    {
      id: "tenderness",
      name: "Sensibilité et petites bosses",
      description:
        "La zone est sensible au toucher, et vous pouvez sentir de petites zones fermes dans le gel.",
      selfCare: ["Ne massez pas la zone, sauf si votre clinicien vous le demande"],
      seekHelpIf: ["Une bosse est encore là après 2 semaines, ou elle grossit"],
    },
    {
      id: "blocked-blood-vessel",
      name: "Peau qui devient pâle, blanche ou violacée",
      description:
        "Rare mais urgent. Le produit peut comprimer ou bloquer un vaisseau sanguin, habituellement pendant le traitement ou peu après, et la peau qu'il nourrit en souffre.",
      seekHelpIf: [
        "La peau près du produit devient blanche, grise, bleutée ou marbrée",
        "La douleur est intense ou ne cesse d'augmenter",
        "La peau est froide, ou des croûtes ou des cloques apparaissent dans les jours suivants",
        "Votre vision change : appelez les services d'urgence",
      ],
    },
    {
      id: "infection",
      name: "Infection",
      description:
        "Rare. Une rougeur, de la chaleur et une douleur qui augmentent au lieu de diminuer, des jours ou des semaines après le traitement.",
      seekHelpIf: [
        "Vous faites de la fièvre",
        "La zone est chaude, rouge et plus douloureuse chaque jour",
      ],
    },
    {
      id: "allergic-reaction",
      name: "Réaction allergique",
      description:
        "Très rare. Des démangeaisons, de l'urticaire ou une enflure qui s'étend peu après le traitement.",
      seekHelpIf: [
        "Votre langue ou votre gorge enfle",
        "Vous avez une respiration sifflante, vous vous sentez faible ou vous manquez d'air",
      ],
    },
  ]),
  aftercare: /* @__PURE__ */ translatedList(english, "aftercare", [
    {
      id: "no-touching",
      text: "Toucher, presser ou masser la zone",
      details: "Sauf si votre clinicien vous montre comment faire.",
    },
    {
      id: "no-straws",
      text: "Boire à la paille, et embrasser",
      details: "Pincer les lèvres appuie sur un produit qui n'est pas encore en place.",
      areas: ["Lèvres"],
    },
    {
      id: "no-makeup",
      text: "Le maquillage et le rouge à lèvres sur la zone",
      details: "Jusque-là, les points d'injection sont de petites plaies ouvertes.",
    },
    {
      id: "no-exercise",
      text: "L'entraînement intense",
    },
    {
      id: "no-heat",
      text: "Les saunas, les bains de vapeur, le yoga chaud et les lits de bronzage",
      details: "Une forte chaleur peut prolonger l'enflure.",
    },
    {
      id: "watch-skin",
      text: "Regarder la peau autour du produit sous un bon éclairage, matin et soir",
      details: "Appelez la clinique sans attendre si elle devient pâle, blanche, grise ou marbrée.",
    },
  ]),
  followUp: {
    after: { min: 2, max: 4, unit: "weeks" },
    purpose:
      "Pour vérifier le résultat une fois l'enflure disparue et, au besoin, l'ajuster avec un peu plus de produit.",
  },
  expectations: [
    "Le changement se voit tout de suite, sous une certaine enflure; les lèvres sont à leur plus gonflé les deux premiers jours.",
    "La forme finale se voit après environ deux semaines, une fois l'enflure résorbée.",
    "Le résultat s'estompe peu à peu à mesure que le gel se dégrade, habituellement en six à dix-huit mois.",
  ],
  faq: /* @__PURE__ */ translatedList(english, "faq", [
    {
      id: "does-it-hurt",
      question: "Est-ce que ça fait mal?",
      answer:
        "La plupart des produits contiennent un anesthésique local, et une crème anesthésiante peut être appliquée d'abord : on sent surtout une pression et un peu de picotement plutôt qu'une douleur vive. Les lèvres sont la zone la plus sensible.",
    },
    {
      id: "how-long-swelling",
      question: "Combien de temps l'enflure durera-t-elle?",
      answer:
        "L'enflure est habituellement à son maximum le deuxième jour et se résorbe en 3 à 7 jours. Les lèvres enflent le plus. Prévoyez vos événements importants au moins 2 semaines après votre rendez-vous.",
    },
    {
      id: "how-long-does-it-last",
      question: "Combien de temps le résultat dure-t-il?",
      answer:
        "Habituellement de 6 à 18 mois, selon la zone, le produit et votre corps. Les zones qui bougent beaucoup, comme les lèvres, s'estompent souvent plus vite.",
    },
    {
      id: "can-it-be-reversed",
      question: "Peut-on annuler le résultat?",
      answer:
        "Oui. Un agent de comblement à l'acide hyaluronique peut être dissous par l'injection d'une enzyme si le résultat ne convient pas ou en cas de problème. Votre clinicien vous expliquera quand c'est nécessaire.",
    },
    {
      id: "will-it-look-natural",
      question: "Le résultat paraîtra-t-il naturel?",
      answer:
        "Votre clinicien tient compte de vos proportions et ajoute le produit un peu à la fois. Vous pouvez demander un résultat discret et en ajouter lors d'une visite suivante.",
    },
    {
      id: "warning-signs",
      question: "À quoi dois-je faire attention ensuite?",
      answer:
        "Un peu d'enflure, des bleus et de la sensibilité sont normaux. Appelez la clinique immédiatement si la peau près du produit devient pâle, blanche, grise ou marbrée, ou si la douleur augmente au lieu de diminuer.\n\nSi votre vision change, appelez les services d'urgence.",
    },
  ]),
  results: /* @__PURE__ */ translatedResults(english, [
    {
      id: "lips-1",
      area: "Lèvres",
      alt: [
        "Illustration de lèvres fermées avant le traitement, avec de fines rides verticales au-dessus de la lèvre supérieure.",
        "Illustration des mêmes lèvres 4 semaines après le traitement : un peu plus pleines, sans rides au-dessus de la lèvre supérieure.",
      ],
      note: illustrationNote,
    },
    {
      id: "smile-lines-1",
      area: "Sillons nasogéniens",
      alt: [
        "Illustration des plis qui vont du nez aux coins de la bouche avant le traitement : profonds et foncés.",
        "Illustration des mêmes plis 4 semaines après le traitement : moins profonds et plus pâles.",
      ],
      note: illustrationNote,
    },
  ]),
  disclaimer:
    "Les résultats varient d'une personne à l'autre. Cette page donne de l'information générale et ne remplace pas une consultation avec un clinicien qualifié.",
});
