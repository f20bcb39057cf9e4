// Proves the published package where users are: packs medspa-ui, installs the tarball into each
// app in examples/ (each with its own lockfile and bundler), builds it, serves it on 127.0.0.1 and
// drives it in Debian's Chromium with Playwright.
//
//   node scripts/test-examples.mjs [--skip-build] [--skip-install] [name ...]
//   EXAMPLES_PREINSTALLED=1: each example's `npm ci` already ran (CI does it in the background)
//
// Every request to a host other than this machine is answered by Playwright itself (a fake
// vendor booking page for the booking iframe) or refused: nothing leaves the machine.
// With EXAMPLES_JSON_REPORT=file it writes { numPassedTests, numFailedTests } for CI's summary.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { buildPackage, packBuiltPackage } from "./build-package.mjs";
import { chromiumArgs, chromiumPath } from "./chromium-path.mjs";
import { serveStatic } from "./serve-static.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const argv = process.argv.slice(2);
const skipBuild = argv.includes("--skip-build");
const skipInstall = skipBuild || argv.includes("--skip-install");
const only = argv.filter((argument) => !argument.startsWith("--"));

/** Each example: how to build and serve it, which pages to open, and what it promises. */
const examples = [
  {
    name: "next-app",
    port: 4301,
    start: (port) => [
      "npx",
      ["--no-install", "next", "start", "-p", String(port), "-H", "127.0.0.1"],
    ],
    paths: ["/lakeshore/microneedling", "/willow/chemical-peel", "/harbour/dermal-filler"],
    strictCsp: true,
    also: (browser, example) => testStarterRoutes(browser, example),
  },
  {
    name: "vite-app",
    port: 4302,
    start: (port) => [
      "npx",
      [
        "--no-install",
        "vite",
        "preview",
        "--port",
        String(port),
        "--strictPort",
        "--host",
        "127.0.0.1",
      ],
    ],
    paths: ["/"],
    react: "18",
  },
  {
    name: "esbuild-app",
    port: 4303,
    start: () => ["node", ["server.mjs"]],
    paths: ["/"],
    strictCsp: true,
    also: (_browser, example) =>
      check(
        `${example.name}: built with --splitting, the dialog in a chunk of its own`,
        async () => {
          const assets = path.join(root, "examples", example.name, "public/assets");
          const application = readFileSync(path.join(assets, "application.js"), "utf8");
          assert(/from"\.\/chunk-[\w-]+\.js"/.test(application), "application.js imports no chunk");
          assert(
            readdirSync(assets).some((file) => /^booking-dialog-[\w-]+\.js$/.test(file)),
            "no chunk for the banner's lazily loaded dialog",
          );
        },
      ),
  },
  { name: "webpack-app", port: 4304, staticDirectory: "dist", paths: ["/"] },
  {
    name: "plain-html",
    renderer: "Preact",
    port: 4305,
    staticDirectory: "public",
    paths: ["/"],
    test: (browser, example) => testPlainHtml(browser, example),
  },
  {
    // The same page and checks on the React build of the script, published beside it for a site
    // that meets a difference between Preact and React.
    name: "plain-html-react",
    renderer: "React",
    folder: "plain-html",
    buildEnvironment: { ELEMENTS_SCRIPT: "elements.react.global.js" },
    port: 4306,
    staticDirectory: "public",
    paths: ["/"],
    test: (browser, example) => testPlainHtml(browser, example),
  },
  {
    // Payload's Local API on SQLite: its build saves the starter library through medspa-ui's
    // collections, reads it back and renders the pages (prove.mjs, each check in its report);
    // the two pages are then opened as a visitor would.
    name: "payload-sqlite",
    port: 4307,
    staticDirectory: "public",
    paths: ["/en.html", "/fr-CA.html"],
    report: "public/report.json",
    test: (browser, example) => testCmsPages(browser, example),
    also: (_browser, example) =>
      check(
        `${example.name}: a TypeScript payload.config takes the collections as they are`,
        () => {
          run(
            path.join(root, "node_modules/.bin/tsc"),
            [
              ...["--ignoreConfig", "--noEmit", "--skipLibCheck", "--strict", "--types", "node"],
              ...["--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022"],
              "typed-config.ts",
            ],
            path.join(root, "examples", example.name),
          );
        },
      ),
  },
].filter((example) => only.length === 0 || only.includes(example.name));

const results = [];
function record(name, error) {
  results.push({ name, error });
  console.log(
    error === undefined
      ? `  ✓ ${name}`
      : `  ✗ ${name}\n      ${String(error.message ?? error)
          .split("\n")
          .join("\n      ")}`,
  );
}

async function check(name, body) {
  try {
    await body();
    record(name);
  } catch (error) {
    record(name, error);
  }
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function run(command, args, cwd, environment = {}) {
  execFileSync(command, args, {
    cwd,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...environment },
  });
}

