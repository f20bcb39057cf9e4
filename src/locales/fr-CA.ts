import { intlFormat } from "../i18n/intl-format";
import type { MedspaLocale } from "./types";

const bundle = {
  locale: "fr-CA",
  format: intlFormat("fr-CA", {
    rangeConnector: " à ",
    session: { one: "séance", other: "séances" },
    upTo: (amount) => `jusqu'à ${amount}`,
  }),
  messages: {
    procedureExplainer: {
      alsoKnownAs: (names) => `Aussi appelé ${names}`,
      howItWorks: "Comment ça fonctionne",
      treats: "Ce que le traitement corrige",
      keyFacts: "En bref",
      treatmentTime: "Durée du traitement",
      downtime: "Temps de récupération",
      noDowntime: "Aucun",
      sessions: "Séances",
      sessionsWithInterval: (sessions, interval) => `${sessions}, espacées de ${interval}`,
      sessionRepeated: (sessions, interval, upTo) =>
        upTo === undefined
          ? `${sessions}, à refaire tous les ${interval}`
          : `${sessions}, à refaire d'ici ${upTo}`,
      numbing: "Anesthésie",
      numbingKinds: {
        none: "Aucune",
        topical: "Crème anesthésiante",
        local: "Injection d'anesthésique local",
      },
      resultsVisible: "Résultats visibles",
      resultsAfter: (duration, upTo) =>
        upTo === undefined ? `Après ${duration}` : `D'ici ${upTo}`,
      resultsLast: "Durée des résultats",
      resultsLastFor: (duration) => `Habituellement ${duration}`,
      suitability: "Ce traitement vous convient-il?",
      notSuitableIf: "Ne convient pas si",
      tellClinicIf: "Dites-le-nous d'abord si",
      suitabilityQuestion: "Vous hésitez? Posez-nous la question avant de réserver.",
      bookConsultation: "Réserver une consultation",
      opensInNewTab: "(s'ouvre dans un nouvel onglet)",
      call: (phone) => `Appeler le ${phone}`,
      followUp: "Votre visite de suivi",
      followUpDue: (duration, upTo) =>
        upTo === undefined
          ? `Environ ${duration} après votre traitement`
          : `Au plus tard ${upTo} après votre traitement`,
      steps: "Le déroulement, étape par étape",
      phases: {
        before: "Avant le traitement",
        during: "Pendant le traitement",
        after: "Après le traitement",
      },
      stepDuration: (duration, upTo) =>
        upTo === undefined ? `Environ ${duration}` : `Jusqu'à ${upTo}`,
      expectations: "À quoi vous attendre ensuite",
      reviewedBy: (reviewer) => `Révision médicale par ${reviewer}`,
      reviewedOn: "le",
    },
    sideEffectAccordion: {
      showAll: "Afficher toutes les sections",
      hideAll: "Masquer toutes les sections",
      tierPrefix: {
        expected: "Attendu :",
        "contact-clinic": "Contactez la clinique :",
        urgent: "Urgent :",
      },
      tierLabel: {
        expected: "Attendu",
        "contact-clinic": "Contactez la clinique",
        urgent: "Urgent",
      },
      frequency: {
        "very-common": "Très fréquent",
        common: "Fréquent",
        uncommon: "Peu fréquent",
        rare: "Rare",
      },
      usually: (duration) => `Habituellement ${duration}`,
      area: (areas) => `${areas} :`,
      peaksAt: (duration, upTo) =>
        upTo === undefined ? `Maximum après ${duration}` : `Maximum d'ici ${upTo}`,
      whatHelps: "Ce qui aide",
      contactClinicIf: "Contactez la clinique si",
      callClinic: (clinicName) => `Appelez ${clinicName} :`,
      callUs: "Appelez-nous :",
      emergency: "En cas d'urgence, composez le 911 ou rendez-vous à l'urgence la plus proche.",
    },
    procedureFaq: {
      showAll: "Afficher toutes les réponses",
      hideAll: "Masquer toutes les réponses",
    },
    aftercareChecklist: {
      title: "Liste de soins après le traitement",
      preparationTitle: "Se préparer au traitement",
      careTitle: "Vos soins, avant et après",
      kindPrefix: { do: "À faire :", avoid: "À éviter :" },
      kindHeading: { do: "À faire", avoid: "À éviter" },
      area: (areas) => `${areas} :`,
      areasLegend: "Quelles zones ont été traitées?",
      areasHint: "Choisissez-les pour ne voir que les soins qui les concernent.",
      areasElsewhere: "Une autre zone",
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
      onTheDay: "Le jour du traitement",
      dayBefore: "La veille",
      fromBefore: (duration) => `À partir de ${duration} avant`,
      betweenBefore: (from, until) => `De ${from} à ${until} avant`,
      beforeToAfter: (from, until) => `De ${from} avant à ${until} après`,
      firstPeriod: (duration) => `Pendant ${duration}`,
      betweenAfter: (from, until) => `De ${from} à ${until} après`,
      dayAfterTreatment: (day) => `Jour ${day} après votre traitement`,
      treatmentUpcoming: (date) => `Votre traitement a lieu le ${date}`,
      treatmentToday: "C'est aujourd'hui, le jour de votre traitement",
      appliesNow: "Maintenant",
      noLongerApplies: "N'est plus nécessaire",
      startsOnDay: (day) => `Commence le jour ${day}`,
      startsIn: (days) =>
        days === 0
          ? "Commence aujourd'hui"
          : days === 1
            ? "Commence demain"
            : days < 14
              ? `Commence dans ${days} jours`
              : `Commence dans ${Math.round(days / 7)} semaines`,
      fromToday: "À partir d'aujourd'hui",
      today: "Aujourd'hui",
      followUpTitle: "Votre visite de suivi",
      followUpDue: (duration, upTo) =>
        upTo === undefined
          ? `Prévue ${duration} après votre traitement`
          : `Prévue au plus tard ${upTo} après votre traitement`,
      followUpDates: (from, until) =>
        from === until ? `Vers le ${from}` : `Entre le ${from} et le ${until}`,
      bookFollowUp: "Réserver votre suivi",
      callToBook: (phone) => `Appelez le ${phone} pour réserver`,
      opensInNewTab: "(s'ouvre dans un nouvel onglet)",
      questions: (clinicName) => `Des questions? Appelez ${clinicName}`,
    },
    bookingBanner: {
      headline: "Prêt à prendre rendez-vous?",
      call: (phone) => `Appeler le ${phone}`,
      phone: (phone) => `Téléphone : ${phone}`,
      bookOnline: "Réserver en ligne",
      opensInNewTab: "(s'ouvre dans un nouvel onglet)",
      dismiss: "Masquer cette bannière",
    },
    bookingDialog: {
      title: (clinicName) => `Prendre rendez-vous chez ${clinicName}`,
      description: "Choisissez le moment qui vous convient. Vous pouvez aussi nous appeler.",
      close: "Fermer",
      frameTitle: (clinicName) => `Réservation en ligne pour ${clinicName}`,
      loading: "Chargement de la page de réservation…",
      fallbackTitle: "La page de réservation ne s'est pas chargée",
      fallbackText:
        "Vous pouvez l'ouvrir dans un nouvel onglet, ou nous appeler pour prendre rendez-vous.",
      openBookingPage: "Ouvrir la page de réservation",
      opensInNewTab: "(s'ouvre dans un nouvel onglet)",
      call: (phone) => `Appeler le ${phone}`,
      booked: "Votre rendez-vous est confirmé. Vérifiez vos courriels.",
    },
    procedurePage: {
      sideEffects: "Effets secondaires et quand nous appeler",
      sideEffectsIntro:
        "La plupart des effets secondaires sont légers et disparaissent d'eux-mêmes. Ouvrez-les pour savoir ce qui aide.",
      faq: "Questions fréquentes",
      results: "Résultats avant et après",
      resultsIntro:
        "Les résultats varient d'une personne à l'autre : les vôtres peuvent être différents.",
      resultsBooking: "Des questions? Parlons-en.",
    },
    beforeAfter: {
      before: "Avant",
      after: "Après",
      sliderLabel: (area) => `Avant et après : ${area}`,
      valueText: (beforePercent) =>
        beforePercent <= 0
          ? "Photo après seulement"
          : beforePercent >= 100
            ? "Photo avant seulement"
            : `${beforePercent} % avant, ${100 - beforePercent} % après`,
      title: (area, treatment) => (treatment === undefined ? area : `${treatment} : ${area}`),
      photographed: (time, sessions, upTo) =>
        time === undefined
          ? `Après ${sessions}`
          : upTo === undefined
            ? `${time} après ${sessions ?? "le traitement"}`
            : `Au plus tard ${upTo} après ${sessions ?? "le traitement"}`,
      unretouched: "Photos non retouchées",
      consent: "Publiées avec le consentement écrit de la personne",
      resultsVary: "Les résultats varient d'une personne à l'autre",
      showSensitive: (area) => `Afficher les photos : ${area}`,
      sensitiveNotice: "Ces photos montrent le corps.",
    },
    resultsGallery: {
      filterLabel: "Afficher les résultats pour",
      allAreas: "Toutes les zones",
      showing: (shown, total) =>
        shown === total
          ? total === 1
            ? "1 résultat affiché"
            : `Les ${total} résultats sont affichés`
          : `${shown} résultats affichés sur ${total}`,
      showMore: "Afficher plus de résultats",
    },
  },
} satisfies MedspaLocale;

/**
 * Canadian French for every part of medspa-ui. Import it only where a page is in French, and pass
 * it as the `locale` of a component (or of `ProcedurePage`, which hands it on): an English page
 * never downloads these strings.
 *
 * ```tsx
 * import { frCA } from "medspa-ui/locales/fr-CA";
 * <ProcedurePage procedure={procedure} clinic={clinic} locale={frCA} />
 * ```
 *
 * In a React Server Component, give a client component (`SideEffectAccordion`,
 * `AftercareChecklist`, `ProcedureFaq`, `BookingDialog`) `locale={frCA.client}`: messages are
 * functions, which cannot cross to the client, and under the `react-server` condition `client` is
 * a reference to this module that can. Everywhere else `frCA.client` is the bundle itself.
 * `ProcedurePage`, `ProcedureExplainer` and `BookingBanner` take `frCA` and hand their client
 * parts the right one.
 */
export const frCA: MedspaLocale & { readonly client: MedspaLocale } = { ...bundle, client: bundle };
