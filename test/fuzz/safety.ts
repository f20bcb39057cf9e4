import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { expect } from "vitest";
import { injectionMarker } from "./arbitraries";

// What the fuzz tests hold every render to. CMS JSON is untyped: whatever a field holds, in
// production every component renders what is valid, nothing from content becomes an element, an
// attribute or an unsafe link, the structured data parses back, and nothing throws.
// `npm test` runs 1,000 cases; `npm run test:fuzz` 20,000.
export const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
// About 5 ms a case for the production server renders (every component, the results' cases
// included) and 20 ms for a client-rendered dialog (a quarter of the runs) on 2 cores. A timeout
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

const unsafeAddress = "is not an https:, tel:+digits, mailto:, # or (for a photo) /root URL";

// The checks collect what they find and make one assertion a render: an expect per attribute was
// a tenth of the fuzz's time, in the assertion library rather than in the components.
function unsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  // Structured data is the only script: JSON that parses back (its text is checked apart).
  for (const [, attributes = "", body = ""] of html.matchAll(
    /<script([^>]*)>([\s\S]*?)<\/script>/g,
  )) {
    if (!/^ type="application\/ld\+json"( data-slot="json-ld")?$/.test(attributes)) {
      problems.push(`a script that is not structured data: <script${attributes}>`);
    }
    try {
      JSON.parse(body);
    } catch {
      problems.push(`structured data that does not parse: ${body}`);
    }
  }
  const markup = html.replace(/<script([^>]*)>[\s\S]*?<\/script>/g, "<script$1></script>");
  if (markup.includes(`<${injectionMarker}`)) {
    problems.push(`an element from content: <${injectionMarker}>`);
  }
  // An attribute has a quote after "="; escaped text has &quot; or &#x27; there.
  for (const [attribute] of markup.matchAll(
    new RegExp(`\\s(${injectionMarker}|on[a-z]+)=["']`, "gi"),
  )) {
    problems.push(`an attribute from content or an event handler: ${attribute.trim()}`);
  }
  for (const [, attribute = "", value = ""] of markup.matchAll(
    /\s(href|src|srcSet|action|formaction)="([^"]*)"/gi,
  )) {
    const url = decodeAttribute(value);
    if (!isSafeAddress(attribute.toLowerCase(), url)) {
      problems.push(`${attribute}="${url}" ${unsafeAddress}`);
    }
  }
  return problems;
}

/** The same checks on live DOM (innerHTML leaves quotes in text unescaped, so it cannot be read as markup). */
export function expectSafeDom(root: HTMLElement): void {
  const problems: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    if (element.localName === injectionMarker) {
      problems.push(`an element from content: <${injectionMarker}>`);
    }
    for (const { name, value } of element.attributes) {
      if (name === injectionMarker || name.startsWith("on")) {
        problems.push(`an attribute from content or an event handler: ${name}`);
      }
      if (
        ["href", "src", "srcset", "action", "formaction"].includes(name) &&
        !isSafeAddress(name, value)
      ) {
        problems.push(`${name}="${value}" ${unsafeAddress}`);
      }
    }
  }
  expect(problems).toEqual([]);
}

export function renderOnServer(element: ReactElement): string {
  const html = renderToString(element);
  expect(unsafeMarkup(html)).toEqual([]);
  return html;
}
