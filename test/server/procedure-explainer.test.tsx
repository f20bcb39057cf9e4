import * as React from "react";
// @ts-expect-error -- react-server-dom-webpack ships no types; its Node server build is used as is.
import { renderToReadableStream } from "react-server-dom-webpack/server";
import { describe, expect, it } from "vitest";
import { ProcedureExplainer } from "../../src/components/ProcedureExplainer";
import { examples } from "../../src/content/examples";
import { JsonLd, procedureJsonLd } from "../../src/seo";

// This project resolves packages with the `react-server` export condition, as a React Server
// Components bundler does: `react` is its server build, which has no state or effect hooks, so a
// component that used one would throw here.
async function renderServerComponent(element: React.ReactElement): Promise<string> {
  const errors: unknown[] = [];
  const stream: ReadableStream<Uint8Array> = renderToReadableStream(
    element,
    {},
    {
      onError(error: unknown) {
        errors.push(error);
      },
    },
  );
  const payload = await new Response(stream).text();
  if (errors.length > 0) {
    throw errors[0];
  }
  return payload;
}

/** What a component that is not server-safe looks like: it calls a state hook. */
function Interactive() {
  const [count] = (React as unknown as { useState: (value: number) => [number] }).useState(0);
  return <p>{count}</p>;
}

describe("given the react-server condition", () => {
  it("should resolve React's server build, which has no client hooks", () => {
    expect("useState" in React).toBe(false);
    expect("useEffect" in React).toBe(false);
  });

  it("should render ProcedureExplainer as a Server Component with its whole content", async () => {
    const payload = await renderServerComponent(
      <ProcedureExplainer
        procedure={examples.microneedling}
        clinic={examples.clinic}
        headingLevel={2}
      />,
    );
    for (const text of [
      "Microneedling for acne scars",
      "Key facts",
      "3–6 sessions, 4–6 weeks apart",
      "Soothing serum",
      // The care guide's sections are static too.
      "Results last",
      "Is it right for you?",
      "Until 6 months after your last dose",
      "Book a consultation",
      "Your follow-up visit",
      "Individual results vary",
    ]) {
      expect(payload).toContain(text);
    }
  });

  it("should render the JSON-LD script as a Server Component", async () => {
    const payload = await renderServerComponent(
      <JsonLd data={procedureJsonLd(examples.microneedling, examples.clinic)} />,
    );
    expect(payload).toContain("application/ld+json");
    expect(payload).toContain("MedicalTherapy");
  });

  it("should fail for a component that uses a client hook", async () => {
    await expect(renderServerComponent(<Interactive />)).rejects.toThrow();
  });
});
