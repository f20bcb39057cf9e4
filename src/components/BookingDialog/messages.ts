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

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const bookingDialogMessages: BookingDialogMessages = {
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
};
