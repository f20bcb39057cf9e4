import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { procedureJsonLd, serializeJsonLd } from "../../src/seo";
import { clinicArbitrary, procedureArbitrary } from "./arbitraries";
import { numRuns, timeout } from "./safety";

// Any CMS value through procedureJsonLd: what search engines read.

describe("given any value a CMS can send, in production", () => {
  it(
    "should build structured data that parses back, with https links only",
    () => {
      fc.assert(
        fc.property(procedureArbitrary, clinicArbitrary, (procedure: any, clinic: any) => {
          const graph = procedureJsonLd(procedure, clinic, {
            url: "https://spa.example/microneedling",
          });
          const serialized = serializeJsonLd(graph);
          expect(serialized).not.toMatch(/[<>\u2028\u2029]/);
          const parsed = JSON.parse(serialized);
          expect(parsed).toEqual(JSON.parse(JSON.stringify(graph)));
          const clinicNode = parsed["@graph"].find(
            (node: { "@type": string }) => node["@type"] === "MedicalClinic",
          );
          const target = clinicNode?.potentialAction?.target;
          if (target !== undefined) {
            expect(target).toMatch(/^https:\/\//);
          }
          // Every value in the graph is text, a list or a node: nothing from content passes as is.
          JSON.stringify(parsed, (_key, value) => {
            expect(["string", "object"]).toContain(typeof value);
            return value;
          });
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
