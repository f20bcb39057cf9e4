import { cva, type VariantProps } from "class-variance-authority";

export const bookingBannerVariants = cva("msu-booking-banner", {
  variants: {
    /**
     * `inline`: a section in the page. `compact`: one line. `sticky`: a bar that stays at the
     * bottom of small screens while the content before it scrolls, keeping its own space.
     */
    layout: {
      inline: "msu-booking-banner--inline",
      compact: "msu-booking-banner--compact",
      sticky: "msu-booking-banner--sticky",
    },
    tone: {
      brand: "msu-booking-banner--brand",
      subtle: "msu-booking-banner--subtle",
      contrast: "msu-booking-banner--contrast",
    },
  },
  defaultVariants: { layout: "inline", tone: "brand" },
});

export type BookingBannerVariants = VariantProps<typeof bookingBannerVariants>;
