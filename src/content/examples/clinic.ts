import type { Clinic } from "../types";

/** Sample clinic used by stories and tests. The phone number is a fictional 555 number. */
export const clinic = {
  name: "Lakeshore Aesthetics",
  phone: "905-555-0123",
  bookingUrl: "https://booking.example.com/lakeshore",
  booking: {
    kind: "embed",
    url: "https://calendly.com/lakeshore-aesthetics/consultation",
    vendor: "calendly",
  },
  address: "120 Lakeshore Road East, Oakville, ON",
  hours: "Tuesday to Saturday, 9 am to 6 pm",
} satisfies Clinic;
