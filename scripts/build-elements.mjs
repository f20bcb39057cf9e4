// The custom elements as classic scripts for a <script src> tag (the files npm CDNs serve), each
// with a renderer, the components, the French bundle and the stylesheet inside:
//
//   dist/elements.global.js        on Preact 10 through preact/compat: about half the bytes, for
//                                  WordPress, Webflow, Squarespace and plain HTML pages
//   dist/elements.react.global.js  the same elements on React 19, for a site that meets a
//                                  difference between the two
//   dist/elements.fr-CA.global.js  Canadian French for either, a script of its own: the elements
//                                  speak English, so an English page downloads no French
//
// Both run the same source (src/elements): the Preact build swaps React for preact/compat at
// bundle time, as a Preact app's bundler does. test/package/elements-script.test.ts checks that
// React DOM stays out of the Preact script; the plain-HTML example runs its whole suite on it.
// The ES module build of the same elements (medspa-ui/elements, React as a peer) comes from tsup.
//
// esbuild bundles and minifies; terser then compresses the one file again. A classic script cannot
// split its code, so every byte of it is paid on each page that shows one element: terser's
// second pass and its frequency-ordered short names take about 3 kB gzip off the Preact script
// (64.6 to 61.8 kB, measured with `npm run size`), at about 4 s of build time.
import { writeFileSync } from "node:fs";
import { build } from "esbuild";
import { minify } from "terser";
import { stylesheetTextPlugin } from "./styles.mjs";

/** Every React module the components import, and what preact/compat puts in its place. */
export const preactAliases = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  "react-dom/client": "preact/compat/client",
  "react/jsx-runtime": "preact/jsx-runtime",
};

// React's files carry their licence comments, which legalComments keeps; Preact's do not.
const preactLicence = "/*! Preact 10 | MIT License | Copyright (c) 2015-present Jason Miller */";
const scripts = [
  {
    entry: "src/elements/index.ts",
    outfile: "dist/elements.global.js",
    alias: preactAliases,
    what: "the custom elements for a <script> tag, on Preact",
    footer: { js: preactLicence },
  },
  {
    entry: "src/elements/index.ts",
    outfile: "dist/elements.react.global.js",
    alias: {},
    what: "the custom elements for a <script> tag, on React",
  },
  {
    // No renderer inside: the same file serves both scripts above.
    entry: "src/elements/fr-CA.ts",
    outfile: "dist/elements.fr-CA.global.js",
    alias: {},
    what: "Canadian French for the custom elements' scripts",
  },
];

for (const { entry, outfile, alias, what, footer } of scripts) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    alias,
    footer,
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "eof",
    plugins: [stylesheetTextPlugin],
    logLevel: "warning",
    write: false,
  });
  const { code } = await minify(outputFiles[0].text, { ecma: 2020, compress: { passes: 2 } });
  writeFileSync(outfile, code);
  console.log(`${outfile}: ${what}`);
}
