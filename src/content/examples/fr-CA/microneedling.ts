import { microneedling as english } from "../microneedling";
import {
  antiviral,
  bloodThinners,
  bringHat,
  coldSores,
  illustrationNote,
  isotretinoin,
  keloids,
  noAlcohol,
  noBloodThinningPainkillers,
  noIsotretinoin,
  pregnancy,
} from "./common";
import { translated, translatedList, translatedResults } from "./translated";

/**
 * Sample content in Canadian French: the microneedling example, written for a French page (each
 * aftercare item reads after "À faire :" or "À éviter :"). Facts and ids are the English example's.
 */
export const microneedling = /* @__PURE__ */ translated(english, {
  name: "Microaiguillage pour les cicatrices d'acné",
  alsoKnownAs: ["Induction de collagène", "Thérapie par induction de collagène"],
  bodyLocation: ["Visage"],
  summary:
    "Une série de courts traitements au cours desquels un appareil en forme de stylo crée de minuscules canaux contrôlés dans la peau, ce qui l'amène à produire du collagène et atténue l'aspect des cicatrices d'acné en creux.",
  howItWorks: [
    "L'appareil porte une cartouche d'aiguilles stériles très fines qui montent et descendent rapidement pendant qu'il glisse sur la peau. Chaque passage laisse des milliers de canaux microscopiques qui se referment en quelques heures.",
    "La peau traite ces canaux comme de petites blessures et y répond en produisant du collagène et de l'élastine. Au fil des semaines, le nouveau tissu comble les cicatrices par en dessous : elles paraissent moins profondes et la texture s'uniformise.",
  ],
  treats: [
    "Cicatrices d'acné atrophiques (en pente douce et en cuvette)",
    "Texture de peau irrégulière",
    "Pores dilatés",
    "Ridules",
  ],
  steps: /* @__PURE__ */ translatedList(english, "steps", [
    {
      id: "consultation",
      title: "Consultation",
      description:
        "Un clinicien examine vos cicatrices, vous interroge sur vos médicaments, vos feux sauvages et votre exposition récente au soleil, puis établit un plan avec vous.",
    },
    {
      id: "cleansing",
      title: "Nettoyage",
      description: "Le maquillage et le sébum sont retirés, puis la peau est désinfectée.",
    },
    {
      id: "numbing",
      title: "Crème anesthésiante",
      description:
        "Un anesthésique topique est appliqué et laissé agir : le traitement donne alors l'impression d'une légère égratignure.",
    },
    {
      id: "device-pass",
      title: "Passages de l'appareil",
      description:
        "Le clinicien passe l'appareil plusieurs fois sur chaque zone et règle la profondeur des aiguilles selon l'épaisseur de la peau.",
    },
    {
      id: "soothing-serum",
      title: "Sérum apaisant",
      description:
        "Un sérum calmant et hydratant est appliqué, et vous recevez vos consignes de soins après le traitement par écrit.",
    },
  ]),
  sideEffects: /* @__PURE__ */ translatedList(english, "sideEffects", [
    {
      id: "redness",
      name: "Rougeurs",
      description:
        "La peau paraît rouge, comme après un léger coup de soleil, et peut sembler chaude ou tendue.",
      selfCare: ["Utilisez une crème hydratante douce et sans parfum", "Restez à l'abri du soleil"],
      seekHelpIf: ["La rougeur s'étend encore après 3 jours"],
    },
    {
      id: "swelling",
      name: "Enflure",
      description: "Un gonflement, surtout autour des yeux et sur le front.",
      selfCare: [
        "Appliquez une compresse froide enveloppée d'un linge propre, 10 minutes à la fois",
        "Dormez la tête légèrement surélevée la première nuit",
      ],
    },
    {
      id: "bruising",
      name: "Ecchymoses",
      description: "De petits bleus ou des points rouges là où la peau est plus mince.",
      selfCare: [
        "Évitez les analgésiques qui éclaircissent le sang, comme l'aspirine et l'ibuprofène, sauf sur ordonnance",
      ],
    },
    {
      id: "discomfort",
      name: "Inconfort",
      description: "Une sensibilité ou une sensation de picotement, surtout le jour du traitement.",
      selfCare: ["Prenez au besoin un analgésique en vente libre comme l'acétaminophène"],
    },
    {
      id: "infection",
      name: "Infection",
      description:
        "Rare. Une douleur qui augmente, de la chaleur, des croûtes jaunes ou du pus quelques jours après le traitement peuvent signaler une infection.",
      seekHelpIf: [
        "Vous faites de la fièvre",
        "La douleur ou l'enflure augmente au lieu de diminuer",
        "Vous voyez du pus ou des croûtes jaunes",
      ],
    },
    {
      id: "scarring-or-pigment-change",
      name: "Cicatrice ou changement de couleur",
      description:
        "Rare. De nouvelles marques en relief, ou des zones plus foncées ou plus pâles que la peau autour.",
      seekHelpIf: [
        "Une zone reste plus foncée ou plus pâle après deux semaines",
        "Une zone en relief ou dure apparaît",
      ],
    },
  ]),
  suitability: {
    notSuitableIf: [
      pregnancy,
      isotretinoin,
      {
        id: "active-acne",
        text: "Vous avez de l'acné inflammatoire, un feu sauvage ou une infection dans la zone",
        wait: "Jusqu'à ce que ce soit guéri",
      },
      {
        id: "sunburn",
        text: "La zone a un coup de soleil ou une plaie ouverte",
        wait: "Jusqu'à ce que la peau soit complètement guérie",
      },
    ],
    tellClinicIf: [
      coldSores,
      keloids,
      bloodThinners,
      {
        id: "healing",
        text: "Vous avez le diabète ou une autre condition qui ralentit la guérison",
      },
      {
        id: "skin-conditions",
        text: "Vous avez de l'eczéma, du psoriasis ou de la rosacée dans la zone",
      },
    ],
  },
  preparation: /* @__PURE__ */ translatedList(english, "preparation", [
    noIsotretinoin,
    {
      id: "no-tanning",
      text: "Le bronzage, les lits de bronzage et les coups de soleil sur la zone",
    },
    noBloodThinningPainkillers,
    {
      id: "no-actives-before",
      text: "Les rétinoïdes, les acides exfoliants et les gommages sur la zone",
    },
    antiviral,
    noAlcohol,
    {
      id: "clean-skin",
      text: "Arriver la peau propre : sans maquillage, crème ni parfum sur la zone",
    },
    bringHat,
  ]),
  aftercare: /* @__PURE__ */ translatedList(english, "aftercare", [
    {
      id: "sun-protection",
      text: "Protéger votre peau du soleil avec un écran solaire à large spectre FPS 30 ou plus",
      details: "Réappliquez toutes les deux heures à l'extérieur; portez un chapeau si possible.",
    },
    {
      id: "gentle-products",
      text: "Laver votre visage avec un nettoyant doux et de l'eau tiède",
    },
    {
      id: "no-makeup",
      text: "Le maquillage",
      details: "Les canaux créés dans votre peau sont encore en train de se refermer.",
    },
    {
      id: "no-actives",
      text: "Les rétinoïdes, les acides et les exfoliants à grains",
    },
    {
      id: "no-picking",
      text: "Gratter ou arracher la peau qui pèle",
    },
  ]),
  followUp: {
    after: { min: 4, max: 6, unit: "weeks" },
    purpose:
      "Pour voir comment votre peau a réagi et planifier la prochaine séance de votre traitement.",
  },
  expectations: [
    "Votre peau peut sembler avoir pris un coup de soleil pendant un jour ou deux, puis devenir sèche et un peu rugueuse en pelant.",
    "L'amélioration est graduelle : la plupart des gens remarquent une texture plus lisse de quatre à six semaines après une séance.",
    "Une série de trois à six séances donne le meilleur résultat.",
  ],
  faq: /* @__PURE__ */ translatedList(english, "faq", [
    {
      id: "does-it-hurt",
      question: "Est-ce que ça fait mal?",
      answer:
        "Une crème anesthésiante est appliquée d'abord : la plupart des gens sentent une légère égratignure ou une vibration plutôt qu'une douleur. Les zones osseuses, comme le front, peuvent être plus sensibles.",
    },
    {
      id: "how-many-sessions",
      question: "Combien de séances me faudra-t-il?",
      answer:
        "La plupart des personnes qui ont des cicatrices d'acné font de 3 à 6 séances, à 4 à 6 semaines d'intervalle. Le collagène se forme lentement : le résultat continue de s'améliorer des mois après la dernière séance.",
    },
    {
      id: "when-makeup",
      question: "Quand pourrai-je me maquiller de nouveau?",
      answer:
        "Attendez 24 heures, le temps que les minuscules canaux de votre peau se referment. Ensuite, utilisez des pinceaux propres et des produits qui vous conviennent déjà.",
    },
    {
      id: "back-to-work",
      question: "Pourrai-je retourner au travail le lendemain?",
      answer:
        "La plupart des gens le font. Votre peau peut rester rosée, comme après un léger coup de soleil, pendant un jour ou deux, puis sembler sèche et rugueuse en pelant.",
    },
    {
      id: "active-acne",
      question: "Puis-je le faire si j'ai encore des boutons?",
      answer:
        "Pas sur de l'acné inflammatoire : les aiguilles peuvent répandre les bactéries. Votre clinicien peut proposer de traiter l'acné d'abord, puis de commencer le microaiguillage une fois la peau calmée.",
    },
  ]),
  results: /* @__PURE__ */ translatedResults(english, [
    {
      id: "acne-scars-1",
      area: "Cicatrices d'acné",
      alt: [
        "Illustration d'une joue avant le traitement : de nombreuses petites cicatrices rondes en creux.",
        "Illustration de la même joue 3 mois après 4 séances : les cicatrices sont plus petites et moins creuses.",
      ],
      note: illustrationNote,
    },
    {
      id: "acne-scars-2",
      area: "Cicatrices d'acné",
      alt: [
        "Illustration d'une joue avant le traitement : des cicatrices en creux sur la pommette.",
        "Illustration de la même joue 3 mois après 3 séances : des cicatrices moins creuses, certaines encore visibles.",
      ],
      note: illustrationNote,
    },
    {
      id: "fine-lines-1",
      area: "Ridules",
      alt: [
        "Illustration du coin externe d'un œil avant le traitement : quatre ridules en éventail.",
        "Illustration du même œil 2 mois après 3 séances : les ridules sont plus légères.",
      ],
      note: illustrationNote,
    },
  ]),
  disclaimer:
    "Les résultats varient d'une personne à l'autre. Cette page donne de l'information générale et ne remplace pas une consultation avec un clinicien qualifié.",
});
