import { chemicalPeel as english } from "../chemical-peel";
import { translated, translatedList } from "./translated";

/**
 * Sample content in Canadian French: the chemical peel example. Facts, ids and timings are the
 * English example's; like it, a starting point for the clinic's medical director to review.
 */
export const chemicalPeel = /* @__PURE__ */ translated(english, {
  name: "Peeling chimique",
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
  ]),
  suitability: {
    notSuitableIf: [
      { id: "pregnancy", text: "Vous êtes enceinte ou vous allaitez" },
      {
        id: "isotretinoin",
        text: "Vous avez pris de l'isotrétinoïne (comprimés contre l'acné) récemment",
        wait: "Jusqu'à 6 mois après votre dernière dose",
      },
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
      { id: "cold-sores", text: "Vous avez des feux sauvages" },
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
    {
      id: "no-isotretinoin",
      text: "L'isotrétinoïne (comprimés contre l'acné)",
      details:
        "La peau a besoin de ce temps pour retrouver une guérison normale après la dernière dose.",
    },
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
    {
      id: "antiviral",
      text: "Si vous avez des feux sauvages, prendre l'antiviral prescrit par votre clinicien",
    },
    {
      id: "clean-skin",
      text: "Arriver la peau propre : sans maquillage, crème hydratante ni parfum au visage",
    },
    {
      id: "bring-hat",
      text: "Apporter un chapeau à larges bords et un écran solaire pour le retour",
    },
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
  disclaimer:
    "Les résultats diffèrent d'une personne à l'autre. Demandez à votre clinicien si un peeling convient à votre type de peau.",
});
