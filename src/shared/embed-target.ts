// How the booking dialog embeds a vendor's page: each vendor's adapter (embed parameters, the
// message that means an appointment was booked) and the iframe's src. Downloaded with the dialog.
import type { BookingVendor } from "../content/types";
import { checkEmbed, type EmbedRefusal, vendorDomains } from "./booking-vendors";

/**
 * What medspa-ui knows about each booking vendor: which hosts serve its booking pages (the iframe
 * origin allowlist), how to turn a booking link into an embeddable URL, and which `postMessage`
 * from its page means an appointment was booked.
 */
export interface VendorAdapter {
  vendor: BookingVendor;
  /** Registrable domains whose https hosts (the domain itself or a subdomain) serve booking pages. */
  domains: readonly string[];
  /** Adds the vendor's embed parameters to a booking URL. */
  embedUrl: (url: URL, page: { hostname: string }) => URL;
  /** True when a message from the vendor's page means the booking is complete. */
  isBookingComplete: (data: unknown) => boolean;
}

/**
 * The convention any page on an allowed origin may post when a booking completes, for vendors
 * without a documented message of their own (and for a clinic's own confirmation page):
 * `window.parent.postMessage({ type: "medspa-ui:booking_complete" }, "*")`.
 */
export const bookingCompleteMessageType = "medspa-ui:booking_complete";

function isGenericCompletion(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === bookingCompleteMessageType
  );
}

const unchanged = (url: URL) => url;

/** An adapter for a vendor without its own embed parameters or completion message. */
const plainAdapter = (vendor: BookingVendor): VendorAdapter => ({
  vendor,
  domains: vendorDomains[vendor],
  embedUrl: unchanged,
  isBookingComplete: isGenericCompletion,
});

function createVendorAdapters(): Record<BookingVendor, VendorAdapter> {
  return {
    calendly: {
      vendor: "calendly",
      domains: vendorDomains.calendly,
      // The parameters Calendly's own inline embed script adds to the scheduling page URL.
      embedUrl: (url, page) => {
        url.searchParams.set("embed_domain", page.hostname);
        url.searchParams.set("embed_type", "Inline");
        return url;
      },
      // Calendly posts { event: "calendly.event_scheduled", payload } to the embedding page:
      // https://developer.calendly.com/api-docs/overview/embedding/notifying-the-parent-window
      isBookingComplete: (data) =>
        (typeof data === "object" &&
          data !== null &&
          (data as { event?: unknown }).event === "calendly.event_scheduled") ||
        isGenericCompletion(data),
    },
    acuity: plainAdapter("acuity"),
    boulevard: plainAdapter("boulevard"),
    zenoti: plainAdapter("zenoti"),
    mindbody: plainAdapter("mindbody"),
    jane: plainAdapter("jane"),
    generic: plainAdapter("generic"),
  };
}

// Built by a call marked pure: as an object literal, its reads of vendorDomains count as possible
// side effects to esbuild, which then kept every adapter in pages that never embed a booking page.
export const vendorAdapters = /* @__PURE__ */ createVendorAdapters();

export type EmbedTarget =
  | { ok: true; src: string; origin: string; adapter: VendorAdapter }
  | EmbedRefusal;

/** UTM and click-id parameters a campaign adds to the page's URL, forwarded when asked. */
export const forwardedParameters = [
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "utm_term",
  "utm_content",
  "gclid",
];

/** The iframe `src` for a booking page that `checkEmbed` accepts, or why it is refused. */
export function resolveEmbedTarget(
  url: string,
  vendor: BookingVendor | undefined,
  options: { allowedOrigins?: readonly string[]; pageUrl?: string; forwardUtm?: boolean } = {},
): EmbedTarget {
  const check = checkEmbed(url, vendor, options);
  if (!check.ok) {
    return check;
  }
  const adapter = vendorAdapters[check.vendor];
  const page = options.pageUrl === undefined ? undefined : new URL(options.pageUrl);
  const src = adapter.embedUrl(new URL(check.url.href), { hostname: page?.hostname ?? "" });
  if (options.forwardUtm && page !== undefined) {
    for (const name of forwardedParameters) {
      const value = page.searchParams.get(name);
      if (value !== null && !src.searchParams.has(name)) {
        src.searchParams.set(name, value);
      }
    }
  }
  return { ok: true, src: src.href, origin: check.url.origin, adapter };
}
