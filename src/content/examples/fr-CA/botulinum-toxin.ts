import { botulinumToxin as english } from "../botulinum-toxin";
import {
  bloodThinners,
  illustrationNote,
  noAlcohol,
  noBloodThinningPainkillers,
  pregnancy,
} from "./common";
import { translated, translatedList, translatedResults } from "./translated";

/**
 * Sample content in Canadian French: the botulinum toxin example. Facts, ids and timings are the
 * English example's; like it, a starting point for the clinic's medical director to review.
 */
export const botulinumToxin = /* @__PURE__ */ translated(english, {
  name: "Injections de toxine botulique",
  alsoKnownAs: ["Relaxants musculaires", "Injections antirides", "Neuromodulateurs"],
  bodyLocation: ["Visage"],
  summary:
    "Quelques petites injections détendent les muscles qui plissent la peau quand vous froncez les sourcils, plissez les yeux ou levez les sourcils, ce qui adoucit ces rides.",
  howItWorks: [
    "La toxine botulique est une protéine purifiée qui empêche un nerf de dire à un muscle de se contracter. Injectée en très petites quantités dans des muscles choisis, elle ne détend que ces muscles; le reste du visage bouge comme avant.",
    "Comme le muscle tire moins, la peau au-dessus se plisse moins et les rides paraissent plus lisses. Les terminaisons nerveuses forment lentement de nouvelles connexions : le mouvement revient en quelques mois et le traitement peut être refait pour garder le résultat.",
  ],
  treats: ["Rides du lion entre les sourcils", "Rides du front", "Pattes d'oie au coin des yeux"],
  steps: /* @__PURE__ */ translatedList(english, "steps", [
    {
      id: "consultation",
      title: "Consultation",
      description:
        "Un clinicien vous interroge sur votre santé et vos médicaments, observe les mouvements de votre visage et convient avec vous des zones à traiter.",
    },
    {
      id: "cleansing",
      title: "Nettoyage et repères",
      description: "La peau est nettoyée et les points d'injection peuvent être marqués.",
    },
    {
      id: "injections",
      title: "Injections",
      description:
        "Une aiguille très fine dépose de petites quantités dans chaque muscle. La plupart des gens décrivent un bref pincement.",
    },
    {
      id: "check",
      title: "Vérification avant de partir",
      description:
        "Le clinicien vérifie les points d'injection, appuie doucement sur ceux qui saignent et passe en revue vos soins après le traitement.",
    },
  ]),
  suitability: {
    notSuitableIf: [
      pregnancy,
      {
        id: "neuromuscular-condition",
        text: "Vous avez une maladie qui touche les nerfs ou les muscles, comme la myasthénie grave",
      },
      {
        id: "previous-reaction",
        text: "Vous avez déjà eu une réaction allergique à un traitement à la toxine botulique",
      },
      {
        id: "skin-infection",
        text: "Vous avez une infection ou une inflammation de la peau là où se feraient les injections",
        wait: "Jusqu'à ce qu'elle soit guérie",
      },
    ],
    tellClinicIf: [
      bloodThinners,
      {
        id: "medicines",
        text: "Vous prenez des médicaments réguliers, y compris des antibiotiques ou des relaxants musculaires",
      },
      {
        id: "recent-toxin",
        text: "Vous avez reçu des injections de toxine, à n'importe quel endroit, au cours des 3 derniers mois",
      },
      {
        id: "eyelids",
        text: "Vos paupières tombent, ou vous avez eu une chirurgie des paupières ou des sourcils",
      },
    ],
  },
  preparation: /* @__PURE__ */ translatedList(english, "preparation", [
    noBloodThinningPainkillers,
    {
      id: "no-supplements",
      text: "L'huile de poisson, la vitamine E et les autres suppléments qui éclaircissent le sang",
      details: "Demandez à votre clinicien si vous avez un doute sur ce que vous prenez.",
    },
    noAlcohol,
    {
      id: "clean-skin",
      text: "Arriver la peau propre : sans maquillage sur les zones à traiter",
    },
    {
      id: "list-medicines",
      text: "Apporter la liste de vos médicaments et suppléments",
    },
  ]),
  sideEffects: /* @__PURE__ */ translatedList(english, "sideEffects", [
    {
      id: "injection-marks",
      name: "Petites bosses et rougeurs",
      description:
        "De petites marques en relief aux points d'injection, comme des piqûres d'insecte.",
      selfCare: ["N'y touchez pas : elles disparaissent d'elles-mêmes"],
    },
    {
      id: "bruising",
      name: "Ecchymoses",
      description: "Un petit bleu à un point d'injection, le plus souvent près des yeux.",
      selfCare: [
        "Appliquez quelques minutes à la fois une compresse froide enveloppée d'un linge propre",
        "Vous pouvez le couvrir de maquillage dès le lendemain",
      ],
    },
    {
      id: "headache",
      name: "Mal de tête",
      description: "Un léger mal de tête le jour même ou le lendemain.",
      selfCare: ["Prenez de l'acétaminophène si vous avez besoin d'un analgésique"],
      seekHelpIf: ["Il est intense ou dure plus de 2 jours"],
    },
    {
      id: "drooping",
      name: "Paupière ou sourcil tombant",
      description:
        "Peu fréquent. Une paupière ou un sourcil plus bas que d'habitude, quelques jours après le traitement, quand la toxine détend un muscle voisin.",
      seekHelpIf: ["Une paupière ou un sourcil tombe", "Votre vision est floue ou double"],
    },
    {
      id: "spread",
      name: "Difficulté à avaler, à parler ou à respirer",
      description:
        "Très rare. L'effet de la toxine peut atteindre des muscles éloignés du point d'injection, de quelques heures à quelques semaines après le traitement.",
      seekHelpIf: [
        "Avaler, parler ou respirer devient difficile",
        "Des muscles éloignés de la zone traitée sont faibles",
      ],
    },
    {
      id: "allergic-reaction",
      name: "Réaction allergique",
      description:
        "Très rare. Une éruption qui démange, de l'urticaire ou une enflure peu après les injections.",
      seekHelpIf: [
        "Votre visage, vos lèvres, votre langue ou votre gorge enflent",
        "Vous avez une respiration sifflante, vous vous sentez faible ou vous manquez d'air",
      ],
    },
  ]),
  aftercare: /* @__PURE__ */ translatedList(english, "aftercare", [
    {
      id: "stay-upright",
      text: "Rester droit : ne pas vous allonger ni vous pencher longtemps",
    },
    {
      id: "no-tight-hat",
      text: "Les chapeaux serrés, les bandeaux et les lunettes de natation",
      details: "Ils appuient sur les points d'injection pendant que la toxine se fixe.",
      areas: ["Front"],
    },
    {
      id: "no-rubbing",
      text: "Frotter, masser ou appuyer sur les zones traitées",
      details:
        "La pression peut déplacer la toxine vers des muscles qui ne devaient pas être traités.",
    },
    {
      id: "no-exercise",
      text: "L'entraînement intense, les saunas et le yoga chaud",
    },
    {
      id: "no-facials",
      text: "Les soins du visage, les massages du visage et les autres traitements du visage",
    },
  ]),
  followUp: {
    after: { min: 2, max: 2, unit: "weeks" },
    purpose:
      "Pour voir l'effet complet et, si une zone en a besoin, faire une petite retouche. C'est aussi le moment de planifier votre prochain traitement.",
  },
  expectations: [
    "Les points d'injection peuvent former de petites bosses pendant environ une heure; vous pouvez habituellement retourner au travail tout de suite.",
    "L'effet commence après quelques jours et est complet après environ deux semaines.",
    "Le mouvement revient lentement en trois à quatre mois.",
  ],
  faq: /* @__PURE__ */ translatedList(english, "faq", [
    {
      id: "does-it-hurt",
      question: "Est-ce que ça fait mal?",
      answer:
        "La plupart des gens sentent un bref pincement ou une piqûre à chaque injection, et le traitement ne dure que quelques minutes. Si vous êtes inquiet, votre clinicien peut d'abord refroidir la peau.",
    },
    {
      id: "when-will-i-see-results",
      question: "Quand verrai-je une différence?",
      answer:
        "Les rides commencent à s'adoucir après 3 à 5 jours, et l'effet complet paraît après environ 2 semaines. Prévoyez vos événements importants au moins 2 semaines après votre rendez-vous.",
    },
    {
      id: "how-long-does-it-last",
      question: "Combien de temps l'effet dure-t-il?",
      answer:
        "Habituellement de 3 à 4 mois. Le mouvement revient peu à peu, et le traitement peut être refait à ce moment-là.",
    },
    {
      id: "will-i-look-frozen",
      question: "Aurai-je l'air figé?",
      answer:
        "Le but est d'adoucir les rides, pas d'empêcher votre visage de bouger. Votre clinicien choisit quels muscles détendre et dans quelle mesure, et vous pouvez demander un résultat plus léger.\n\nÀ votre rendez-vous de suivi, de petits ajustements sont possibles si un côté diffère de l'autre.",
    },
    {
      id: "back-to-work",
      question: "Puis-je retourner au travail ensuite?",
      answer:
        "Oui, la plupart des gens le font. Évitez l'entraînement intense, de vous allonger à plat et de frotter les zones traitées pour le reste de la journée.",
    },
    {
      id: "pregnancy",
      question: "Puis-je le faire si je suis enceinte ou si j'allaite?",
      answer:
        "Non. Son innocuité n'a pas été démontrée pendant la grossesse ou l'allaitement : les cliniques attendent que vous ayez terminé.",
    },
  ]),
  results: /* @__PURE__ */ translatedResults(english, [
    {
      id: "forehead-1",
      area: "Rides du front",
      alt: [
        "Illustration d'un front au repos avant le traitement : trois rides horizontales profondes au-dessus des sourcils.",
        "Illustration du même front 2 semaines après le traitement : les trois rides sont à peine visibles.",
      ],
      note: illustrationNote,
    },
    {
      id: "frown-lines-1",
      area: "Rides du lion",
      alt: [
        "Illustration de la peau entre les sourcils avant le traitement : deux rides verticales profondes.",
        "Illustration de la même peau 2 semaines après le traitement : les deux rides verticales sont peu marquées.",
      ],
      note: illustrationNote,
    },
    {
      id: "forehead-2",
      area: "Rides du front",
      alt: [
        "Illustration d'un front au repos avant le traitement : trois rides horizontales au-dessus des sourcils.",
        "Illustration du même front 1 mois après un deuxième traitement : les rides sont plus légères.",
      ],
      note: illustrationNote,
    },
  ]),
  disclaimer:
    "Les résultats varient d'une personne à l'autre. Cette page donne de l'information générale et ne remplace pas une consultation avec un clinicien qualifié.",
});
