// The package as npm publishes it, checked the way consumers resolve it: publint (strict) on its
// package.json and files, then Are the Types Wrong on the tarball of dist/ as built. It packs with
// --ignore-scripts because `npm test` has just built: `attw --pack` would run prepack and build
// everything again, half a minute on a 2-core machine.
//
//   npm run check:package   (part of npm test; needs npm run build first)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { packBuiltPackage } from "./build-package.mjs";

if (!existsSync(path.resolve("dist/index.d.ts"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const run = (command, args, options = {}) =>
  execFileSync(command, args, { stdio: "inherit", ...options });
const folder = mkdtempSync(path.join(tmpdir(), "medspa-ui-pack-"));
try {
  run("npx", ["publint", "--strict"]);
  const tarball = packBuiltPackage(process.cwd(), folder);
  // The stylesheet and the <script>-tag bundles have no types to resolve.
  run("npx", [
    "attw",
    tarball,
    "--exclude-entrypoints",
    "./styles.css",
    "./elements.global.js",
    "./elements.react.global.js",
    "./elements.fr-CA.global.js",
  ]);
} catch (error) {
  // publint and attw have printed why.
  process.exitCode = error.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
