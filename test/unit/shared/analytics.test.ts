import { afterEach, describe, expect, it } from "vitest";
import { pushToDataLayer } from "../../../src/shared";

afterEach(() => {
  delete (window as { dataLayer?: unknown }).dataLayer;
});

describe("pushToDataLayer", () => {
  it("should create the data layer and push a GTM event with the fields", () => {
    pushToDataLayer({ type: "cta_click", channel: "phone", placement: "sticky" });
    expect((window as { dataLayer?: unknown }).dataLayer).toEqual([
      { event: "medspa_cta_click", channel: "phone", placement: "sticky" },
    ]);
  });

  it("should append to an existing layer and flatten opted-in context", () => {
    const layer: unknown[] = [{ event: "gtm.js" }];
    (window as { dataLayer?: unknown }).dataLayer = layer;
    pushToDataLayer({
      type: "booking_complete",
      vendor: "calendly",
      context: { procedureId: "microneedling" },
    });
    expect(layer).toEqual([
      { event: "gtm.js" },
      { event: "medspa_booking_complete", vendor: "calendly", procedureId: "microneedling" },
    ]);
  });
});
