import type { ReactElement, ReactNode } from "react";
import type { BookingProvider, Clinic } from "../../content/types";
import { clientLocale, type LocaleOption } from "../../i18n/locale";
import type { EventContext, OnEvent } from "../../shared/analytics";
import { checkEmbed } from "../../shared/booking-vendors";
import { warnInDevelopment } from "../../shared/development";
import type { BookingDialogProps } from "../BookingDialog";
import { BookingDialogLauncher } from "./client";

/** The booking dialog's options a component passes on: the banner's `dialog` prop. */
export type BookingDialogOptions = Pick<
  BookingDialogProps,
  | "allowedOrigins"
  | "forwardUtm"
  | "loadTimeout"
  | "nonce"
  | "container"
  | "onBookingComplete"
  | "isBookingComplete"
  | "title"
  | "description"
>;

export interface OnlineBookingOptions {
  /** The component that offers it, for warnings. */
  component: string;
  clinic: Clinic;
  /** The clinic's booking, read by `readClinicBooking`. */
  booking: BookingProvider | undefined;
  /** The action's visible text; a link adds `opensInNewTab` for screen readers. */
  label: ReactNode;
  opensInNewTab: string;
  /** Class and data-slot of the action. */
  className: string;
  slot: string;
  onClick: (() => void) | undefined;
  dialog: BookingDialogOptions | undefined;
  locale: LocaleOption | undefined;
  onEvent: OnEvent | undefined;
  eventContext: EventContext | undefined;
  defaultCountryCode: string | undefined;
}

/**
 * "Book online" as the clinic's booking allows: a link that opens the vendor's page in a new tab,
 * or, for an embedded provider whose page passes the allowlist, a button that loads and opens
 * BookingDialog. Null when the clinic offers no online booking. The page's address rides along as
 * `data-booking-url`, which print styles write out on paper.
 */
export function onlineBookingAction({
  component,
  clinic,
  booking,
  label,
  opensInNewTab,
  className,
  slot,
  onClick,
  dialog,
  locale,
  onEvent,
  eventContext,
  defaultCountryCode,
}: OnlineBookingOptions): ReactElement | null {
  if (booking?.kind === "link") {
    return (
      <a
        href={booking.url}
        target="_blank"
        rel="noopener noreferrer"
        className={className}
        data-slot={slot}
        data-channel="online"
        data-booking-url={booking.url}
        onClick={onClick}
      >
        {label} <span className="msu-visually-hidden">{opensInNewTab}</span>
      </a>
    );
  }
  if (booking?.kind !== "embed") {
    return null;
  }
  const target = checkEmbed(booking.url, booking.vendor, {
    ...(dialog?.allowedOrigins === undefined ? {} : { allowedOrigins: dialog.allowedOrigins }),
  });
  if (!target.ok) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        component,
        `clinic.booking is not embedded: ${target.reason}; "Book online" is not shown`,
      );
    }
    return null;
  }
  return (
    <BookingDialogLauncher
      className={className}
      data-slot={slot}
      data-channel="online"
      data-booking-url={booking.url}
      onClick={onClick}
      dialog={{
        clinic,
        booking,
        // A client component: in a Server Component, a bundle crosses as its reference.
        ...(locale === undefined ? {} : { locale: clientLocale(locale) }),
        ...(onEvent === undefined ? {} : { onEvent }),
        ...(eventContext === undefined ? {} : { eventContext }),
        ...(defaultCountryCode === undefined ? {} : { defaultCountryCode }),
        ...dialog,
      }}
    >
      {label}
    </BookingDialogLauncher>
  );
}
