import { chemicalPeel as english } from "../chemical-peel";
import { translated } from "./translated";

/** Sample content in Canadian French: the chemical peel example. Facts and ids are the English example's. */
export const chemicalPeel = /* @__PURE__ */ translated(english, {
  name: "Peeling chimique",
  summary:
    "Une solution acide retire les couches superficielles de la peau pour qu'une peau plus lisse et au teint plus uniforme la remplace.",
  treats: ["Taches solaires et teint inégal", "Mélasma", "Texture terne et rugueuse"],
  steps: [
    {
      id: "skin-prep",
      phase: "before",
      title: "Deux semaines de préparation de la peau",
      description:
        "Vous appliquez à la maison une crème prescrite pour que le peeling agisse uniformément.",
      duration: { min: 2, max: 2, unit: "weeks" },
    },
    {
      id: "application",
      phase: "during",
      title: "Application du peeling",
      description:
        "La solution est appliquée au pinceau en couches, puis neutralisée lorsque la peau atteint la profondeur prévue.",
      duration: { min: 15, max: 30, unit: "minutes" },
    },
    {
      id: "peeling",
      phase: "after",
      title: "Desquamation",
      description: "La peau fonce, puis pèle et se détache au cours des jours suivants.",
      duration: { min: 5, max: 7, unit: "days" },
    },
  ],
  sideEffects: [
    {
      id: "stinging",
      name: "Picotements",
      description:
        "Une sensation de chaleur et de picotement tant que la solution est sur la peau.",
      frequency: "very-common",
      tier: "expected",
      duration: { min: 5, max: 10, unit: "minutes" },
    },
    {
      id: "blistering",
      name: "Cloques ou suintement",
      description:
        "Des bosses remplies de liquide ou des zones qui suintent pendant que la peau pèle.",
      frequency: "uncommon",
      tier: "contact-clinic",
      seekHelpIf: [
        "Les cloques sont plus grosses qu'un pois",
        "Une zone suinte pendant plus d'une journée",
      ],
    },
    {
      id: "cold-sore-flare",
      name: "Poussée de feux sauvages",
      description: "Un peeling peut réveiller le virus d'un feu sauvage en dormance.",
      frequency: "uncommon",
      tier: "urgent",
      seekHelpIf: ["Vous sentez des picotements ou voyez des cloques groupées autour des lèvres"],
    },
  ],
  aftercare: [
    {
      id: "moisturise",
      text: "Appliquer la crème hydratante recommandée matin et soir",
      kind: "do",
    },
    {
      id: "no-peeling-by-hand",
      text: "Arracher la peau qui se détache",
      kind: "avoid",
      window: { untilHours: 168 },
    },
    {
      id: "no-sweating",
      text: "Le yoga chaud, les saunas et l'entraînement intense",
      kind: "avoid",
      window: { untilHours: 48 },
    },
  ],
  disclaimer:
    "Les résultats diffèrent d'une personne à l'autre. Demandez à votre clinicien si un peeling convient à votre type de peau.",
});
