// What `npm publish` would upload, from a clean build (tsup empties dist/ first, so no file of an
// older build can slip in): exactly dist/, README.md, LICENSE, CHANGELOG.md and package.json,
// under a size budget. Exits 1 on any other file, a missing one, or a tarball over budget.
//
//   npm run publish:dry-run
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { buildPackage } from "./build-package.mjs";

// 863 kB with the CMS fields (issue 33: medspa-ui/cms/payload and /sanity, each in ESM and CJS
// with maps and types, and the model's descriptions in content.js); 819 kB with the results (issue 32: two component entries, the page's deferred part, both scripts
// grown by them, and the starter library's 24 drawings in dist/results/); 736 kB since the custom
// elements' script comes twice (issue 25: on Preact, and its React twin
// with React DOM inside, about 95 kB of the tarball), 648 kB with the starter library (issue 24:
// five whole care guides in English and French, in content.js, content.cjs and their source maps;
// typed by the model, so the .d.ts stays small), 567 kB after the care guide; the budget catches
// a stray file or a build that doubles, not steady growth.
const maxPackedBytes = 900_000;
const required = ["README.md", "LICENSE", "CHANGELOG.md", "package.json"];

buildPackage(process.cwd());
const output = execFileSync("npm", ["publish", "--dry-run", "--json", "--ignore-scripts"], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "ignore"],
});
const parsed = JSON.parse(output);
const tarball = parsed["medspa-ui"] ?? parsed;
const paths = tarball.files.map((file) => file.path);

// One check per rule, counted for CI's "N passed, N failed" (PUBLISH_JSON_REPORT).
const problems = [];
const checks = 3 + required.length;
for (const unexpected of paths.filter(
  (file) => !file.startsWith("dist/") && !required.includes(file),
)) {
  problems.push(`unexpected file in the tarball: ${unexpected}`);
}
for (const missing of required.filter((file) => !paths.includes(file))) {
  problems.push(`missing from the tarball: ${missing}`);
}
const entries = ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/styles.css"];
const missingEntries = entries.filter((entry) => !paths.includes(entry));
if (missingEntries.length > 0) {
  problems.push(`missing from the tarball: ${missingEntries.join(", ")}`);
}
if (tarball.size > maxPackedBytes) {
  problems.push(`the tarball is ${tarball.size} B, over the ${maxPackedBytes} B budget`);
}

console.log(
  `publish dry run: ${tarball.name}@${tarball.version}, ${paths.length} files, ` +
    `${tarball.size} B packed (budget ${maxPackedBytes} B), ${tarball.unpackedSize} B unpacked`,
);
for (const problem of problems) {
  console.error(`  ✗ ${problem}`);
}
if (process.env.PUBLISH_JSON_REPORT) {
  const failed = Math.min(problems.length, checks);
  writeFileSync(
    process.env.PUBLISH_JSON_REPORT,
    JSON.stringify({ numPassedTests: checks - failed, numFailedTests: failed }),
  );
}
process.exit(problems.length === 0 ? 0 : 1);
