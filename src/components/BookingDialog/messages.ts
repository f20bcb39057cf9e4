import type { Catalogue } from "../../i18n";

export interface BookingDialogMessages {
  /** The dialog's title. */
  title: (clinicName: string) => string;
  description: string;
  close: string;
  /** The iframe's title. */
  frameTitle: (clinicName: string) => string;
  loading: string;
  fallbackTitle: string;
  fallbackText: string;
  openBookingPage: string;
  /** Announced after links that open a new tab. */
  opensInNewTab: string;
  /** "Call 905-555-0123" */
  call: (phone: string) => string;
  booked: string;
}

export const bookingDialogMessages: Catalogue<BookingDialogMessages> = {
  en: {
    title: (clinicName) => `Book with ${clinicName}`,
    description: "Choose a time that suits you. You can also call us if you prefer.",
    close: "Close",
    frameTitle: (clinicName) => `Online booking for ${clinicName}`,
    loading: "Loading the booking page…",
    fallbackTitle: "The booking page did not load",
    fallbackText: "You can open it in a new tab, or call us and we will book you in.",
    openBookingPage: "Open the booking page",
    opensInNewTab: "(opens in a new tab)",
    call: (phone) => `Call ${phone}`,
    booked: "You're booked. Check your email for the confirmation.",
  },
  "fr-CA": {
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
};