function packTarball() {
  const destination = path.join(root, "test-results");
  mkdirSync(destination, { recursive: true });
  buildPackage(root);
  return packBuiltPackage(root, destination);
}

async function startServer(example, directory) {
  if (example.staticDirectory !== undefined) {
    const server = await serveStatic(path.join(directory, example.staticDirectory), example.port);
    return server.close;
  }
  const [command, args] = example.start(example.port);
  const child = spawn(command, args, {
    cwd: directory,
    env: { ...process.env, PORT: String(example.port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${example.port}${example.paths[0]}`);
      return stop;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  stop();
  throw new Error(`${example.name} did not answer on port ${example.port} within 60 s`);
}

const fakeVendorPage = `<!doctype html><html lang="en"><head><title>Fake booking page</title></head>
<body><main><h1>Pick a time</h1><button type="button">10:00</button></main></body></html>`;

/**
 * A fresh browser context whose outside requests never leave the machine: the booking vendor's
 * page is answered here, anything else refused and remembered. Console errors and warnings, page
 * errors and CSP violations are collected for the page's checks.
 */
async function openPage(browser, url) {
  const context = await browser.newContext();
  const problems = [];
  const refused = [];
  await context.route(
    (requestUrl) => !["127.0.0.1", "localhost"].includes(requestUrl.hostname),
    (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === "calendly.com" || hostname.endsWith(".as.me")) {
        return route.fulfill({ status: 200, contentType: "text/html", body: fakeVendorPage });
      }
      refused.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  // The starter library's drawings, which a site that shows the samples copies from
  // medspa-ui/results to /medspa-ui/results (README): served here from the build for every app.
  await context.route(
    (requestUrl) =>
      ["127.0.0.1", "localhost"].includes(requestUrl.hostname) &&
      requestUrl.pathname.startsWith("/medspa-ui/results/"),
    (route) =>
      route.fulfill({
        status: 200,
        contentType: "image/svg+xml",
        body: readFileSync(
          path.join("dist/results", path.basename(new URL(route.request().url()).pathname)),
        ),
      }),
  );
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`,
      );
    });
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (["error", "warning"].includes(message.type())) {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(url);
    await page.waitForSelector("html[data-ready='true']", { timeout: 15_000 });
  } catch (error) {
    await context.close();
    throw new Error([error.message.split("\n")[0], ...problems].join("\n"));
  }
  return { context, page, problems, refused };
}

const publicComponents = {
  ProcedurePage: '[data-slot="procedure-page"]',
  ProcedureExplainer: '[data-slot="procedure-explainer"]',
  SideEffectAccordion: '[data-slot="side-effect-accordion"]',
  ProcedureFaq: '[data-slot="procedure-faq"]',
  BeforeAfter: '[data-slot="before-after"]',
  ResultsGallery: '[data-slot="results-gallery"]',
  AftercareChecklist: '[data-slot="aftercare-checklist"]',
  BookingBanner: '[data-slot="booking-banner"]',
  JsonLd: 'script[type="application/ld+json"]',
  ThemeScope: "[data-msu-theme]",
};

async function expectDialogCycle(page, triggerName) {
  const trigger = page.getByRole("button", { name: triggerName }).first();
  await trigger.click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor({ state: "visible", timeout: 10_000 });
  assert((await dialog.getAttribute("aria-modal")) === "true", "the dialog is not aria-modal");
  for (let step = 0; step < 8; step++) {
    await page.keyboard.press("Tab");
    // Focus entering the vendor's cross-site iframe (its own process) reaches the parent
    // document a moment later; until then activeElement is <body>. Wait for it to settle.
    const settled = await page
      .waitForFunction(
        () => document.querySelector('[role="dialog"]')?.contains(document.activeElement),
        undefined,
        { timeout: 2_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!settled) {
      const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
      throw new Error(`focus left the dialog after ${step + 1} Tab presses, for ${where}`);
    }
  }
  // Keys pressed inside the vendor's cross-origin iframe go to its document, where no page can
  // hear them: Escape closes the dialog from anywhere else in it.
  while (await page.evaluate(() => document.activeElement?.localName === "iframe")) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached", timeout: 5_000 });
  // Radix's FocusScope gives focus back in a task after the dialog unmounts (setTimeout 0), which
  // on a loaded machine can come after the node has left the DOM: wait for it, as a user would.
  const focusReturned = await trigger
    .evaluate(
      (element) =>
        new Promise((resolve) => {
          const deadline = Date.now() + 2_000;
          const poll = () =>
            element === document.activeElement || Date.now() > deadline
              ? resolve(element === document.activeElement)
              : setTimeout(poll, 20);
          poll();
        }),
    )
    .catch(() => false);
  assert(focusReturned, `focus did not return to "${triggerName}" after Escape`);
}

/** The checks a build ran itself (examples/payload-sqlite/prove.mjs), each counted as one. */
function recordBuildReport(example, directory) {
  const file = path.join(directory, example.report);
  let entries;
  try {
    entries = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    record(`${example.name}: its build wrote a report`, error);
    return;
  }
  for (const entry of entries) {
    record(
      `${example.name}: ${entry.name}`,
      entry.error === undefined ? undefined : new Error(entry.error),
    );
  }
}

/** Server-rendered pages from a CMS's content: what a visitor sees, in each language. */
async function testCmsPages(browser, example) {
  for (const pagePath of example.paths) {
    const label = `${example.name} ${pagePath}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") {
        problems.push(message.text());
      }
    });
    page.on("requestfailed", (request) => problems.push(`${request.url()} failed`));
    try {
      await check(`${label}: shows the treatment, its results and their photos`, async () => {
        await page.goto(`http://127.0.0.1:${example.port}${pagePath}`);
        const lang = await page.locator("html").getAttribute("lang");
        const heading = page.getByRole("heading", { level: 2 }).first();
        assert((await heading.textContent())?.trim(), "no treatment heading");
        const section = page.locator('[data-section="results"]');
        await section.scrollIntoViewIfNeeded();
        const photos = section.locator("img");
        assert((await photos.count()) >= 2, "no photos in the results");
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('[data-section="results"] img')]
              .filter((image) => image.loading !== "lazy")
              .every((image) => image.complete && image.naturalWidth > 0),
          undefined,
          { timeout: 10_000 },
        );
        assert(problems.length === 0, problems.join("\n"));
        assert(lang === pagePath.slice(1, -5), `lang="${lang}"`);
      });
      await check(`${label}: axe finds no violation`, async () => {
        await page.addScriptTag({ path: path.join(root, "node_modules/axe-core/axe.min.js") });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document);
          return result.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
          );
        });
        assert(violations.length === 0, violations.join("\n"));
      });
    } finally {
      await context.close();
    }
  }
}

