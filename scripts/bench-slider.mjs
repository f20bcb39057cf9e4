// `npm run bench:slider`: what dragging the before-and-after slider costs, in Debian's Chromium at
// 4× CPU throttling, on the built package (dist/, bundled in production with react-dom/profiling).
//
// - React commits during a 200-move drag: the position goes through the CSSOM, so 0 (gates CI);
// - layout shift while the page loads, its photos arrive a second late and the slider takes over
//   from the photos side by side: 0 (gates CI);
// - long tasks (over 50 ms) during the drag, and the slowest move's time to the next frame: printed
//   (timings are measurements on a noisy machine, not tests).
//
//   npm run bench:slider [-- --check]     $BENCH_SLIDER_JSON_REPORT gets the counts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { buildPackage } from "./build-package.mjs";
import { chromiumArgs, chromiumPath } from "./chromium-path.mjs";
import { printTable } from "./print-table.mjs";

const check = process.argv.includes("--check");
const moves = 200;
const photoDelay = 1000;

buildPackage(process.cwd());
const out = mkdtempSync(path.join(tmpdir(), "medspa-ui-slider-"));
process.on("exit", () => rmSync(out, { recursive: true, force: true }));
await build({
  entryPoints: ["scripts/bench/slider-page.jsx"],
  outfile: path.join(out, "page.js"),
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  jsx: "automatic",
  alias: {
    "medspa-ui/content": path.resolve("dist/content.js"),
    "medspa-ui/results-gallery": path.resolve("dist/results-gallery.js"),
    // Profiler's onRender runs in production only with the profiling build.
    "react-dom/client": "react-dom/profiling",
  },
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "error",
});
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/styles.css"></head>
<body><div id="root"></div><script type="module" src="/page.js"></script></body></html>`;

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
  if (pathname.startsWith("/medspa-ui/results/")) {
    // The photos arrive late, as on a slow connection: their boxes must already be there.
    setTimeout(() => {
      response.writeHead(200, { "content-type": "image/svg+xml" });
      response.end(readFileSync(path.join("dist/results", path.basename(pathname))));
    }, photoDelay);
    return;
  }
  const files = {
    "/": ["text/html", html],
    "/page.js": ["text/javascript", readFileSync(path.join(out, "page.js"))],
    "/styles.css": ["text/css", readFileSync("dist/styles.css")],
  };
  const file = files[pathname];
  if (file === undefined) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": file[0] });
  response.end(file[1]);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(() => {
  window.__layoutShift = 0;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) {
        window.__layoutShift += entry.value;
      }
    }
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push(entry.duration);
    }
  }).observe({ type: "longtask", buffered: true });
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await page.goto(origin);
const slider = page.locator('[data-slot="before-after-slider"]').first();
await slider.waitFor();
// Every photo in and decoded, the slider in place: what loading shifted is known.
await page.waitForFunction(() => [...document.images].every((image) => image.complete), null, {
  timeout: 30_000,
});
await page.evaluate(
  () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
);
const loadShift = await page.evaluate(() => window.__layoutShift);

await slider.scrollIntoViewIfNeeded();
const box = await slider.boundingBox();
await page.evaluate(() => {
  window.__commits = 0;
  window.__longTasks = [];
});
const middle = box.y + box.height / 2;
const frameTimes = [];
await page.mouse.move(box.x + 2, middle);
await page.mouse.down();
for (let step = 0; step < moves; step++) {
  // Back and forth across the photo, one real pointer move each.
  const share = Math.abs(((step * 2) / moves) * 2 - 2) / 2;
  const started = Date.now();
  await page.mouse.move(box.x + 2 + share * (box.width - 4), middle);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  frameTimes.push(Date.now() - started);
}
await page.mouse.up();
const { commits, longTasks, valueText } = await page.evaluate(() => ({
  commits: window.__commits,
  longTasks: window.__longTasks,
  valueText: document
    .querySelector('[data-slot="before-after-slider"]')
    .getAttribute("aria-valuetext"),
}));
await browser.close();
server.close();

frameTimes.sort((a, b) => a - b);
const rows = [
  ["measure", "value", "budget", ""],
  [
    `React commits during a ${moves}-move drag, 4× CPU`,
    String(commits),
    "0",
    commits === 0 ? "ok" : "MISSED",
  ],
  [
    `layout shift: load, photos ${photoDelay} ms late, slider taking over`,
    loadShift.toFixed(4),
    "0",
    loadShift === 0 ? "ok" : "MISSED",
  ],
  ["long tasks (> 50 ms) during the drag", String(longTasks.length), "reported", ""],
  [
    "pointer move to next frame, median / p95 / max",
    `${frameTimes[Math.floor(moves / 2)]} / ${frameTimes[Math.floor(moves * 0.95)]} / ${frameTimes.at(-1)} ms`,
    "reported",
    "",
  ],
  ["the slider's value text after the drag", valueText ?? "(none)", "", ""],
];
printTable(rows);
const failed = (commits === 0 ? 0 : 1) + (loadShift === 0 ? 0 : 1);
if (process.env.BENCH_SLIDER_JSON_REPORT) {
  writeFileSync(
    process.env.BENCH_SLIDER_JSON_REPORT,
    JSON.stringify({
      numPassedTests: 2 - failed,
      numFailedTests: failed,
      numTotalTestSuites: 1,
      success: failed === 0,
    }),
  );
}
if (check && failed > 0) {
  process.exit(1);
}
