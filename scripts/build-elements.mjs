// dist/elements.global.js: the custom elements as one classic script for a <script src> tag (the
// file npm CDNs serve), with React, the components, the French bundle and the stylesheet inside.
// The ES module build of the same elements (medspa-ui/elements, React as a peer) comes from tsup.
import { build } from "esbuild";
import { stylesheetTextPlugin } from "./styles.mjs";

await build({
  entryPoints: ["src/elements/index.ts"],
  outfile: "dist/elements.global.js",
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "eof",
  plugins: [stylesheetTextPlugin],
  logLevel: "warning",
});
console.log("dist/elements.global.js: the custom elements for a <script> tag");
