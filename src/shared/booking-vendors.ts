// Which booking pages may be embedded: what the banner and the checklist's follow-up decide before
// a visitor asks for the dialog. How to embed one (each vendor's adapter) is embed-target.ts, the
// dialog's alone: a bundler that splits code puts a module both reach, whole, in the chunk every
// page loads, so the two halves are two modules.
import type { BookingVendor } from "../content/types";
import { toSafeHttpsUrl } from "./url";

/**
 * The hosts of each vendor's booking pages: all a server-rendered banner needs to decide whether a
 * page can be embedded. The rest of an adapter is the dialog's (embed-target.ts), downloaded when
 * it opens.
 */
export const vendorDomains: Record<BookingVendor, readonly string[]> = {
  calendly: ["calendly.com"],
  acuity: ["acuityscheduling.com", "as.me"],
  boulevard: ["joinblvd.com", "blvd.co"],
  zenoti: ["zenoti.com"],
  mindbody: ["mindbodyonline.com", "healcode.com"],
  jane: ["janeapp.com"],
  generic: [],
};

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
