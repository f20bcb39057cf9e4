import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isDialablePhone, toE164, toTelHref } from "../../../src/shared";

describe("toE164", () => {
  describe("given a North American number (the default country code 1)", () => {
    it.each([
      ["905-555-0123", "+19055550123"],
      ["(905) 555-0123", "+19055550123"],
      ["905.555.0123", "+19055550123"],
      ["1 905 555 0123", "+19055550123"],
      ["+1 905 555 0123", "+19055550123"],
      ["905\u00a0555\u20110123", "+19055550123"],
    ])("should normalise %j to %s", (phone, expected) => {
      expect(toE164(phone)).toBe(expected);
    });

    it("should refuse a local number without its area code", () => {
      expect(toE164("555-0123")).toBeUndefined();
    });
  });

  describe("given another default country code", () => {
    it("should drop the trunk 0 and prefix the code", () => {
      expect(toE164("020 7946 0018", { defaultCountryCode: "44" })).toBe("+442079460018");
      expect(toE164("01 23 45 67 89", { defaultCountryCode: "33" })).toBe("+33123456789");
    });

    it("should keep an international number as written", () => {
      expect(toE164("+33 1 23 45 67 89", { defaultCountryCode: "1" })).toBe("+33123456789");
    });

    it("should refuse a malformed country code", () => {
      expect(toE164("020 7946 0018", { defaultCountryCode: "+44" })).toBeUndefined();
    });
  });

  describe("given text that is not a phone number", () => {
    it.each([
      "",
      "call us",
      "905-555-CALL",
      "12345",
      "+1234567890123456",
      "++19055550123",
      "905-555-0123 ext 4",
    ])("should refuse %j", (phone) => {
      expect(toE164(phone)).toBeUndefined();
      expect(toTelHref(phone)).toBeUndefined();
    });
  });
});

describe("toTelHref", () => {
  it("should build a tel: link from the E.164 form", () => {
    expect(toTelHref("905-555-0123")).toBe("tel:+19055550123");
  });

  test.prop([fc.string({ unit: "binary" }), fc.constantFrom("1", "44", "33")], { numRuns: 2000 })(
    "should only ever produce tel:+ and 7 to 15 digits",
    (phone, defaultCountryCode) => {
      const href = toTelHref(phone, { defaultCountryCode });
      if (href !== undefined) {
        expect(href).toMatch(/^tel:\+\d{7,15}$/);
      }
    },
  );
});

describe("isDialablePhone", () => {
  it("should accept 7 to 15 digits with formatting and an optional leading +", () => {
    expect(isDialablePhone("555-0123")).toBe(true);
    expect(isDialablePhone("+44 20 7946 0018")).toBe(true);
    expect(isDialablePhone("123456")).toBe(false);
    expect(isDialablePhone("1234567890123456")).toBe(false);
    expect(isDialablePhone(9055550123)).toBe(false);
  });
});
