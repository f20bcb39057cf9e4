import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryName } from "../../scripts/entry-name.mjs";

// Reads the built package (`npm test` builds before running vitest). React Server Components need
// "use client" at the top of every interactive module and nowhere else: a static component marked
// "use client" would ship JavaScript it does not need, an interactive one without it breaks in RSC.
const dist = path.resolve("dist");

function read(file: string): string {
  const full = path.join(dist, file);
  if (!existsSync(full)) {
    throw new Error(`${full} is missing: run \`npm run build\` before these tests.`);
  }
  return readFileSync(full, "utf8");
}

/** "use client" among the directives that open the file (CJS output puts "use strict" first). */
function startsWithUseClient(code: string): boolean {
  return /^(?:#![^\n]*\n)?(?:\s*["']use strict["'];)?\s*["']use client["'];/.test(code);
}

const clientEntries = [
  "side-effect-accordion",
  "procedure-faq",
  "results-gallery",
  "before-after-client",
  "procedure-page-client",
  "procedure-page-deferred",
  "aftercare-checklist",
  "booking-dialog",
  "booking-banner-client",
  // What a Server Component hands client components: a reference to the bundle (see below).
  "locales/fr-CA.client",
];
const serverSafeEntries = [
  "index",
  "content",
  "shared",
  "i18n",
  "theme",
  "seo",
  "procedure-explainer",
  "before-after",
  "booking-banner",
  "procedure-page",
  "theme-scope",
  "locales/fr-CA",
  "locales/fr-CA.server",
  // Plain DOM code the dialog imports inside a shadow root: no React, so no directive.
  "booking-dialog-shadow-root-focus",
];

describe("the built package", () => {
  describe.each(["js", "cjs"])("given the %s build", (extension) => {
    it.each(clientEntries)('should start %s with "use client"', (entry) => {
      expect(startsWithUseClient(read(`${entry}.${extension}`))).toBe(true);
    });

    it.each(serverSafeEntries)('should not mark %s "use client"', (entry) => {
      const code = read(`${entry}.${extension}`);
      expect(code).not.toMatch(/["']use client["']/);
    });
  });

  it("should keep zod out of every entry but medspa-ui/content", () => {
    const withZod = readdirSync(dist)
      .filter((file) => file.endsWith(".js"))
      .filter((file) => /from\s+["']zod["']/.test(read(file)));
    expect(withZod).toEqual(["content.js"]);
  });

  it("should keep French out of every entry but medspa-ui/locales/fr-CA", () => {
    // An English page downloads no other language: its strings live only in the locale bundle.
    // ASCII words: esbuild writes other characters as escapes (s\xE9ance).
    // The built-in messages only ("Jusqu'à votre prochaine séance"): the sample content of
    // medspa-ui/content is French too where it is the French sample, and belongs there.
    const french = /Effets secondaires|Temps de r|Anesth|votre prochaine s/;
    const withFrench = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => /\.(c?js)$/.test(file))
      .filter((file) => french.test(read(file)));
    // The custom elements' scripts speak English too: a French page adds
    // elements.fr-CA.global.js beside them.
    expect(withFrench.sort()).toEqual([
      "elements.fr-CA.global.js",
      "locales/fr-CA.cjs",
      "locales/fr-CA.js",
    ]);
  });

  it("should give React Server Components a French bundle whose client is a client module's reference", () => {
    // Under the react-server condition (what a Server Component imports), medspa-ui/locales/fr-CA
    // is the server file: the same bundle, its `client` taken from the "use client" file, which
    // the RSC bundler turns into a reference it can send to client components.
    const manifest = JSON.parse(readFileSync("package.json", "utf8"));
    const conditions = manifest.exports["./locales/fr-CA"];
    expect(Object.keys(conditions)[0]).toBe("react-server");
    expect(conditions["react-server"].import.default).toBe("./dist/locales/fr-CA.server.js");
    const server = read("locales/fr-CA.server.js");
    expect(server).toMatch(/import \{ frCA as reference \} from "\.\/fr-CA\.client\.js"/);
    expect(server).toMatch(/client: reference/);
    expect(read("locales/fr-CA.client.js")).toMatch(/export \{\s*frCA\s*\}|from "\.\/fr-CA\.js"/);
  });

  it("should not bundle one entry into another", () => {
    // Each component is its own file; the main entry only re-exports them.
    const index = read("index.js");
    for (const entry of [
      "side-effect-accordion",
      "aftercare-checklist",
      "booking-dialog",
      "procedure-explainer",
      "booking-banner",
      "theme-scope",
      "seo",
    ]) {
      expect(index).toContain(`from "./${entry}.js"`);
    }
    expect(index).not.toMatch(/function \w+\(/);
  });

  it("should publish each component as its own entry, the same exports as from medspa-ui", async () => {
    // `medspa-ui/procedure-explainer` is what a splitting bundler needs to load one component
    // alone (see scripts/size.mjs): each folder in src/components is one, and none can be missed.
    const manifest = JSON.parse(readFileSync("package.json", "utf8"));
    const root = await import(path.join(dist, "index.js"));
    const folders = readdirSync("src/components").filter((folder) =>
      existsSync(`src/components/${folder}/index.ts`),
    );
    expect(folders.length).toBeGreaterThan(6);
    for (const folder of folders) {
      const name = entryName(folder);
      expect(manifest.exports[`./${name}`]).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
      expect(manifest.typesVersions["*"][name]).toEqual([`./dist/${name}.d.cts`]);
      const entry = await import(path.join(dist, `${name}.js`));
      expect(Object.keys(entry)).toContain(folder);
      for (const [exported, value] of Object.entries(entry)) {
        expect(root[exported], `${name}: ${exported}`).toBe(value);
      }
    }
  });

  it("should build the script-tag elements on Preact, with React DOM only in their React twin", () => {
    // What only React DOM's production build holds: its licence line, its error URL, the property
    // it hangs a fibre on, and the symbol of its elements. Present in the React script, so these
    // words do find React DOM where it is.
    const reactDom = [
      "react-dom.production",
      "Minified React error",
      "__reactFiber",
      "react.transitional.element",
    ];
    const preactScript = read("elements.global.js");
    const reactScript = read("elements.react.global.js");
    for (const word of reactDom) {
      expect(preactScript, word).not.toContain(word);
      expect(reactScript, word).toContain(word);
    }
    expect(preactScript).toContain("Preact 10 | MIT License");
  });

  it("should load the booking dialog only when a banner opens it", () => {
    // A link-only banner must not pull Radix Dialog into the page's bundle.
    expect(read("booking-banner.js")).not.toMatch(/from "\.\/booking-dialog\.js"/);
    expect(read("booking-banner-client.js")).toMatch(/import\("\.\/booking-dialog\.js"\)/);
  });

  it("should load the shadow-root focus code only when the dialog opens inside a shadow root", () => {
    // Pages in the light DOM, where Radix's focus trap works, never download it.
    const dialog = read("booking-dialog.js");
    expect(dialog).toMatch(/import\("\.\/booking-dialog-shadow-root-focus\.js"\)/);
    expect(dialog).not.toMatch(/from "\.\/booking-dialog-shadow-root-focus\.js"/);
    expect(dialog).not.toContain("composedPath");
  });

  it("should ship one stylesheet in the medspa-ui cascade layer", () => {
    const css = read("styles.css");
    expect(css.startsWith("@layer medspa-ui;")).toBe(true);
    // Every line at the top level opens the layer, closes it, or is a comment.
    expect(css).not.toMatch(/^(?![\s}]|@layer medspa-ui|\/\*|$)/m);
  });
});
