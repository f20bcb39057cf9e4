import type { BookingVendor } from "../content/types";
import { toSafeHttpsUrl } from "./url";

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

/**
 * The hosts of each vendor's booking pages: all a server-rendered banner needs to decide whether a
 * page can be embedded. The rest of an adapter is the dialog's, downloaded when it opens.
 */
const vendorDomains: Record<BookingVendor, readonly string[]> = {
  calendly: ["calendly.com"],
  acuity: ["acuityscheduling.com", "as.me"],
  boulevard: ["joinblvd.com", "blvd.co"],
  zenoti: ["zenoti.com"],
  mindbody: ["mindbodyonline.com", "healcode.com"],
  jane: ["janeapp.com"],
  generic: [],
};

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

const hostMatches = (hostname: string, domain: string) =>
  hostname === domain || hostname.endsWith(`.${domain}`);

/** The vendor whose domains serve this URL's host, or "generic". */
export function detectVendor(url: string): BookingVendor {
  const safe = toSafeHttpsUrl(url);
  if (safe === undefined) {
    return "generic";
  }
  const { hostname } = new URL(safe);
  const match = (Object.keys(vendorDomains) as BookingVendor[]).find((vendor) =>
    vendorDomains[vendor].some((domain) => hostMatches(hostname, domain)),
  );
  return match ?? "generic";
}

/**
 * Extra origins a site allows, exactly as `https://host[:port]`. Plain `http:` is accepted only for
 * loopback hosts (`localhost`, `127.0.0.1`, `[::1]`): for tests and Storybook's local fake vendor,
 * never for a real vendor.
 */
export function normaliseAllowedOrigin(origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin.replace(/\/$/, "")) {
    return undefined;
  }
  if (url.protocol === "https:") {
    return url.origin;
  }
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return url.protocol === "http:" && loopback ? url.origin : undefined;
}

/**
 * Why a booking page is not embedded, for the development warning: empty in production, whose
 * bundles drop the words (development-only text stays inside `process.env.NODE_ENV` checks).
 */
export interface EmbedRefusal {
  ok: false;
  reason: string;
}

export type EmbedCheck = { ok: true; vendor: BookingVendor; url: URL } | EmbedRefusal;

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

/**
 * Whether a booking page may be embedded: the URL must be https (or an allowed loopback origin)
 * and its origin must belong to the vendor or be listed in `allowedOrigins`.
 */
export function checkEmbed(
  url: string,
  vendor: BookingVendor | undefined,
  options: { allowedOrigins?: readonly string[] } = {},
): EmbedCheck {
  const allowed = (options.allowedOrigins ?? []).map(normaliseAllowedOrigin);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {
      ok: false,
      reason: process.env.NODE_ENV === "production" ? "" : `"${url}" is not a URL`,
    };
  }
  const explicitlyAllowed = allowed.includes(parsed.origin);
  if (!explicitlyAllowed && toSafeHttpsUrl(url) === undefined) {
    return {
      ok: false,
      reason: process.env.NODE_ENV === "production" ? "" : `"${url}" is not an https:// URL`,
    };
  }
  const owner = vendor ?? detectVendor(url);
  const domains = vendorDomains[owner];
  if (!explicitlyAllowed && !domains.some((domain) => hostMatches(parsed.hostname, domain))) {
    return {
      ok: false,
      reason:
        process.env.NODE_ENV === "production"
          ? ""
          : `${parsed.origin} is not on the allowlist for ${owner}${domains.length > 0 ? ` (${domains.join(", ")})` : ""}; add it to allowedOrigins if it is yours`,
    };
  }
  return { ok: true, vendor: owner, url: parsed };
}

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
