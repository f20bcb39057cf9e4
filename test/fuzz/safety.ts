import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, expect, vi } from "vitest";
import { injectionMarker } from "./arbitraries";

// What the fuzz tests hold every render to. CMS JSON is untyped: whatever a field holds, in
// production every component renders what is valid, nothing from content becomes an element, an
// attribute or an unsafe link, the structured data parses back, and nothing throws.
// `npm test` runs 1,000 cases; `npm run test:fuzz` 20,000.
export const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
// About 5 ms a case for the production server renders (every component, the results' cases
// included) and 30 ms for a client-rendered dialog (a quarter of the runs) on 2 cores. A timeout
// only catches a hang: 60 ms a case leaves room for a loaded machine, where a CI run of 1,000
// server renders once took 35.5 s (20 s on an idle one).
export const timeout = Math.max(10_000, numRuns * 60);

// Content never creates an element or attribute of its own, and every link is one of these.
const safeUrl = [/^https:\/\/[^\s]+$/, /^tel:\+\d{7,15}$/, /^mailto:[^\s]+$/, /^#[\w-]*$/];
// A photo may also come from the site's own root (/results/a.webp), never //host or a scheme.
const safeImage = [/^https:\/\/[^\s]+$/, /^\/(?!\/)[^\s\\]+$/];

/** Whether an attribute's value is a link or image address content may give it. */
function isSafeAddress(attribute: string, value: string): boolean {
  if (attribute === "srcset") {
    return value
      .split(",")
      .every((candidate) => isSafeAddress("src", candidate.trim().split(/\s+/)[0] ?? ""));
  }
  const patterns = attribute === "src" ? safeImage : safeUrl;
  return patterns.some((pattern) => pattern.test(value));
}

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
  for (const [, attribute, value] of markup.matchAll(
    /\s(href|src|srcSet|action|formaction)="([^"]*)"/gi,
  )) {
    const url = decodeAttribute(value ?? "");
    expect(
      isSafeAddress((attribute ?? "").toLowerCase(), url),
      `${attribute}="${url}" is not an https:, tel:+digits, mailto:, # or (for a photo) /root URL`,
    ).toBe(true);
  }
}

/** The same checks on live DOM (innerHTML leaves quotes in text unescaped, so it cannot be read as markup). */
export function expectSafeDom(root: HTMLElement): void {
  for (const element of root.querySelectorAll("*")) {
    expect(element.localName).not.toBe(injectionMarker);
    for (const { name, value } of element.attributes) {
      expect(name).not.toBe(injectionMarker);
      expect(name.startsWith("on"), `event handler attribute ${name}`).toBe(false);
      if (["href", "src", "srcset", "action", "formaction"].includes(name)) {
        expect(
          isSafeAddress(name, value),
          `${name}="${value}" is not an https:, tel:+digits, mailto:, # or (for a photo) /root URL`,
        ).toBe(true);
      }
    }
  }
}

export function renderOnServer(element: ReactElement): string {
  const html = renderToString(element);
  expectSafeMarkup(html);
  return html;
}

/**
 * Runs the enclosing describe's tests with NODE_ENV=production, as a site's production build does,
 * where React's development build must stay (testing-library's act needs it); the production
 * project sets NODE_ENV before React loads.
 */
export function inProduction(): void {
  beforeAll(() => {
    vi.stubEnv("NODE_ENV", "production");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
}
