// @vitest-environment node
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// esbuild (Rails jsbundling, Phoenix, Hugo) bundles the built package differently from Vite and
// webpack: a module that is also import()ed is wrapped in a lazy initializer, and a wrong re-export
// can leave its constants undefined at render time. This bundles dist/ through the package's own
// exports and "sideEffects", as a consumer's esbuild does, and renders every public component.
// (examples/esbuild-app does the same in Chromium, from the packed tarball.)
const root = path.resolve(".");

const entry = `
import {
  AftercareChecklist, BookingBanner, BookingDialog, JsonLd, ProcedureExplainer, ProcedurePage,
  SideEffectAccordion, ThemeScope, procedureJsonLd,
} from "medspa-ui";
import { examples } from "medspa-ui/content";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";

const { microneedling: procedure, clinic } = examples;
export const html = {
  ProcedurePage: renderToString(h(ProcedurePage, { procedure, clinic })),
  ProcedureExplainer: renderToString(h(ProcedureExplainer, { procedure })),
  SideEffectAccordion: renderToString(h(SideEffectAccordion, { sideEffects: procedure.sideEffects, clinic })),
  AftercareChecklist: renderToString(h(AftercareChecklist, { items: procedure.aftercare })),
  BookingBanner: renderToString(h(BookingBanner, { clinic })),
  BookingDialog: renderToString(h(BookingDialog, { clinic, trigger: h("button", null, "Book") })),
  ThemeScope: renderToString(h(ThemeScope, { theme: "rose-gold" }, "themed")),
  JsonLd: renderToString(h(JsonLd, { data: procedureJsonLd(procedure, clinic) })),
};
`;

/**
 * A production bundle of `contents`, resolving medspa-ui as a consumer's esbuild does: for the
 * browser as an ES module unless told otherwise.
 */
async function bundled(
  contents: string,
  target: { platform: "browser" | "node"; format: "esm" | "cjs" | "iife"; minify?: boolean } = {
    platform: "browser",
    format: "esm",
  },
): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    write: false,
    ...target,
    // An IIFE runs on its own, as a <script> would: React goes inside it.
    external: target.format === "iife" ? [] : ["react", "react-dom"],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

async function bundleAndRender(): Promise<Record<string, string>> {
  const code = await bundled(entry, { platform: "node", format: "cjs" });
  const module = { exports: {} as { html: Record<string, string> } };
  new Function("require", "module", "exports", code)(
    createRequire(path.join(root, "package.json")),
    module,
    module.exports,
  );
  return module.exports.html;
}

describe("the built package bundled by esbuild", () => {
  it("should render every public component", async () => {
    const html = await bundleAndRender();
    expect(html.ProcedurePage).toContain('data-slot="procedure-page"');
    expect(html.ProcedureExplainer).toContain("Microneedling");
    expect(html.SideEffectAccordion).toContain('data-slot="side-effect-accordion"');
    expect(html.AftercareChecklist).toContain('type="checkbox"');
    expect(html.BookingBanner).toContain("Book online");
    expect(html.BookingDialog).toContain('aria-haspopup="dialog"');
    expect(html.ThemeScope).toContain('data-msu-theme="rose-gold"');
    expect(html.JsonLd).toContain("MedicalTherapy");
  });
});

describe("a production bundle", () => {
  // Browsers have no `process`: the development check must still see the bundler's
  // NODE_ENV=production, or bad content fills every visitor's console (the booking dialog, for
  // one, reports an unembeddable page from an effect, with no NODE_ENV test of its own).
  it("should not warn where `process` does not exist", async () => {
    const code = await bundled(
      `
        import { warnInDevelopment } from "./dist/shared.js";
        warnInDevelopment("BookingDialog", "the booking page is not embedded");
      `,
      { platform: "browser", format: "iife" },
    );
    const warnings: unknown[] = [];
    const browserConsole = { ...console, warn: (...args: unknown[]) => warnings.push(args) };
    new Function("process", "console", code)(undefined, browserConsole);
    expect(warnings).toEqual([]);
  });

  // Development warnings cost bytes on every visitor's page: their words, and the code that
  // reports them, must go. A reporter held in a local closure, or warning code after an early
  // production return, survives minification.
  it.each([
    "AftercareChecklist",
    "BookingBanner",
    "BookingDialog",
    "ProcedureExplainer",
    "ProcedurePage",
    "SideEffectAccordion",
    "procedureJsonLd",
  ])("should hold no development warning code for %s", async (name) => {
    const code = await bundled(`export { ${name} } from "medspa-ui";`, {
      platform: "browser",
      format: "esm",
      minify: true,
    });
    expect(code).not.toContain("[medspa-ui]");
    // Why a booking page is refused is told in development only.
    expect(code).not.toContain("allowlist");
  });
});

describe("an English page", () => {
  // README: "an English page ships no `Intl` formatting code at all"; a locale bundle brings it.
  it("should bundle no Intl formatter, and a French page should", async () => {
    const english = await bundled('export { ProcedurePage } from "medspa-ui";');
    const french = await bundled(
      'export { ProcedurePage } from "medspa-ui"; export { frCA } from "medspa-ui/locales/fr-CA";',
    );
    expect(english).not.toMatch(/\bIntl\./);
    expect(french).toMatch(/new Intl\.NumberFormat/);
  });
});

describe("code that parses CMS content", () => {
  // The sample content is exported from medspa-ui/content too; only what imports it pays for it.
  it("should bundle none of the sample procedures, English or French", async () => {
    const parsing = await bundled('export { parseProcedure } from "medspa-ui/content";');
    const samples = await bundled('export { examples, examplesFrCA } from "medspa-ui/content";');
    for (const text of ["Microneedling for acne scars", "Microaiguillage pour les cicatrices"]) {
      expect(parsing).not.toContain(text);
      expect(samples).toContain(text);
    }
  });
});

describe("a page that never embeds a booking page", () => {
  it("should bundle none of the booking vendor adapters", async () => {
    const explainer = await bundled('export { ProcedureExplainer } from "medspa-ui";');
    const dialog = await bundled('export { BookingDialog } from "medspa-ui";');
    expect(explainer).not.toContain("calendly.event_scheduled");
    expect(dialog).toContain("calendly.event_scheduled");
  });
});
