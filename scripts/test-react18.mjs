// Runs the unit project's React tests (jsdom: rendering, server rendering + hydration under
// StrictMode, the esbuild bundle of dist/) on React 18.3, the oldest React of the peer range, in a
// temporary copy of the repository, so the working tree's node_modules keep React 19.
// The `server` project (React Server Components) needs React 19 and stays on it. The tests that
// render nothing (content, theme, CLI, release checks: the .ts files) do not depend on React and
// run once, in `npm test`.
//
//   node scripts/test-react18.mjs [vitest args...]
//   VITEST_JSON_REPORT=test-results/react18.json node scripts/test-react18.mjs
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildPackage } from "./build-package.mjs";

const root = process.cwd();
const react18 = ["react@18.3.1", "react-dom@18.3.1", "@types/react@18.3", "@types/react-dom@18.3"];
const copy = mkdtempSync(path.join(tmpdir(), "medspa-ui-react18-"));
const skip = new Set([
  "node_modules",
  "dist",
  ".git",
  "storybook-static",
  "test-results",
  "examples",
]);

function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: copy, stdio: "inherit", ...options });
}

let status = 0;
try {
  for (const entry of readdirSync(root)) {
    if (!skip.has(entry)) {
      cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
    }
  }
  console.log(`React 18: installing ${react18.join(" ")} into ${copy}`);
  try {
    // This tree's packages, hard-linked (seconds, no space) rather than installed again (45 s).
    // npm replaces a package it changes instead of writing into its files, so the links it keeps
    // stay as they are; the files npm or Vite would write in place (the hidden lockfile, caches)
    // are unlinked first.
    run("cp", ["-al", path.join(root, "node_modules"), path.join(copy, "node_modules")]);
    for (const own of [".package-lock.json", ".vite", ".vitest", ".cache"]) {
      rmSync(path.join(copy, "node_modules", own), { recursive: true, force: true });
    }
  } catch {
    // Another file system (no hard links across devices): install the lockfile's packages.
    rmSync(path.join(copy, "node_modules"), { recursive: true, force: true });
    run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
  }
  // react-server-dom-webpack (the server project only) declares React 19 as its peer.
  run("npm", [
    "install",
    "--no-save",
    "--legacy-peer-deps",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    ...react18,
  ]);
  const version = execFileSync("node", ["-p", "require('react/package.json').version"], {
    cwd: copy,
    encoding: "utf8",
  }).trim();
  if (!version.startsWith("18.")) {
    throw new Error(`expected React 18 in the copy, found ${version}`);
  }
  // The build does not depend on the React installed (React stays external), so the copy takes
  // this tree's dist/.
  buildPackage(root);
  cpSync(path.join(root, "dist"), path.join(copy, "dist"), { recursive: true });
  const report = process.env.VITEST_JSON_REPORT;
  // A filter is a part of a test file's path: every .tsx file renders React; the esbuild test
  // renders the bundled dist/. The production project renders with React's production build.
  const filters =
    process.argv.length > 2 ? process.argv.slice(2) : [".tsx", "test/package/esbuild"];
  run("npx", ["vitest", "run", "--project", "unit", "--project", "production", ...filters], {
    // The report belongs in this repository's test-results, not in the copy that is removed.
    env: { ...process.env, ...(report ? { VITEST_JSON_REPORT: path.resolve(root, report) } : {}) },
  });
} catch (error) {
  console.error(`React 18 run failed: ${error.message}`);
  status = 1;
} finally {
  rmSync(copy, { recursive: true, force: true });
}
process.exit(status);
