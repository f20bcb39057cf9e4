import { laserHairRemoval as english } from "../laser-hair-removal";
import {
  coldSores,
  illustrationNote,
  isotretinoin,
  keloids,
  noIsotretinoin,
  pregnancy,
} from "./common";
import { translated, translatedList, translatedResults } from "./translated";

/**
 * Sample content in Canadian French: the laser hair removal example. Facts, ids and timings are
 * the English example's; like it, a starting point for the clinic's medical director to review.
 */
export const laserHairRemoval = /* @__PURE__ */ translated(english, {
  name: "Épilation au laser",
  alsoKnownAs: ["Réduction des poils au laser"],
  bodyLocation: ["Visage", "Aisselles", "Maillot", "Jambes"],
  summary:
    "Des impulsions de lumière laser chauffent le pigment à la racine des poils : au fil d'une série de séances, les poils repoussent plus fins, plus lentement et en moins grand nombre.",
  howItWorks: [
    "La lumière du laser traverse la peau et est absorbée par le pigment foncé de chaque poil. La chaleur descend jusqu'à la racine et endommage la partie qui produit le nouveau poil.",
    "Seuls les poils en pleine croissance réagissent, et à tout moment beaucoup sont au repos : les séances sont espacées pour rejoindre chaque nouveau cycle de pousse. Le traitement fonctionne mieux sur des poils plus foncés que la peau; les réglages sont choisis selon votre teint.",
  ],
  treats: ["Poils indésirables au visage et sur le corps", "Poils incarnés et feu du rasoir"],
  steps: /* @__PURE__ */ translatedList(english, "steps", [
    {
      id: "consultation",
      title: "Consultation et test sur une petite zone",
      description:
        "Un clinicien vous interroge sur votre santé, vos médicaments et votre exposition récente au soleil, examine votre peau et vos poils, puis fait un essai sur une petite zone pour choisir les réglages.",
    },
    {
      id: "preparation",
      title: "Nettoyage et repères",
      description:
        "La zone rasée est nettoyée et peut être délimitée, et vous et le clinicien mettez des lunettes de protection.",
    },
    {
      id: "laser",
      title: "Impulsions laser",
      description:
        "Le clinicien déplace la pièce à main sur la zone; chaque impulsion donne une sensation de claquement chaud, et la peau est refroidie au fur et à mesure.",
    },
    {
      id: "soothing",
      title: "Refroidissement et apaisement",
      description:
        "Une compresse fraîche ou un gel apaisant est appliqué, avec un écran solaire sur les zones exposées.",
    },
  ]),
  suitability: {
    notSuitableIf: [
      pregnancy,
      {
        id: "tan",
        text: "La zone est bronzée, a un coup de soleil ou porte de l'autobronzant",
        wait: "Jusqu'à ce que le bronzage ou le coup de soleil ait disparu, habituellement 4 semaines",
      },
      isotretinoin,
      {
        id: "broken-skin",
        text: "Vous avez une infection, une éruption ou une plaie dans la zone",
        wait: "Jusqu'à ce que ce soit guéri",
      },
    ],
    tellClinicIf: [
      {
        id: "light-sensitivity",
        text: "Vous prenez un médicament qui rend la peau sensible au soleil",
      },
      coldSores,
      keloids,
      { id: "moles-tattoos", text: "Vous avez des grains de beauté ou des tatouages dans la zone" },
      {
        id: "hormones",
        text: "Vous avez un trouble hormonal, comme le syndrome des ovaires polykystiques",
      },
    ],
  },
  preparation: /* @__PURE__ */ translatedList(english, "preparation", [
    noIsotretinoin,
    {
      id: "no-tanning",
      text: "Le bronzage au soleil, les lits de bronzage et l'autobronzant sur la zone",
      details:
        "Une peau bronzée absorbe davantage la lumière et peut brûler ou changer de couleur.",
    },
    {
      id: "no-waxing",
      text: "L'épilation à la cire, à la pince, au fil ou à l'épilateur",
      details: "Le laser a besoin que la racine soit en place. Le rasage est permis.",
    },
    {
      id: "no-actives",
      text: "Les rétinoïdes et les acides exfoliants sur la zone",
    },
    {
      id: "shave",
      text: "Raser la zone",
      details:
        "Un rasage net permet à la lumière d'atteindre la racine au lieu de brûler le poil au-dessus de la peau.",
    },
    {
      id: "clean-skin",
      text: "Arriver la peau propre : sans déodorant, lotion, maquillage ni parfum sur la zone",
    },
  ]),
  sideEffects: /* @__PURE__ */ translatedList(english, "sideEffects", [
    {
      id: "redness-bumps",
      name: "Rougeur et petites bosses",
      description:
        "La peau paraît rosée et chaque poil peut être entouré d'une petite bosse, signe que la racine a été chauffée.",
      selfCare: [
        "Appliquez une compresse fraîche sur la zone",
        "Utilisez une crème hydratante simple et sans parfum",
      ],
    },
    {
      id: "warmth",
      name: "Chaleur ou sensation de coup de soleil",
      description: "La zone est chaude et sensible, comme après un léger coup de soleil.",
      selfCare: ["Gardez la zone au frais et à l'abri du soleil"],
    },
    {
      id: "colour-change",
      name: "Zones plus foncées ou plus pâles",
      description:
        "Peu fréquent. Des zones de peau deviennent plus foncées ou plus pâles que la peau autour, plus souvent sur une peau foncée ou bronzée.",
      seekHelpIf: ["Une zone de peau change de couleur"],
    },
    {
      id: "blisters",
      name: "Cloques ou brûlure",
      description:
        "Rare. Des cloques, des croûtes ou une peau à vif dans les heures ou les jours qui suivent une séance.",
      seekHelpIf: [
        "Des cloques ou des croûtes apparaissent",
        "La zone suinte ou est très douloureuse",
      ],
    },
    {
      id: "eye-symptoms",
      name: "Douleur à l'œil ou changement de la vision",
      description:
        "Très rare, après un traitement près des yeux. La lumière laser peut blesser l'œil : c'est pourquoi des lunettes sont portées pendant tout le traitement.",
      seekHelpIf: [
        "Un œil fait mal ou est sensible à la lumière",
        "Vous voyez des taches, un flou ou des ombres",
      ],
    },
  ]),
  aftercare: /* @__PURE__ */ translatedList(english, "aftercare", [
    {
      id: "sun-protection",
      text: "Protéger la zone du soleil avec un écran solaire à large spectre FPS 30 ou plus",
    },
    {
      id: "no-heat",
      text: "Les bains chauds, les saunas, l'entraînement intense et la baignade en eau chlorée",
    },
    {
      id: "no-deodorant",
      text: "Le déodorant et l'antisudorifique",
      details: "Ils peuvent irriter la peau tout juste traitée; lavez-la plutôt à l'eau claire.",
      areas: ["Aisselles"],
    },
    {
      id: "no-perfume",
      text: "Le parfum, les lotions parfumées et le maquillage sur la zone",
    },
    {
      id: "no-scrubs",
      text: "Les gommages, les acides exfoliants et les rétinoïdes sur la zone",
    },
    {
      id: "shedding",
      text: "Laisser tomber les poils traités : raser, mais ne pas épiler à la pince ni à la cire",
      details:
        "Les poils tombent en 1 à 3 semaines; l'épilation à la cire ou à la pince entre les séances nuit au laser.",
    },
  ]),
  followUp: {
    after: { min: 4, max: 8, unit: "weeks" },
    purpose:
      "Votre prochaine séance, prévue pour le prochain cycle de pousse, et une vérification de la réaction de votre peau.",
  },
  expectations: [
    "Les poils traités peuvent sembler continuer de pousser pendant une semaine ou deux, puis ils tombent.",
    "Chaque séance réduit un peu plus les poils; la plupart des gens en ont besoin de six à huit.",
    "La réduction des poils est durable, avec une séance de retouche une ou deux fois par année pour les repousses.",
  ],
  faq: /* @__PURE__ */ translatedList(english, "faq", [
    {
      id: "does-it-hurt",
      question: "Est-ce que ça fait mal?",
      answer:
        "Chaque impulsion donne une sensation de claquement chaud, souvent comparée à un élastique qui claque sur la peau. La peau est refroidie pendant le traitement, et la plupart des gens le tolèrent très bien.",
    },
    {
      id: "how-many-sessions",
      question: "Combien de séances me faudra-t-il?",
      answer:
        "La plupart des gens ont besoin de 6 à 8 séances, à 4 à 8 semaines d'intervalle selon la zone. Les poils poussent par cycles, et chaque séance atteint ceux qui sont en croissance à ce moment-là.",
    },
    {
      id: "can-i-shave",
      question: "Puis-je me raser entre les séances?",
      answer:
        "Oui, le rasage est la seule méthode d'épilation à utiliser pendant la série. La cire, la pince et le fil retirent la racine que le laser doit atteindre.",
    },
    {
      id: "is-it-permanent",
      question: "Est-ce permanent?",
      answer:
        "Le traitement réduit les poils de façon durable plutôt que de les éliminer tous pour de bon. Quelques poils fins peuvent repousser avec le temps, et une séance de retouche une ou deux fois par année maintient le résultat.",
    },
    {
      id: "light-hair",
      question: "Est-ce efficace sur les poils blonds, gris ou roux?",
      answer:
        "Moins, parce que le laser repère les poils par leur pigment foncé. Votre clinicien pourra vous dire à la consultation si le traitement convient à vos poils.",
    },
    {
      id: "after-sun",
      question: "Puis-je aller au soleil pendant la série?",
      answer:
        "Gardez les zones traitées couvertes ou protégez-les avec un écran solaire à FPS élevé pendant toute la série. Un bronzage ou un coup de soleil oblige à attendre avant la séance suivante.",
    },
  ]),
  results: /* @__PURE__ */ translatedResults(english, [
    {
      id: "underarms-1",
      area: "Aisselles",
      alt: [
        "Illustration d'une aisselle avant le traitement : des poils foncés et denses.",
        "Illustration de la même aisselle 2 mois après 6 séances : quelques poils épars.",
      ],
      note: illustrationNote,
    },
    {
      id: "lower-legs-1",
      area: "Bas des jambes",
      alt: [
        "Illustration du bas d'une jambe avant le traitement : des poils foncés sur le tibia.",
        "Illustration du même bas de jambe 2 mois après 6 séances : des poils clairsemés.",
      ],
      note: illustrationNote,
    },
  ]),
  disclaimer:
    "Les résultats varient selon la couleur des poils, le teint et les hormones. Cette page donne de l'information générale et ne remplace pas une consultation avec un clinicien qualifié.",
});
