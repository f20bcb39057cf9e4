// The docs site as it is hosted: `storybook build`, then its index must list every component's
// docs page and stories, the brand playground, and every MDX page. Writes vitest-style counts to
// $STORYBOOK_JSON_REPORT for CI.
//
//   node scripts/check-storybook-build.mjs
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const results = [];
const check = (name, ok, detail = "") => {
  results.push({ name, ok });
  console.log(`${ok ? "✓" : "✗"} ${name}${ok || detail === "" ? "" : `: ${detail}`}`);
};

const build = spawnSync("npx", ["storybook", "build", "--quiet"], {
  stdio: "inherit",
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1" },
});
check("storybook build exits 0", build.status === 0, `exit ${build.status}`);

if (build.status === 0) {
  const { entries } = JSON.parse(readFileSync("storybook-static/index.json", "utf8"));
  const ids = Object.keys(entries);
  const components = [
    "aftercarechecklist",
    "bookingbanner",
    "bookingdialog",
    "procedureexplainer",
    "procedurepage",
    "sideeffectaccordion",
  ];
  for (const component of components) {
    const stories = ids.filter((id) => id.startsWith(`components-${component}--`));
    check(
      `${component}: a docs page and its stories`,
      stories.includes(`components-${component}--docs`) && stories.length > 1,
      stories.join(", "),
    );
  }
  check(
    "the brand playground",
    ids.includes("theming-brand-playground--playground"),
    "no theming-brand-playground--playground",
  );
  for (const page of ["introduction", "recipes", "custom-elements", "content-model"]) {
    check(
      `the ${page} page`,
      ids.some((id) => id.startsWith(`${page}--`)),
      ids.join(", "),
    );
  }
}

const failed = results.filter((result) => !result.ok).length;
if (process.env.STORYBOOK_JSON_REPORT) {
  writeFileSync(
    process.env.STORYBOOK_JSON_REPORT,
    JSON.stringify({
      numPassedTests: results.length - failed,
      numFailedTests: failed,
      numTotalTestSuites: 1,
      success: failed === 0,
    }),
  );
}
process.exit(failed === 0 ? 0 : 1);
