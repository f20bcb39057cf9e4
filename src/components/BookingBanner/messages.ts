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

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const bookingBannerMessages: BookingBannerMessages = {
  headline: "Ready to book your appointment?",
  call: (phone) => `Call ${phone}`,
  phone: (phone) => `Phone: ${phone}`,
  bookOnline: "Book online",
  opensInNewTab: "(opens in a new tab)",
  dismiss: "Hide this banner",
};
