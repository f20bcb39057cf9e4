// Builds like `jsbundling-rails` (esbuild app/javascript/*.* --bundle --format=esm): one browser
// bundle with no code splitting, so BookingBanner's lazily imported dialog lands in the same file.
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
