import type { Catalogue } from "../../i18n";

export interface BookingBannerMessages {
  headline: string;
  /** "Call 905-555-0123" (the number as the clinic writes it). */
  call: (phone: string) => string;
  /** Shown when the number cannot be dialled: "Phone: 905-555-CALL". */
  phone: (phone: string) => string;
  bookOnline: string;
  opensInNewTab: string;
  dismiss: string;
}

export const bookingBannerMessages: Catalogue<BookingBannerMessages> = {
  en: {
    headline: "Ready to book your appointment?",
    call: (phone) => `Call ${phone}`,
    phone: (phone) => `Phone: ${phone}`,
    bookOnline: "Book online",
    opensInNewTab: "(opens in a new tab)",
    dismiss: "Hide this banner",
  },
  "fr-CA": {
    headline: "Prêt à prendre rendez-vous?",
    call: (phone) => `Appeler le ${phone}`,
    phone: (phone) => `Téléphone : ${phone}`,
    bookOnline: "Réserver en ligne",
    opensInNewTab: "(s'ouvre dans un nouvel onglet)",
    dismiss: "Masquer cette bannière",
  },
};
