import type { BookingProvider, BookingVendor, Clinic } from "../content/types";
import { normaliseAllowedOrigin } from "./booking-vendors";
import {
  bookingVendorValues,
  describeValue,
  isNonEmptyText,
  isOneOf,
  isRecord,
} from "./content-checks";
import { warnInDevelopment } from "./development";
import { isDialablePhone } from "./phone";
import { toSafeHttpsUrl } from "./url";

/**
 * A clinic as components render it: only fields that passed the content rules (a phone that cannot
 * be dialled is kept, to be shown as text without a link). `name` may be
 * missing (components then fall back to wording without it); `booking` is the clinic's
 * `booking`, or its `bookingUrl` as a link.
 */
export interface ReadClinic {
  name?: string;
  phone?: string;
  booking?: BookingProvider;
  address?: string;
  hours?: string;
}

export interface BookingReadOptions {
  /** Where the booking sits, for warnings. @default "clinic.booking" */
  path?: string;
  /** Origins a site allows besides https vendors (see `normaliseAllowedOrigin`): loopback `http:` for tests. */
  allowedOrigins?: readonly string[];
}

/**
 * Reports a problem with the field at `path`. Call it inside `if (process.env.NODE_ENV !==
 * "production")`, so production bundles drop it and its words (a closure would stay: minifiers keep
 * unused local variables).
 */
function warnAt(component: string, path: string, problem: string): void {
  warnInDevelopment(component, `${path} ${problem}`);
}

/** The URL when its origin is one the site explicitly allowed (a loopback fake vendor in tests). */
function onAllowedOrigin(value: unknown, allowedOrigins: readonly string[]): string | undefined {
  if (typeof value !== "string" || allowedOrigins.length === 0) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return allowedOrigins.map(normaliseAllowedOrigin).includes(url.origin) ? url.href : undefined;
}

/**
 * A booking provider that passed the content rules, or undefined (with one development warning
 * naming `path`) when online booking cannot be offered from it.
 */
export function readBookingProvider(
  booking: unknown,
  component: string,
  { path = "clinic.booking", allowedOrigins = [] }: BookingReadOptions = {},
): BookingProvider | undefined {
  if (!isRecord(booking)) {
    if (process.env.NODE_ENV !== "production") {
      warnAt(component, path, "must be { kind, url }; online booking is not offered");
    }
    return undefined;
  }
  if (booking.kind !== "link" && booking.kind !== "embed") {
    if (process.env.NODE_ENV !== "production") {
      warnAt(
        component,
        `${path}.kind`,
        `${describeValue(booking.kind)} is not "link" or "embed"; online booking is not offered`,
      );
    }
    return undefined;
  }
  const url = toSafeHttpsUrl(booking.url) ?? onAllowedOrigin(booking.url, allowedOrigins);
  if (url === undefined) {
    if (process.env.NODE_ENV !== "production") {
      warnAt(
        component,
        `${path}.url`,
        `${describeValue(booking.url)} is not an https:// URL; online booking is not offered`,
      );
    }
    return undefined;
  }
  if (booking.kind === "link") {
    return { kind: "link", url };
  }
  let vendor: BookingVendor | undefined;
  if (isOneOf(bookingVendorValues, booking.vendor)) {
    vendor = booking.vendor;
  } else if (booking.vendor !== undefined) {
    // A misspelt vendor ("calendy") must not break the page: the vendor is found from the URL's
    // host instead, and the allowlist still decides whether the page may be embedded.
    if (process.env.NODE_ENV !== "production") {
      warnAt(
        component,
        `${path}.vendor`,
        `${describeValue(booking.vendor)} is not one of ${bookingVendorValues.join(", ")}; the vendor is found from the URL`,
      );
    }
  }
  return { kind: "embed", url, ...(vendor === undefined ? {} : { vendor }) };
}

/** A clinic's name and phone, for the components that only name or dial it. */
export type ReadClinicContact = Pick<ReadClinic, "name" | "phone">;

/**
 * The clinic's name and phone, checked with the rules of `medspa-ui/content` (a phone that cannot
 * be dialled is kept, to be shown as text without a link). Kept apart from `readClinic` so that
 * components that never offer booking do not bundle its vendor rules.
 */
export function readClinicContact(clinic: unknown, component: string): ReadClinicContact {
  if (!isRecord(clinic)) {
    if (process.env.NODE_ENV !== "production" && clinic !== undefined) {
      warnInDevelopment(component, "clinic must be a Clinic object; it is ignored");
    }
    return {};
  }
  const { name, phone } = clinic;
  const contact: ReadClinicContact = {};
  if (isNonEmptyText(name)) {
    contact.name = name;
  } else if (process.env.NODE_ENV !== "production") {
    warnInDevelopment(
      component,
      `clinic.name ${name === undefined ? "is missing" : "must be non-empty text; it is not shown"}`,
    );
  }
  if (isNonEmptyText(phone)) {
    // Shown as the clinic wrote it; dialled only when it is a real number.
    contact.phone = phone;
    if (process.env.NODE_ENV !== "production" && !isDialablePhone(phone)) {
      warnInDevelopment(
        component,
        `clinic.phone "${phone}" cannot be dialled; it is shown as text without a link`,
      );
    }
  } else if (process.env.NODE_ENV !== "production" && phone !== undefined) {
    warnInDevelopment(component, "clinic.phone must be non-empty text; it is not shown");
  }
  return contact;
}

/**
 * How the clinic takes bookings online: its `booking`, or its `bookingUrl` as a link, or undefined
 * (with one development warning naming the path) when neither passes the content rules. Kept apart
 * from `readClinic` so that the booking components do not bundle the rules of fields they never show.
 */
export function readClinicBooking(
  clinic: unknown,
  component: string,
  options: Pick<BookingReadOptions, "allowedOrigins"> = {},
): BookingProvider | undefined {
  if (!isRecord(clinic)) {
    return undefined;
  }
  const { booking: source, bookingUrl } = clinic as Partial<Record<keyof Clinic, unknown>>;
  const booking =
    source === undefined ? undefined : readBookingProvider(source, component, options);
  if (bookingUrl === undefined) {
    return booking;
  }
  const url = toSafeHttpsUrl(bookingUrl);
  if (url === undefined) {
    if (process.env.NODE_ENV !== "production") {
      warnAt(
        component,
        "clinic.bookingUrl",
        `${describeValue(bookingUrl)} is not an https:// URL; it is not used`,
      );
    }
    return booking;
  }
  return source === undefined ? { kind: "link", url } : booking;
}

/**
 * Checks what a (possibly unvalidated) clinic holds, with the rules of `medspa-ui/content`, and
 * keeps what can be rendered. Each problem is one development warning naming its path; nothing
 * throws, whatever the CMS sent.
 */
export function readClinic(
  clinic: unknown,
  component: string,
  options: Pick<BookingReadOptions, "allowedOrigins"> = {},
): ReadClinic {
  const result: ReadClinic = readClinicContact(clinic, component);
  const booking = readClinicBooking(clinic, component, options);
  if (booking !== undefined) {
    result.booking = booking;
  }
  if (!isRecord(clinic)) {
    return result;
  }
  const source = clinic as Partial<Record<keyof Clinic, unknown>>;
  for (const key of ["address", "hours"] as const) {
    if (source[key] === undefined) {
      continue;
    }
    if (isNonEmptyText(source[key])) {
      result[key] = source[key];
    } else if (process.env.NODE_ENV !== "production") {
      warnAt(component, `clinic.${key}`, "must be non-empty text; it is not shown");
    }
  }
  return result;
}
