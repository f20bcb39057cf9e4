export { BookingBanner, type BookingBannerProps } from "./BookingBanner";
export { type BookingBannerMessages, bookingBannerMessages } from "./messages";
export type { BookingDialogOptions } from "./online-booking";
export { type BookingBannerVariants, bookingBannerVariants } from "./variants";