async function testPage(browser, example, pagePath) {
  const label = `${example.name} ${pagePath}`;
  const url = `http://127.0.0.1:${example.port}${pagePath}`;
  let session;
  await check(`${label}: loads and hydrates`, async () => {
    session = await openPage(browser, url);
  });
  if (session === undefined) {
    return;
  }
  const { context, page, problems, refused } = session;
  try {
    await check(`${label}: renders every public component`, async () => {
      for (const [component, selector] of Object.entries(publicComponents)) {
        // ProcedurePage's results arrive with their own chunk, a moment after a browser-rendered
        // page (a server's HTML has them from the start).
        const present = await page
          .locator(selector)
          .first()
          .waitFor({ state: "attached", timeout: 10_000 })
          .then(
            () => true,
            () => false,
          );
        assert(present, `${component} (${selector}) is missing`);
      }
      const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
      assert(JSON.parse(jsonLd ?? "")["@graph"].length >= 2, "the structured data has no graph");
    });
    await check(`${label}: the accordion opens and closes`, async () => {
      const trigger = page.locator('[data-slot="side-effect-accordion-trigger"]').first();
      await trigger.click();
      assert(
        (await trigger.getAttribute("aria-expanded")) === "true",
        "the first item did not open",
      );
      await trigger.click();
      assert(
        (await trigger.getAttribute("aria-expanded")) === "false",
        "the first item did not close",
      );
    });
    await check(`${label}: a question opens its answer`, async () => {
      const trigger = page.locator('[data-slot="procedure-faq-trigger"]').first();
      await trigger.click();
      assert((await trigger.getAttribute("aria-expanded")) === "true", "the answer did not open");
    });
    await check(`${label}: a checklist tick survives a reload`, async () => {
      const box = page.locator('[data-slot="aftercare-checklist"] input[type="checkbox"]').first();
      await box.check();
      await page.reload();
      await page.waitForSelector("html[data-ready='true']");
      await page
        .locator('[data-slot="aftercare-checklist"] input[type="checkbox"]')
        .first()
        .waitFor({ state: "attached" });
      await page.waitForFunction(
        () =>
          document.querySelector('[data-slot="aftercare-checklist"] input[type="checkbox"]')
            ?.checked === true,
        undefined,
        { timeout: 5_000 },
      );
    });
    await check(
      `${label}: BookingDialog opens, keeps focus inside, closes on Escape, returns focus`,
      () => expectDialogCycle(page, "Book a consultation"),
    );
    if ((await page.getByRole("button", { name: "Book online" }).count()) > 0) {
      await check(`${label}: the banner's lazily loaded dialog does the same`, () =>
        expectDialogCycle(page, "Book online"),
      );
    }
    if ((await page.locator('[data-slot="before-after"]').count()) > 0) {
      // Real keys and a real drag (Playwright's input, not synthetic events): the native range
      // steps, and the divider moves through the CSSOM, which a strict CSP allows.
      await check(`${label}: the before-and-after slider answers keys and a drag`, async () => {
        const slider = page.locator('[data-slot="before-after-slider"]').first();
        await slider.waitFor({ timeout: 10_000 });
        await slider.scrollIntoViewIfNeeded();
        await slider.focus();
        const says = async (expected) =>
          assert(
            (await slider.getAttribute("aria-valuetext")) === expected,
            `the slider says "${await slider.getAttribute("aria-valuetext")}", not "${expected}"`,
          );
        await page.keyboard.press("End");
        await says("Before photo only");
        await page.keyboard.press("Home");
        await says("After photo only");
        await page.keyboard.press("ArrowRight");
        await says("1% before, 99% after");
        await page.keyboard.press("PageUp");
        assert(Number(await slider.inputValue()) > 1, "Page Up did not move the slider");
        const box = await slider.boundingBox();
        const middle = box.y + box.height / 2;
        await page.mouse.move(box.x + box.width * 0.2, middle);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.75, middle, { steps: 8 });
        await page.mouse.up();
        const value = Number(await slider.inputValue());
        assert(value >= 70 && value <= 80, `a drag to three quarters left the slider at ${value}`);
        const clip = await slider.evaluate(
          (input) =>
            getComputedStyle(input.parentElement.querySelector('[data-photo="before"]')).clipPath,
        );
        assert(/inset\(.*2[0-9](\.\d+)?%/.test(clip), `the before photo is clipped as ${clip}`);
      });
    }
    await check(`${label}: no console error or warning, no page error`, async () => {
      assert(problems.length === 0, problems.join("\n"));
    });
    await check(`${label}: no Content-Security-Policy violation`, async () => {
      const violations = await page.evaluate(() => window.__cspViolations);
      assert(violations.length === 0, violations.join("\n"));
      if (example.strictCsp) {
        const response = await page.request.get(url);
        const policy = response.headers()["content-security-policy"] ?? "";
        assert(/script-src [^;]*'nonce-/.test(policy), `no nonce-based script-src in "${policy}"`);
      }
    });
    if (refused.length > 0) {
      console.log(`    (refused outside requests: ${[...new Set(refused)].join(", ")})`);
    }
  } finally {
    await context.close();
  }
}

/**
 * Every treatment of the starter library has its own route, in English and in French, that
 * renders the whole page (its name, its questions) and hydrates without a console error.
 */
async function testStarterRoutes(browser, example) {
  const { examples, examplesFrCA } = await import(
    pathToFileURL(path.join(root, "dist/content.js")).href
  );
  for (const [prefix, library, questions] of [
    ["", examples, "Questions patients ask"],
    ["fr/", examplesFrCA, "Questions fréquentes"],
  ]) {
    const { clinic: _, ...treatments } = library;
    for (const procedure of Object.values(treatments)) {
      const pagePath = `/lakeshore/${prefix}${procedure.id}`;
      await check(`${example.name} ${pagePath}: the whole page, hydrated`, async () => {
        const { context, page, problems } = await openPage(
          browser,
          `http://127.0.0.1:${example.port}${pagePath}`,
        );
        try {
          await page.getByRole("heading", { level: 2, name: procedure.name }).waitFor();
          await page.getByRole("heading", { name: questions }).waitFor();
          const faq = await page.locator('[data-slot="procedure-faq-trigger"]').count();
          assert(faq === procedure.faq.length, `${faq} questions of ${procedure.faq.length}`);
          assert(problems.length === 0, problems.join("\n"));
        } finally {
          await context.close();
        }
      });
    }
  }
}

/** The CommonJS and ES builds load from plain Node, with the same exports (formerly the smoke test). */
function checkNodeLoading(directory) {
  const script = `
    const assert = require("node:assert");
    const cjs = require("medspa-ui");
    const content = require("medspa-ui/content");
    assert.strictEqual(content.parseProcedure(content.examples.microneedling).id, "microneedling");
    assert.throws(() => content.parseProcedure({}), content.ContentError);
    const theme = require("medspa-ui/theme");
    assert.deepStrictEqual(theme.checkContrast(theme.getPreset("rose-gold")), []);
    import("medspa-ui").then((esm) => {
      const names = (module) => Object.keys(module).filter((key) => key !== "default").sort();
      assert.deepStrictEqual(names(esm), names(cjs));
    });
  `;
  execFileSync("node", ["-e", script], { cwd: directory, stdio: "inherit" });
}

/** The element focused now, looking into open shadow roots. */
function deepActiveElementIn(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return active === null
      ? "none"
      : `${active.localName}${active.getAttribute("data-slot") ? `[${active.getAttribute("data-slot")}]` : ""}:${active.textContent?.trim().slice(0, 40) ?? ""}`;
  });
}

