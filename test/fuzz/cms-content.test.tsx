import { cleanup, render } from "@testing-library/react";
import fc from "fast-check";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AftercareChecklist } from "../../src/components/AftercareChecklist";
import { BookingBanner } from "../../src/components/BookingBanner";
import { BookingDialog } from "../../src/components/BookingDialog";
import { ProcedureExplainer } from "../../src/components/ProcedureExplainer";
import { ProcedurePage } from "../../src/components/ProcedurePage";
import { SideEffectAccordion } from "../../src/components/SideEffectAccordion";
import { procedureJsonLd, serializeJsonLd } from "../../src/seo";
import { resetDevelopmentWarnings } from "../../src/shared/development";
import { expectConsole } from "../support/console";
import { clinicArbitrary, injectionMarker, procedureArbitrary } from "./arbitraries";

// CMS JSON is untyped: whatever a field holds, in production every component renders what is
// valid, nothing from content becomes an element, an attribute or an unsafe link, the structured
// data parses back, and nothing throws. `npm test` runs 1,000 cases; `npm run test:fuzz` 20,000.
const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
// About 1 ms a case for server rendering and 15 ms for a client-rendered dialog on 2 cores.
const timeout = Math.max(10_000, numRuns * 15);

// Content never creates an element or attribute of its own, and every link is one of these.
const safeUrl = [/^https:\/\/[^\s]+$/, /^tel:\+\d{7,15}$/, /^mailto:[^\s]+$/, /^#[\w-]*$/];

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function expectSafeMarkup(html: string): void {
  // Structured data is the only script: JSON that parses back (its text is checked apart).
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    expect(attributes).toMatch(/^ type="application\/ld\+json"( data-slot="json-ld")?$/);
    expect(() => JSON.parse(body ?? "")).not.toThrow();
  }
  const markup = html.replace(/<script([^>]*)>[\s\S]*?<\/script>/g, "<script$1></script>");
  expect(markup).not.toContain(`<${injectionMarker}`);
  // An attribute has a quote after "="; escaped text has &quot; or &#x27; there.
  expect(markup).not.toMatch(new RegExp(`\\s${injectionMarker}=["']`));
  expect(markup).not.toMatch(/\son[a-z]+=["']/i);
  for (const [, attribute, value] of markup.matchAll(/\s(href|src|action|formaction)="([^"]*)"/g)) {
    const url = decodeAttribute(value ?? "");
    expect(
      safeUrl.some((pattern) => pattern.test(url)),
      `${attribute}="${url}" is not an https:, tel:+digits, mailto: or # URL`,
    ).toBe(true);
  }
}

/** The same checks on live DOM (innerHTML leaves quotes in text unescaped, so it cannot be read as markup). */
function expectSafeDom(root: HTMLElement): void {
  for (const element of root.querySelectorAll("*")) {
    expect(element.localName).not.toBe(injectionMarker);
    for (const { name, value } of element.attributes) {
      expect(name).not.toBe(injectionMarker);
      expect(name.startsWith("on"), `event handler attribute ${name}`).toBe(false);
      if (["href", "src", "action", "formaction"].includes(name)) {
        expect(
          safeUrl.some((pattern) => pattern.test(value)),
          `${name}="${value}" is not an https:, tel:+digits, mailto: or # URL`,
        ).toBe(true);
      }
    }
  }
}

function renderOnServer(element: ReactElement): string {
  const html = renderToString(element);
  expectSafeMarkup(html);
  return html;
}

describe("given any value a CMS can send, in development", () => {
  it(
    "should only warn, with the library's prefix, and never log a React error",
    () => {
      const warn = expectConsole("warn");
      fc.assert(
        fc.property(procedureArbitrary, clinicArbitrary, (procedure: any, clinic: any) => {
          resetDevelopmentWarnings();
          warn.mockClear();
          renderOnServer(<ProcedurePage procedure={procedure} clinic={clinic} />);
          for (const [message] of warn.mock.calls) {
            expect(String(message)).toMatch(/^\[medspa-ui\] \w+: /);
          }
        }),
        // The setup file fails the test on any console.error (a React warning such as a duplicate key).
        { numRuns: Math.ceil(numRuns / 4) },
      );
    },
    timeout,
  );
});

describe("given any value a CMS can send, in production", () => {
  const previousNodeEnv = process.env.NODE_ENV;
  beforeAll(() => {
    process.env.NODE_ENV = "production";
  });
  afterAll(() => {
    process.env.NODE_ENV = previousNodeEnv;
  });

  it(
    "should render every component without throwing or letting content out",
    () => {
      fc.assert(
        fc.property(
          procedureArbitrary,
          clinicArbitrary,
          fc.constantFrom("inline", "compact", "sticky"),
          (procedure: any, clinic: any, layout: "inline" | "compact" | "sticky") => {
            const parts = typeof procedure === "object" && procedure !== null ? procedure : {};
            renderOnServer(<ProcedurePage procedure={procedure} clinic={clinic} />);
            renderOnServer(<ProcedureExplainer procedure={procedure} />);
            renderOnServer(<SideEffectAccordion sideEffects={parts.sideEffects} clinic={clinic} />);
            renderOnServer(<AftercareChecklist items={parts.aftercare} clinic={clinic} />);
            renderOnServer(<BookingBanner clinic={clinic} layout={layout} />);
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "should open the booking dialog without throwing or embedding an unsafe page",
    () => {
      fc.assert(
        fc.property(clinicArbitrary, (clinic: any) => {
          try {
            render(<BookingDialog clinic={clinic} defaultOpen />);
            expectSafeDom(document.body);
          } finally {
            cleanup();
          }
        }),
        { numRuns: Math.ceil(numRuns / 4) },
      );
    },
    timeout,
  );

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
