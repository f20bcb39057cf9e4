import { describe, expect, it } from "vitest";
import {
  bookingCompleteMessageType,
  detectVendor,
  normaliseAllowedOrigin,
  resolveEmbedTarget,
  vendorAdapters,
} from "../../../src/shared";

describe("detectVendor", () => {
  it.each([
    ["https://calendly.com/lakeshore/consult", "calendly"],
    ["https://app.acuityscheduling.com/schedule.php?owner=123", "acuity"],
    ["https://lakeshore.as.me/", "acuity"],
    ["https://www.joinblvd.com/b/lakeshore", "boulevard"],
    ["https://lakeshore.zenoti.com/webstoreNew", "zenoti"],
    ["https://clients.mindbodyonline.com/classic/ws?studioid=1", "mindbody"],
    ["https://lakeshore.janeapp.com/", "jane"],
    ["https://booking.example.com/", "generic"],
    ["https://calendly.com.evil.example/", "generic"],
    ["https://evilcalendly.com/", "generic"],
  ])("should recognise %s as %s", (url, vendor) => {
    expect(detectVendor(url)).toBe(vendor);
  });
});

describe("resolveEmbedTarget", () => {
  it("should add Calendly's embed parameters for the page's host", () => {
    const target = resolveEmbedTarget("https://calendly.com/lakeshore/consult", "calendly", {
      pageUrl: "https://lakeshore.example/microneedling",
    });
    expect(target).toMatchObject({ ok: true, origin: "https://calendly.com" });
    const src = new URL(target.ok ? target.src : "");
    expect(src.searchParams.get("embed_domain")).toBe("lakeshore.example");
    expect(src.searchParams.get("embed_type")).toBe("Inline");
  });

  it.each(["acuity", "boulevard", "zenoti", "mindbody", "jane"] as const)(
    "should embed a %s URL unchanged on its own domain",
    (vendor) => {
      const url = `https://clinic.${vendorAdapters[vendor].domains[0]}/book?x=1`;
      expect(resolveEmbedTarget(url, vendor)).toMatchObject({ ok: true, src: url });
    },
  );

  it("should forward UTM parameters and gclid only when asked, never overriding the vendor URL's own", () => {
    const pageUrl =
      "https://lakeshore.example/?utm_source=google&utm_campaign=spring&gclid=abc&other=1";
    const url = "https://calendly.com/lakeshore/consult?utm_campaign=fixed";
    const forwarded = resolveEmbedTarget(url, "calendly", { pageUrl, forwardUtm: true });
    const src = new URL(forwarded.ok ? forwarded.src : "");
    expect(src.searchParams.get("utm_source")).toBe("google");
    expect(src.searchParams.get("utm_campaign")).toBe("fixed");
    expect(src.searchParams.get("gclid")).toBe("abc");
    expect(src.searchParams.has("other")).toBe(false);
    const notForwarded = resolveEmbedTarget(url, "calendly", { pageUrl });
    expect(new URL(notForwarded.ok ? notForwarded.src : "").searchParams.has("gclid")).toBe(false);
  });

  it.each([
    ["javascript:alert(1)", undefined, /not an https/],
    ["http://calendly.com/x", "calendly", /not an https/],
    [
      "https://evil.example/calendly",
      "calendly",
      /not on the allowlist for calendly \(calendly.com\)/,
    ],
    ["https://calendly.com.evil.example/x", undefined, /not on the allowlist for generic/],
    ["https://booking.example.com/", "generic", /add it to allowedOrigins/],
    ["not a url", undefined, /is not a URL/],
  ] as const)("should refuse %s", (url, vendor, reason) => {
    const target = resolveEmbedTarget(url, vendor);
    expect(target.ok).toBe(false);
    expect(target.ok ? "" : target.reason).toMatch(reason);
  });

  it("should accept a clinic's own origin when it is allowed explicitly", () => {
    expect(
      resolveEmbedTarget("https://booking.example.com/", "generic", {
        allowedOrigins: ["https://booking.example.com"],
      }),
    ).toMatchObject({ ok: true, origin: "https://booking.example.com" });
  });

  it("should accept plain http only for an explicitly allowed loopback origin", () => {
    expect(
      resolveEmbedTarget("http://localhost:6006/fake-vendor.html", "generic", {
        allowedOrigins: ["http://localhost:6006"],
      }),
    ).toMatchObject({ ok: true });
    expect(
      resolveEmbedTarget("http://clinic.example/book", "generic", {
        allowedOrigins: ["http://clinic.example"],
      }).ok,
    ).toBe(false);
  });
});

describe("normaliseAllowedOrigin", () => {
  it.each([
    ["https://booking.example.com", "https://booking.example.com"],
    ["https://booking.example.com/", "https://booking.example.com"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["https://booking.example.com/path", undefined],
    ["http://booking.example.com", undefined],
    ["javascript:alert(1)", undefined],
    ["*", undefined],
  ])("should read %s as %s", (origin, expected) => {
    expect(normaliseAllowedOrigin(origin)).toBe(expected);
  });
});

describe("completion messages", () => {
  it("should map Calendly's event_scheduled and the generic message, nothing else", () => {
    const calendly = vendorAdapters.calendly.isBookingComplete;
    expect(calendly({ event: "calendly.event_scheduled", payload: {} })).toBe(true);
    expect(calendly({ event: "calendly.date_and_time_selected" })).toBe(false);
    expect(calendly("calendly.event_scheduled")).toBe(false);
    expect(calendly({ type: bookingCompleteMessageType })).toBe(true);
    expect(vendorAdapters.jane.isBookingComplete({ event: "calendly.event_scheduled" })).toBe(
      false,
    );
    expect(vendorAdapters.jane.isBookingComplete(null)).toBe(false);
  });
});
