import type { Catalogue } from "../../i18n";

export interface ProcedurePageMessages {
  sideEffects: string;
  sideEffectsIntro: string;
}

export const procedurePageMessages: Catalogue<ProcedurePageMessages> = {
  en: {
    sideEffects: "Side effects and when to call us",
    sideEffectsIntro:
      "Most side effects are mild and pass on their own. Open each one to see what helps.",
  },
  "fr-CA": {
    sideEffects: "Effets secondaires et quand nous appeler",
    sideEffectsIntro:
      "La plupart des effets secondaires sont légers et disparaissent d'eux-mêmes. Ouvrez-les pour savoir ce qui aide.",
  },
};
