import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { httpsOrigin, toSafeHttpsUrl } from "../../../src/shared";

describe("toSafeHttpsUrl", () => {
  describe("given an absolute https URL", () => {
    it("should return it normalised", () => {
      expect(toSafeHttpsUrl("https://calendly.com/clinic/consult")).toBe(
        "https://calendly.com/clinic/consult",
      );
      expect(toSafeHttpsUrl("HTTPS://Example.COM")).toBe("https://example.com/");
      expect(toSafeHttpsUrl("https://example.com/a?b=c#d")).toBe("https://example.com/a?b=c#d");
    });
  });

  describe("given a dangerous or non-https URL", () => {
    it.each([
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0000javascript:alert(1)",
      "javascript&colon;alert(1)",
      "&#106;avascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "//evil.example.com",
      "/relative/path",
      "http://example.com",
      "ftp://example.com",
      "https:evil.example.com",
      "https://",
      "https://user:pass@example.com",
      " https://example.com",
      "https://example.com\u2028",
      "",
    ])("should refuse %j", (value) => {
      expect(toSafeHttpsUrl(value)).toBeUndefined();
    });

    it.each([undefined, null, 42, {}, ["https://example.com"]])(
      "should refuse the non-string %j",
      (value) => {
        expect(toSafeHttpsUrl(value)).toBeUndefined();
      },
    );
  });

  test.prop([fc.string({ unit: "binary" })], { numRuns: 2000 })(
    "should only ever return an https URL that parses",
    (value) => {
      const result = toSafeHttpsUrl(value);
      if (result !== undefined) {
        expect(new URL(result).protocol).toBe("https:");
      }
    },
  );

  test.prop(
    [
      fc.constantFrom("javascript", "data", "vbscript", "http", "file"),
      fc.constantFrom("", " ", "\t", "\n", "\u0000"),
      fc.string(),
    ],
    { numRuns: 1000 },
  )("should refuse any other scheme however it is written", (scheme, noise, rest) => {
    const mixedCase = scheme
      .split("")
      .map((character, index) => (index % 2 === 0 ? character.toUpperCase() : character))
      .join("");
    expect(toSafeHttpsUrl(`${noise}${mixedCase}:${rest}`)).toBeUndefined();
  });
});

describe("httpsOrigin", () => {
  it("should return the origin of a safe URL and nothing for an unsafe one", () => {
    expect(httpsOrigin("https://app.acuityscheduling.com/schedule.php?owner=1")).toBe(
      "https://app.acuityscheduling.com",
    );
    expect(httpsOrigin("https://example.com:8443/x")).toBe("https://example.com:8443");
    expect(httpsOrigin("http://example.com")).toBeUndefined();
  });
});
