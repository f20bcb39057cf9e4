import type { CareItem, SuitabilityItem } from "../../types";

// The French words of ../common.ts, under the same ids: suitability items whole, care items as the
// words that translatedList puts over the English item (its kind and timing stay the English one's).

type CareWords = Pick<CareItem, "id" | "text" | "details">;

export const pregnancy: SuitabilityItem = {
  id: "pregnancy",
  text: "Vous êtes enceinte ou vous allaitez",
};

export const isotretinoin: SuitabilityItem = {
  id: "isotretinoin",
  text: "Vous avez pris de l'isotrétinoïne (comprimés contre l'acné) récemment",
  wait: "Jusqu'à 6 mois après votre dernière dose",
};

export const coldSores: SuitabilityItem = { id: "cold-sores", text: "Vous avez des feux sauvages" };

export const bloodThinners: SuitabilityItem = {
  id: "blood-thinners",
  text: "Vous prenez un anticoagulant, ou vous avez facilement des bleus ou des saignements",
};

export const keloids: SuitabilityItem = {
  id: "keloids",
  text: "Vous formez des cicatrices en relief (chéloïdes)",
};

export const noIsotretinoin: CareWords = {
  id: "no-isotretinoin",
  text: "L'isotrétinoïne (comprimés contre l'acné)",
  details: "Après la dernière dose, la peau a besoin de ce temps pour guérir normalement.",
};

export const noBloodThinningPainkillers: CareWords = {
  id: "no-blood-thinning-painkillers",
  text: "Les analgésiques qui éclaircissent le sang, comme l'aspirine et l'ibuprofène, sauf s'ils vous ont été prescrits",
  details:
    "Ils rendent les bleus plus probables. N'arrêtez jamais un médicament prescrit sans en parler au médecin qui l'a prescrit.",
};

export const noAlcohol: CareWords = {
  id: "no-alcohol",
  text: "L'alcool",
  details: "Il peut aggraver les bleus et l'enflure.",
};

export const antiviral: CareWords = {
  id: "antiviral",
  text: "Si vous avez des feux sauvages, prendre l'antiviral prescrit par votre clinicien",
};

export const bringHat: CareWords = {
  id: "bring-hat",
  text: "Apporter un chapeau à larges bords et un écran solaire pour le retour",
};

/** The French of ../common.ts's `illustrationNote`. */
export const illustrationNote =
  "Illustration créée pour la bibliothèque de départ medspa-ui, pas une personne : remplacez-la par les photos de vos patients, publiées avec leur consentement écrit.";
