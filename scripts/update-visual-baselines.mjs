// npm run test:visual:update [-- vitest options, e.g. -t "ProcedurePage"]
// Rewrites the visual baselines a change moved, then recompresses the ones that changed: git keeps
// every version of every PNG, and Chromium's encoder leaves them about twice the size optipng
// makes them (losslessly: the comparison decodes pixels, so it is unaffected).
import { execFileSync, spawnSync } from "node:child_process";
import { baselineDirectory } from "./visual-baselines.mjs";

const optipng = spawnSync("optipng", ["-v"], { stdio: "ignore" });
if (optipng.error !== undefined) {
  console.error(
    [
      "medspa-ui: optipng is needed to compress the baselines this writes.",
      "Install Debian's package (as root): apt-get update && apt-get install -y optipng",
    ].join("\n"),
  );
  process.exit(1);
}

const vitest = spawnSync(
  "npx",
  ["vitest", "run", "--config", "vitest.visual.config.ts", "--update", ...process.argv.slice(2)],
  { stdio: "inherit" },
);

// New and modified PNGs only: the untouched ones were compressed when they were written.
const changed = execFileSync(
  "git",
  ["status", "--porcelain", "--untracked-files=all", "--", baselineDirectory],
  { encoding: "utf8" },
)
  .split("\n")
  .filter((line) => line.endsWith(".png") && !line.startsWith(" D"))
  .map((line) => line.slice(3));

if (changed.length > 0) {
  console.log(`Compressing ${changed.length} changed baseline(s) with optipng...`);
  execFileSync("optipng", ["-quiet", "-o2", "-strip", "all", ...changed], { stdio: "inherit" });
}
console.log(
  `Open each changed PNG before committing it: git status ${baselineDirectory} lists them.`,
);
process.exit(vitest.status ?? 1);
