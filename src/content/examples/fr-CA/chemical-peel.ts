import { chemicalPeel as english } from "../chemical-peel";
import {
  antiviral,
  bringHat,
  coldSores,
  illustrationNote,
  isotretinoin,
  noIsotretinoin,
  pregnancy,
} from "./common";
import { translated, translatedList, translatedResults } from "./translated";

/**
 * Sample content in Canadian French: the chemical peel example. Facts, ids and timings are the
 * English example's; like it, a starting point for the clinic's medical director to review.
 */
export const chemicalPeel = /* @__PURE__ */ translated(english, {
  name: "Peeling chimique",
  alsoKnownAs: ["Peeling moyen", "Peeling de la peau"],
  bodyLocation: ["Visage"],
  howItWorks: [
    "La solution défait les liens qui retiennent les couches superficielles de la peau, jusqu'à la profondeur choisie par le clinicien. Un peeling moyen atteint la zone juste sous la surface, où se trouvent les taches solaires et les ridules.",
    "Au cours de la semaine suivante, la peau traitée fonce, sèche et pèle. La peau qui la remplace est plus lisse et de couleur plus uniforme, et elle continue de se renouveler pendant les semaines qui suivent.",
  ],
  summary:
    "Une solution acide retire les couches superficielles de la peau pour qu'une peau plus lisse et au teint plus uniforme la remplace.",
  treats: ["Taches solaires et teint inégal", "Mélasma", "Texture terne et rugueuse"],
  steps: /* @__PURE__ */ translatedList(english, "steps", [
    {
      id: "skin-prep",
      title: "Deux semaines de préparation de la peau",
      description:
        "Vous appliquez à la maison une crème prescrite pour que le peeling agisse uniformément.",
    },
    {
      id: "application",
      title: "Application du peeling",
      description:
        "La solution est appliquée au pinceau en couches, puis neutralisée lorsque la peau atteint la profondeur prévue.",
    },
    {
      id: "peeling",
      title: "Desquamation",
      description: "La peau fonce, puis pèle et se détache au cours des jours suivants.",
    },
  ]),
  sideEffects: /* @__PURE__ */ translatedList(english, "sideEffects", [
    {
      id: "redness-tightness",
      name: "Rougeur et tiraillement",
      description:
        "La peau paraît rose ou rouge, sèche et tendue, comme après une journée au soleil.",
      selfCare: ["Appliquez souvent la crème hydratante recommandée", "Restez à l'abri du soleil"],
    },
    {
      id: "stinging",
      name: "Picotements",
      description:
        "Une sensation de chaleur et de picotement tant que la solution est sur la peau.",
    },
    {
      id: "blistering",
      name: "Cloques ou suintement",
      description:
        "Des bosses remplies de liquide ou des zones qui suintent pendant que la peau pèle.",
      seekHelpIf: [
        "Les cloques sont plus grosses qu'un pois",
        "Une zone suinte pendant plus d'une journée",
      ],
    },
    {
      id: "cold-sore-flare",
      name: "Poussée de feux sauvages",
      description: "Un peeling peut réveiller le virus d'un feu sauvage en dormance.",
      seekHelpIf: ["Vous sentez des picotements ou voyez des cloques groupées autour des lèvres"],
    },
    {
      id: "infection",
      name: "Infection",
      description:
        "Rare. Une douleur, de la chaleur, des croûtes jaunes ou du pus qui empirent au lieu de diminuer pendant la guérison.",
      seekHelpIf: [
        "Vous faites de la fièvre",
        "Vous voyez du pus ou des croûtes jaunes",
        "La douleur augmente",
      ],
    },
    {
      id: "colour-change",
      name: "Zones plus foncées ou plus pâles",
      description:
        "Peu fréquent. Des zones qui deviennent plus foncées ou plus pâles que la peau autour, quelques semaines après le peeling.",
      seekHelpIf: ["Une zone est encore plus foncée ou plus pâle 4 semaines après le peeling"],
    },
  ]),
  suitability: {
    notSuitableIf: [
      pregnancy,
      isotretinoin,
      {
        id: "broken-skin",
        text: "Vous avez un feu sauvage, une infection, une éruption ou une plaie au visage",
        wait: "Jusqu'à ce que ce soit complètement guéri",
      },
      {
        id: "sunburn",
        text: "Votre visage a un coup de soleil ou un bronzage récent",
        wait: "Jusqu'à ce que le coup de soleil ou le bronzage ait disparu",
      },
    ],
    tellClinicIf: [
      coldSores,
      {
        id: "dark-marks",
        text: "Votre peau fonce ou forme des cicatrices en relief après une coupure, un bouton ou une brûlure",
      },
      {
        id: "skin-conditions",
        text: "Vous avez de l'eczéma, de la rosacée ou du psoriasis au visage",
      },
      {
        id: "light-sensitivity",
        text: "Vous prenez un médicament qui rend la peau sensible au soleil",
      },
    ],
  },
  preparation: /* @__PURE__ */ translatedList(english, "preparation", [
    noIsotretinoin,
    {
      id: "no-tanning",
      text: "Le bronzage, les lits de bronzage et les coups de soleil",
      details:
        "Un peeling sur une peau bronzée ou brûlée risque davantage de laisser des taches foncées.",
    },
    {
      id: "prep-cream",
      text: "Appliquer la crème de préparation prescrite par votre clinicien, selon ses directives",
      details:
        "Elle aide le peeling à agir uniformément. Arrêtez-la 3 jours avant, sauf avis contraire.",
    },
    {
      id: "no-actives",
      text: "Les rétinoïdes, les acides exfoliants et les gommages au visage",
    },
    {
      id: "no-waxing",
      text: "L'épilation à la cire, au fil ou à la crème au visage",
    },
    antiviral,
    {
      id: "clean-skin",
      text: "Arriver la peau propre : sans maquillage, crème hydratante ni parfum au visage",
    },
    bringHat,
  ]),
  aftercare: /* @__PURE__ */ translatedList(english, "aftercare", [
    {
      id: "moisturise",
      text: "Appliquer la crème hydratante recommandée matin et soir",
    },
    {
      id: "gentle-cleanser",
      text: "Laver avec un nettoyant doux et de l'eau fraîche, en tapotant pour sécher",
    },
    {
      id: "no-peeling-by-hand",
      text: "Arracher la peau qui se détache",
      details: "Laissez-la tomber d'elle-même; la tirer peut laisser une cicatrice.",
    },
    {
      id: "no-sweating",
      text: "Le yoga chaud, les saunas et l'entraînement intense",
    },
    {
      id: "no-actives-after",
      text: "Les rétinoïdes, les acides exfoliants et les gommages",
      details: "Recommencez seulement quand votre peau ne pèle plus et qu'elle est confortable.",
    },
    {
      id: "sun-protection",
      text: "Appliquer chaque jour un écran solaire à large spectre FPS 30 ou plus et éviter le soleil fort",
      details: "La nouvelle peau brûle et fonce facilement pendant des mois après un peeling.",
    },
  ]),
  followUp: {
    after: { min: 2, max: 2, unit: "weeks" },
    purpose: "Pour vérifier la guérison de votre peau et discuter de l'utilité d'autres peelings.",
  },
  expectations: [
    "Pendant un jour ou deux, votre peau est rouge et tendue; elle fonce ensuite et commence à peler, souvent autour de la bouche.",
    "La desquamation dure environ une semaine. Prévoyez de rester à la maison pendant ce temps.",
    "Une peau neuve et plus lisse apparaît à la fin de la desquamation et continue de s'améliorer pendant les semaines suivantes.",
  ],
  faq: /* @__PURE__ */ translatedList(english, "faq", [
    {
      id: "does-it-hurt",
      question: "Est-ce que ça fait mal?",
      answer:
        "La solution pique et chauffe pendant quelques minutes, tant qu'elle est sur la peau; un ventilateur ou une compresse fraîche aide. Ensuite, la peau est tendue et sensible, comme après un coup de soleil.",
    },
    {
      id: "how-long-peeling",
      question: "Combien de temps vais-je peler?",
      answer:
        "La desquamation commence habituellement le deuxième ou le troisième jour et dure de 5 à 7 jours. Laissez la peau tomber d'elle-même : la tirer peut laisser des marques.",
    },
    {
      id: "when-makeup",
      question: "Quand pourrai-je me maquiller de nouveau?",
      answer:
        "Quand la desquamation est terminée et que la peau n'est plus à vif, habituellement après environ une semaine. En cas de doute, demandez-le à votre rendez-vous de suivi.",
    },
    {
      id: "darker-skin",
      question: "Un peeling convient-il aux peaux foncées?",
      answer:
        "Bien des peelings peuvent être faits sur une peau foncée, mais le risque de taches foncées est plus élevé. Votre clinicien choisit le peeling et sa profondeur selon votre peau et peut vous faire commencer par une crème de préparation.",
    },
    {
      id: "how-many-peels",
      question: "Combien de peelings me faudra-t-il?",
      answer:
        "Un peeling moyen est souvent fait une seule fois, ou répété après plusieurs mois. Les peelings plus légers se font en série; votre clinicien vous dira ce qui convient à votre peau.",
    },
  ]),
  results: /* @__PURE__ */ translatedResults(english, [
    {
      id: "uneven-tone-1",
      area: "Teint inégal",
      alt: [
        "Illustration d'une joue avant le traitement : de nombreuses taches brunes de tailles variées.",
        "Illustration de la même joue 1 mois après 3 séances : moins de taches, plus pâles.",
      ],
      note: illustrationNote,
    },
    {
      id: "uneven-tone-2",
      area: "Teint inégal",
      alt: [
        "Illustration d'une joue avant le traitement : des taches brunes éparses.",
        "Illustration de la même joue 6 semaines après 4 séances : quelques taches restent, plus pâles.",
      ],
      note: illustrationNote,
    },
  ]),
  disclaimer:
    "Les résultats diffèrent d'une personne à l'autre. Demandez à votre clinicien si un peeling convient à votre type de peau.",
});
