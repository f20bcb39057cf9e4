// Builds like `jsbundling-rails` with code splitting turned on (esbuild app/javascript/*.* --bundle
// --format=esm --splitting): the page loads application.js and the chunks it imports, and
// BookingBanner's dialog is its own chunk, fetched when a visitor opens it. The page imports each
// component from its own entry (medspa-ui/procedure-page): imported from "medspa-ui", esbuild would
// put every module the page and the dialog share through the root's re-exports into one chunk that
// loads up front (scripts/size.mjs measures both).
// The server part (what Rails' view would render) is bundled for Node with packages left external.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
mkdirSync("public/assets", { recursive: true });

await build({
  entryPoints: ["src/application.jsx"],
  bundle: true,
  format: "esm",
  splitting: true,
  minify: true,
  sourcemap: true,
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  outdir: "public/assets",
  logLevel: "warning",
});
await build({
  entryPoints: ["src/document.jsx"],
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  jsx: "automatic",
  outfile: "build/document.js",
  logLevel: "warning",
});
copyFileSync(require.resolve("medspa-ui/styles.css"), "public/assets/medspa-ui.css");
