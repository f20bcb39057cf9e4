// The docs site as it is hosted: `storybook build`, then its index must list the stories of every
// stories file (and each component's docs page), every MDX page, and the brand playground; and the
// playground's stories, opened in Chromium as a designer opens them (their play functions run),
// must end on a working brand. Writes vitest-style counts to $STORYBOOK_JSON_REPORT for CI.
//
//   node scripts/check-storybook-build.mjs
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright";
import { chromiumArgs, chromiumPath } from "./chromium-path.mjs";
import { serveStatic } from "./serve-static.mjs";

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

/** A title as Storybook turns it into an id prefix: "Theming/Brand playground" -> "theming-brand-playground". */
const idOf = (title) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The first `pattern` match of each file in stories/ whose name ends with `suffix`. */
const titlesIn = (suffix, pattern) =>
  readdirSync("stories")
    .filter((file) => file.endsWith(suffix))
    .map((file) => readFileSync(path.join("stories", file), "utf8").match(pattern)?.[1])
    .filter((title) => title !== undefined);

if (build.status === 0) {
  const ids = Object.keys(JSON.parse(readFileSync("storybook-static/index.json", "utf8")).entries);
  const prefixed = (prefix) => ids.filter((id) => id.startsWith(`${prefix}--`));
  for (const title of titlesIn(".stories.tsx", /title: "([^"]+)"/)) {
    const stories = prefixed(idOf(title));
    // Components get a docs page of their own (autodocs); every stories file lists its stories.
    const docsNeeded = title.startsWith("Components/");
    check(
      `${title}: ${docsNeeded ? "a docs page and " : ""}its stories`,
      stories.some((id) => !id.endsWith("--docs")) &&
        (!docsNeeded || stories.includes(`${idOf(title)}--docs`)),
      stories.join(", ") || "nothing",
    );
  }
  for (const title of titlesIn(".mdx", /<Meta title="([^"]+)"/)) {
    check(`the ${title} page`, ids.includes(`${idOf(title)}--docs`), `no ${idOf(title)}--docs`);
  }
  check(
    "the brand playground",
    ids.includes("theming-brand-playground--playground"),
    "no theming-brand-playground--playground",
  );
  await checkFirstViews([
    "theming-brand-playground--playground",
    "theming-brand-playground--from-a-preset",
  ]);
}

/**
 * Each story, opened from the built site, after its play function: no error on show and both
 * previews there. (The playground once greeted designers with the ThemeError its play function
 * had typed on the way.)
 */
async function checkFirstViews(storyIds) {
  const server = await serveStatic("storybook-static");
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    for (const id of storyIds) {
      const page = await browser.newPage();
      // Storybook's preview says on its channel when a story has rendered and its play function
      // has ended ("storyRendered"), or threw.
      await page.addInitScript(() => {
        const listen = () => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          if (channel === undefined) {
            setTimeout(listen, 10);
            return;
          }
          channel.on("storyRendered", () => {
            window.__storyDone = "rendered";
          });
          for (const event of [
            "playFunctionThrewException",
            "storyThrewException",
            "storyErrored",
          ]) {
            channel.on(event, (error) => {
              window.__storyDone = `${event}: ${error?.message ?? error?.title ?? ""}`;
            });
          }
        };
        listen();
      });
      let problem = "";
      try {
        await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=story`);
        const done = await page.waitForFunction(() => window.__storyDone, undefined, {
          timeout: 60_000,
        });
        const outcome = await done.jsonValue();
        if (outcome !== "rendered") {
          throw new Error(outcome);
        }
        const alerts = await page.locator("#storybook-root [role='alert']").allTextContents();
        const previews = await page.getByRole("region", { name: /^(Light|Dark) preview$/ }).count();
        if (alerts.length > 0) {
          problem = `shows "${alerts.join(" / ")}"`;
        } else if (previews !== 2) {
          problem = `${previews} previews`;
        }
      } catch (error) {
        problem = error.message.split("\n")[0];
      } finally {
        await page.close();
      }
      check(`${id}: opens on a working brand`, problem === "", problem);
    }
  } finally {
    await browser.close();
    server.close();
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