/**
 * The custom elements on a plain HTML page (examples/plain-html): one classic script, content as
 * JSON, a hostile theme stylesheet and three brands.
 */
async function testPlainHtml(browser, example) {
  const label = `${example.name} /`;
  const url = `http://127.0.0.1:${example.port}/`;
  await check(`${label}: the page loads the script on ${example.renderer}`, async () => {
    const script = await (await fetch(`${url}elements.global.js`)).text();
    const onPreact = script.includes("Preact 10 | MIT License");
    const withReactDom = script.includes("react-dom.production");
    assert(
      example.renderer === "Preact" ? onPreact && !withReactDom : withReactDom && !onPreact,
      `the page's script is not the ${example.renderer} build`,
    );
  });
  let session;
  await check(`${label}: loads and renders every element`, async () => {
    session = await openPage(browser, url);
    for (const [element, slot] of [
      ["medspa-procedure-page", "procedure-page"],
      ["medspa-procedure-explainer", "procedure-explainer"],
      ["medspa-side-effects", "side-effect-accordion"],
      ["medspa-faq", "procedure-faq"],
      ["medspa-results", "results-gallery"],
      ["medspa-preparation", "aftercare-checklist"],
      ["medspa-aftercare", "aftercare-checklist"],
      ["medspa-booking-banner", "booking-banner"],
    ]) {
      const rendered = await page()
        .locator(`${element}:not(#broken) [data-slot="${slot}"]`)
        .count();
      assert(rendered > 0, `<${element}> rendered no [data-slot="${slot}"] in its shadow root`);
    }
  });
  if (session === undefined) {
    return;
  }
  const { context, problems } = session;
  function page() {
    return session.page;
  }
  try {
    await check(
      `${label}: invalid JSON renders nothing and logs one console error naming the element`,
      async () => {
        const broken = problems.filter((problem) => problem.includes("<medspa-side-effects>"));
        assert(
          broken.length === 1,
          `expected one error for <medspa-side-effects>, got:\n${problems.join("\n")}`,
        );
        assert(
          /^console\.error: .*JSON/.test(broken[0]),
          `not a console.error about the JSON: ${broken[0]}`,
        );
        const others = problems.filter((problem) => !broken.includes(problem));
        assert(others.length === 0, `other console output:\n${others.join("\n")}`);
        const inside = await page().evaluate(
          () => document.querySelector("#broken")?.shadowRoot?.textContent ?? "",
        );
        assert(inside === "", `the broken element rendered "${inside.slice(0, 80)}"`);
      },
    );
    await check(`${label}: the page's CSS does not leak in; brand themes do`, async () => {
      const siteButton = await page()
        .locator("#theme-button")
        .evaluate((element) => getComputedStyle(element).backgroundColor);
      assert(
        siteButton === "rgb(255, 0, 0)",
        `the hostile theme is not applied to the page (${siteButton})`,
      );
      const styles = await page().evaluate(() => {
        const shadow = document.querySelector("medspa-side-effects")?.shadowRoot;
        const trigger = shadow?.querySelector('[data-slot="side-effect-accordion-trigger"]');
        const heading = shadow?.querySelector('[data-slot="side-effect-accordion-heading"]');
        const list = shadow?.querySelector('[data-slot="side-effect-accordion-self-care"]');
        const brand = (selector) =>
          getComputedStyle(document.querySelector(selector))
            .getPropertyValue("--msu-color-brand")
            .trim();
        return {
          trigger: trigger && getComputedStyle(trigger).backgroundColor,
          triggerTransform: trigger && getComputedStyle(trigger).textTransform,
          heading: heading && getComputedStyle(heading).color,
          listPadding: list && getComputedStyle(list).paddingLeft,
          letterSpacing: trigger && getComputedStyle(trigger).letterSpacing,
          roseGold: brand("medspa-procedure-page"),
          clinicalBlue: brand("medspa-side-effects"),
          botanical: brand("medspa-booking-banner"),
        };
      });
      assert(styles.trigger !== "rgb(255, 0, 0)", "button { background } reached the accordion");
      assert(
        styles.triggerTransform !== "uppercase",
        "button { text-transform } reached the accordion",
      );
      assert(styles.heading !== "rgb(255, 0, 0)", "h3 { color } reached the accordion");
      assert(styles.listPadding !== "200px", "ul { padding } reached the accordion");
      assert(
        styles.letterSpacing === "normal",
        `body { letter-spacing } reached the accordion (${styles.letterSpacing})`,
      );
      const brands = new Set([styles.roseGold, styles.clinicalBlue, styles.botanical]);
      assert(
        brands.size === 3 && !brands.has(""),
        `three brands expected, got ${[...brands].join(", ")}`,
      );
    });
    await check(
      `${label}: the accordion works from the keyboard and medspa-event reaches document`,
      async () => {
        const triggers = page().locator(
          'medspa-side-effects:not(#broken) [data-slot="side-effect-accordion-trigger"]',
        );
        await triggers.first().focus();
        await page().keyboard.press("Enter");
        assert(
          (await triggers.first().getAttribute("aria-expanded")) === "true",
          "Enter did not open the item",
        );
        await page().keyboard.press("ArrowDown");
        const focused = await deepActiveElementIn(page());
        const second = (await triggers.nth(1).textContent())?.trim().slice(0, 40);
        assert(
          focused.endsWith(second ?? "?"),
          `ArrowDown moved focus to ${focused}, not the second trigger`,
        );
        const events = await page().evaluate(() => window.__events);
        assert(
          events.some((event) => event.type === "accordion_toggle" && event.open === true),
          `no accordion_toggle medspa-event on document: ${JSON.stringify(events)}`,
        );
      },
    );
    await check(
      `${label}: closed panels are findable; print opens every panel and prints the handout`,
      async () => {
        const side = page().locator("medspa-side-effects:not(#broken)");
        await page().waitForFunction(
          () =>
            document
              .querySelector("medspa-side-effects")
              ?.shadowRoot?.querySelector(
                '[data-slot="side-effect-accordion-panel"][hidden="until-found"]',
              ) != null,
          undefined,
          { timeout: 5_000 },
        );
        await page().evaluate(() => window.dispatchEvent(new Event("beforeprint")));
        const expanded = await side
          .locator('[data-slot="side-effect-accordion-trigger"]')
          .evaluateAll((triggers) =>
            triggers.map((trigger) => trigger.getAttribute("aria-expanded")),
          );
        await page().evaluate(() => window.dispatchEvent(new Event("afterprint")));
        await page().emulateMedia({ media: "print" });
        const handout = await page()
          .locator('medspa-aftercare [data-slot="aftercare-checklist-print-footer"]')
          .isVisible();
        await page().emulateMedia({ media: "screen" });
        assert(handout, "the checklist's handout footer (the clinic's details) does not print");
        assert(
          expanded.length > 1 && expanded.every((value) => value === "true"),
          `print left ${expanded}`,
        );
      },
    );
    await check(
      `${label}: printed to PDF as a clinic's server does (no print dialog), with and without beforeprint, every side effect prints whole, each handout ends with the clinic, the banner gives the phone and booking page as text`,
      async () => {
        // The sample content the page prints, from the package this run built.
        const { examples: samples } = await import(
          pathToFileURL(path.join(root, "dist", "content.js")).href
        );
        const expected = [
          ...samples.microneedling.sideEffects.flatMap((effect) => [
            effect.description,
            ...(effect.selfCare ?? []),
          ]),
          ...samples.laserHairRemoval.sideEffects.map((effect) => effect.description),
          samples.laserHairRemoval.followUp.purpose,
          samples.laserHairRemoval.preparation[0]?.text,
          "Questions? Call Lakeshore Aesthetics 905-555-0123",
          `Book online: ${samples.clinic.booking.url}`,
          "Call 905-555-0123",
        ];
        for (const beforeprint of ["fired", "never fired"]) {
          const printing = await context.newPage();
          if (beforeprint === "never fired") {
            // A browser or PDF service that prints without the event: CSS alone must print it.
            await printing.addInitScript(() =>
              window.addEventListener("beforeprint", (event) => event.stopImmediatePropagation(), {
                capture: true,
              }),
            );
          }
          await printing.goto(url);
          await printing.waitForFunction(
            () =>
              document
                .querySelector("medspa-procedure-page")
                ?.shadowRoot?.querySelector('[hidden="until-found"]') != null,
            undefined,
            { timeout: 5_000 },
          );
          const pdf = await getDocumentProxy(new Uint8Array(await printing.pdf()));
          const { text } = await extractText(pdf, { mergePages: true });
          const flat = text.replace(/\s+/g, " ");
          const missing = expected.filter((line) => !flat.includes(line.replace(/\s+/g, " ")));
          assert(
            missing.length === 0,
            `beforeprint ${beforeprint}: the PDF lacks ${JSON.stringify(missing.slice(0, 4))}`,
          );
          await printing.emulateMedia({ media: "print" });
          const overlaps = await printing.evaluate(
            () =>
              [...document.querySelectorAll("*")]
                .flatMap((host) =>
                  host.shadowRoot
                    ? [...host.shadowRoot.querySelectorAll('[data-slot="aftercare-checklist"]')]
                    : [],
                )
                .filter((checklist) => {
                  const footer = checklist.querySelector(
                    '[data-slot="aftercare-checklist-print-footer"]',
                  );
                  const items = checklist.querySelectorAll(
                    '[data-slot="aftercare-checklist-item"], [data-slot="aftercare-checklist-follow-up"]',
                  );
                  const last = items[items.length - 1];
                  return (
                    footer !== null &&
                    last !== undefined &&
                    footer.getBoundingClientRect().top < last.getBoundingClientRect().bottom
                  );
                }).length,
          );
          assert(overlaps === 0, `${overlaps} handout footer(s) drawn over the last item`);
          await printing.close();
        }
      },
    );
    await check(`${label}: changing an attribute re-renders`, async () => {
      const explainer = page().locator(
        'medspa-procedure-explainer [data-slot="procedure-explainer"]',
      );
      assert((await explainer.getAttribute("data-layout")) === "split", "layout=split not applied");
      await page().evaluate(() =>
        document.querySelector("medspa-procedure-explainer")?.setAttribute("layout", "stacked"),
      );
      // After load an element re-renders in React's next task, not synchronously.
      const rerendered = await page()
        .waitForFunction(
          () =>
            document
              .querySelector("medspa-procedure-explainer")
              ?.shadowRoot?.querySelector('[data-slot="procedure-explainer"]')
              ?.getAttribute("data-layout") === "stacked",
          undefined,
          { timeout: 2_000 },
        )
        .then(() => true)
        .catch(() => false);
      assert(rerendered, "layout change not rendered");
      await page().evaluate(() =>
        document.querySelector("medspa-procedure-explainer")?.setAttribute("layout", "split"),
      );
    });
    await check(
      `${label}: a URL fragment opens its side effect and scrolls to it, inside the shadow root`,
      async () => {
        const item = page()
          .locator('medspa-side-effects:not(#broken) [data-slot="side-effect-accordion-item"]')
          .last();
        const id = await item.getAttribute("id");
        await page().evaluate(() => window.scrollTo(0, 0));
        const belowTheFold = await item.evaluate(
          (element) => element.getBoundingClientRect().top > window.innerHeight,
        );
        assert(belowTheFold, `#${id} is in view before its fragment is set: nothing to prove`);
        await page().evaluate((fragment) => {
          window.location.hash = fragment;
        }, id);
        const scrolled = await page()
          .waitForFunction(
            (itemId) => {
              const shadow = document.querySelector("medspa-side-effects:not(#broken)")?.shadowRoot;
              const target = shadow?.getElementById(itemId);
              const top = target?.getBoundingClientRect().top ?? Number.NaN;
              return target?.querySelector('[aria-expanded="true"]') != null && Math.abs(top) < 2;
            },
            id,
            { timeout: 3_000 },
          )
          .then(() => true)
          .catch(() => false);
        const after = await item.evaluate((element) => element.getBoundingClientRect().top);
        await page().evaluate(() => {
          history.replaceState(null, "", window.location.pathname);
        });
        assert(scrolled, `#${id} did not open at the top of the window (its top is at ${after}px)`);
      },
    );
    await check(
      `${label}: <medspa-faq locale="fr-CA"> speaks French from elements.fr-CA.global.js, and the English script carries none`,
      async () => {
        const script = await (await fetch(`${url}elements.global.js`)).text();
        assert(!script.includes("Afficher toutes"), "the elements' script carries French");
        const { examplesFrCA } = await import(
          pathToFileURL(path.join(root, "dist", "content.js")).href
        );
        const faq = page().locator('medspa-faq[locale="fr-CA"]');
        const showAll = await faq.locator('[data-slot="procedure-faq-show-all"]').textContent();
        const question = await faq
          .locator('[data-slot="procedure-faq-trigger"]')
          .first()
          .textContent();
        assert(showAll?.trim() === "Afficher toutes les réponses", `Show all reads "${showAll}"`);
        assert(
          question?.includes(examplesFrCA.microneedling.faq[0].question),
          `the first question reads "${question}"`,
        );
      },
    );
    await check(`${label}: <medspa-faq> opens an answer from the keyboard`, async () => {
      const trigger = page().locator('medspa-faq [data-slot="procedure-faq-trigger"]').first();
      await trigger.focus();
      await page().keyboard.press("Enter");
      assert((await trigger.getAttribute("aria-expanded")) === "true", "the answer did not open");
      const events = await page().evaluate(() => window.__events.map((event) => event.type));
      assert(events.includes("faq_toggle"), `no faq_toggle medspa-event: ${events}`);
    });
    await check(`${label}: a checklist tick survives a reload`, async () => {
      const checkbox = page()
        .locator('medspa-aftercare [data-slot="aftercare-checklist-checkbox"]')
        .first();
      await checkbox.check();
      await page().reload();
      await page().waitForSelector("html[data-ready='true']");
      assert(await checkbox.isChecked(), "the tick was lost on reload");
      await checkbox.uncheck();
    });
    await check(
      `${label}: the booking dialog keeps focus inside, closes on Escape, returns focus`,
      async () => {
        const trigger = page()
          .locator("medspa-booking-banner")
          .getByRole("button", { name: "Book online" });
        await trigger.click();
        const dialog = page().getByRole("dialog");
        await dialog.waitFor({ state: "visible", timeout: 10_000 });
        assert(
          (await dialog.getAttribute("aria-modal")) === "true",
          "the dialog is not aria-modal",
        );
        for (let step = 0; step < 8; step++) {
          await page().keyboard.press("Tab");
          const inside = await page()
            .waitForFunction(
              () => {
                const host = document.querySelector("medspa-booking-banner");
                const active = host?.shadowRoot?.activeElement;
                return (
                  host?.shadowRoot?.querySelector('[role="dialog"]')?.contains(active ?? null) ===
                  true
                );
              },
              undefined,
              { timeout: 2_000 },
            )
            .then(() => true)
            .catch(() => false);
          assert(
            inside,
            `focus left the dialog after ${step + 1} Tab presses, for ${await deepActiveElementIn(page())}`,
          );
        }
        while ((await deepActiveElementIn(page())).startsWith("iframe")) {
          await page().keyboard.press("Tab");
        }
        await page().keyboard.press("Escape");
        await dialog.waitFor({ state: "detached", timeout: 5_000 });
        await page().waitForFunction(
          () =>
            document
              .querySelector("medspa-booking-banner")
              ?.shadowRoot?.activeElement?.textContent?.includes("Book online"),
          undefined,
          { timeout: 2_000 },
        );
      },
    );
    await check(`${label}: axe finds no violation, shadow roots included`, async () => {
      await page().addScriptTag({ path: path.join(root, "node_modules/axe-core/axe.min.js") });
      const violations = await page().evaluate(async () => {
        const result = await window.axe.run(document);
        return result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        );
      });
      assert(violations.length === 0, violations.join("\n"));
    });
    await check(`${label}: no layout shift while the elements upgrade`, async () => {
      const fresh = await context.newPage();
      await fresh.goto(url);
      await fresh.waitForSelector("html[data-ready='true']");
      const shift = await fresh.evaluate(
        () =>
          new Promise((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                total += entry.hadRecentInput ? 0 : entry.value;
              }
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      await fresh.close();
      assert(shift === 0, `cumulative layout shift ${shift}`);
    });
  } finally {
    await context.close();
  }
}

async function main() {
  const tarball = skipInstall ? undefined : packTarball();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
  });
  try {
    for (const example of examples) {
      const directory = path.join(root, "examples", example.folder ?? example.name);
      console.log(`\n${example.name}`);
      let built = skipBuild;
      if (!skipBuild) {
        await check(`${example.name}: installs the packed tarball and builds`, async () => {
          if (tarball !== undefined) {
            // CI installs the examples' lockfiles while the tests run (.ci/run): only the tarball
            // is left to add.
            if (process.env.EXAMPLES_PREINSTALLED !== "1") {
              run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], directory);
            }
            run(
              "npm",
              ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", tarball],
              directory,
            );
          }
          run("npm", ["run", "build", "--silent"], directory, example.buildEnvironment);
          built = true;
        });
        if (example.report !== undefined) {
          recordBuildReport(example, directory);
        }
      }
      if (!built) {
        continue;
      }
      if (example.react !== undefined) {
        await check(`${example.name}: runs on React ${example.react}`, async () => {
          const version = JSON.parse(
            readFileSync(path.join(directory, "node_modules/react/package.json"), "utf8"),
          ).version;
          assert(version.startsWith(`${example.react}.`), `React ${version} is installed`);
        });
      }
      if (example.name === "vite-app") {
        await check(`${example.name}: require() and import() of the package from Node`, async () =>
          checkNodeLoading(directory),
        );
      }
      let stop;
      await check(`${example.name}: serves on 127.0.0.1:${example.port}`, async () => {
        stop = await startServer(example, directory);
      });
      if (stop === undefined) {
        continue;
      }
      try {
        if (example.test !== undefined) {
          await example.test(browser, example);
        } else {
          for (const pagePath of example.paths) {
            await testPage(browser, example, pagePath);
          }
        }
        await example.also?.(browser, example);
      } finally {
        stop();
      }
    }
  } finally {
    await browser.close();
  }
  const failed = results.filter((result) => result.error !== undefined).length;
  const passed = results.length - failed;
  console.log(`\nexamples: ${passed} passed, ${failed} failed`);
  if (process.env.EXAMPLES_JSON_REPORT) {
    writeFileSync(
      process.env.EXAMPLES_JSON_REPORT,
      JSON.stringify({
        numPassedTests: passed,
        numFailedTests: failed,
        numTotalTestSuites: 1,
        success: failed === 0,
      }),
    );
  }
  process.exit(failed > 0 ? 1 : 0);
}

await main();
