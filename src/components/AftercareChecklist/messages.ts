import type { AftercareKind } from "../../content/types";
import type { Catalogue } from "../../i18n";

export interface AftercareChecklistMessages {
  title: string;
  /** Read before each item: "Do:" / "Avoid:". */
  kindPrefix: Record<AftercareKind, string>;
  /** Column headings when do and avoid are side by side. */
  kindHeading: Record<AftercareKind, string>;
  /** "2 of 5 done" */
  progress: (done: number, total: number) => string;
  allDone: string;
  reset: string;
  resetQuestion: string;
  resetConfirm: string;
  resetCancel: string;
  /** Window labels, given whole numbers. */
  firstHours: (hours: number) => string;
  firstDays: (days: number) => string;
  firstWeeks: (weeks: number) => string;
  days: (range: string) => string;
  hours: (range: string) => string;
  fromDay: (day: number) => string;
  untilNextSession: string;
  /** "Day 3 after your treatment" */
  dayAfterTreatment: (day: number) => string;
  treatmentUpcoming: (date: string) => string;
  appliesNow: string;
  noLongerApplies: string;
  /** "Starts on day 3" */
  startsOnDay: (day: number) => string;
  /** Print footer: "Questions? Call Lakeshore Aesthetics" */
  questions: (clinicName: string) => string;
}

export const aftercareChecklistMessages: Catalogue<AftercareChecklistMessages> = {
  en: {
    title: "Aftercare checklist",
    kindPrefix: { do: "Do:", avoid: "Avoid:" },
    kindHeading: { do: "Do", avoid: "Avoid" },
    progress: (done, total) => `${done} of ${total} done`,
    allDone: "All done. Well looked after!",
    reset: "Untick all",
    resetQuestion: "Untick every item on this device?",
    resetConfirm: "Yes, untick all",
    resetCancel: "Cancel",
    firstHours: (hours) => `First ${hours} hours`,
    firstDays: (days) => `First ${days} days`,
    firstWeeks: (weeks) => (weeks === 1 ? "First week" : `First ${weeks} weeks`),
    days: (range) => `Days ${range}`,
    hours: (range) => `Hours ${range}`,
    fromDay: (day) => `From day ${day}`,
    untilNextSession: "Until your next session",
    dayAfterTreatment: (day) => `Day ${day} after your treatment`,
    treatmentUpcoming: (date) => `Your treatment is on ${date}`,
    appliesNow: "Now",
    noLongerApplies: "No longer needed",
    startsOnDay: (day) => `Starts on day ${day}`,
    questions: (clinicName) => `Questions? Call ${clinicName}`,
  },
  "fr-CA": {
    title: "Liste de soins après le traitement",
    kindPrefix: { do: "À faire :", avoid: "À éviter :" },
    kindHeading: { do: "À faire", avoid: "À éviter" },
    progress: (done, total) => `${done} sur ${total} terminé${done > 1 ? "s" : ""}`,
    allDone: "Tout est fait. Bravo!",
    reset: "Tout décocher",
    resetQuestion: "Décocher tous les éléments sur cet appareil?",
    resetConfirm: "Oui, tout décocher",
    resetCancel: "Annuler",
    firstHours: (hours) => `${hours} premières heures`,
    firstDays: (days) => `${days} premiers jours`,
    firstWeeks: (weeks) => (weeks === 1 ? "Première semaine" : `${weeks} premières semaines`),
    days: (range) => `Jours ${range}`,
    hours: (range) => `Heures ${range}`,
    fromDay: (day) => `À partir du jour ${day}`,
    untilNextSession: "Jusqu'à votre prochaine séance",
    dayAfterTreatment: (day) => `Jour ${day} après votre traitement`,
    treatmentUpcoming: (date) => `Votre traitement a lieu le ${date}`,
    appliesNow: "Maintenant",
    noLongerApplies: "N'est plus nécessaire",
    startsOnDay: (day) => `Commence le jour ${day}`,
    questions: (clinicName) => `Des questions? Appelez ${clinicName}`,
  },
};
