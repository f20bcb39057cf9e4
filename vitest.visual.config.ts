import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { stylesheetTextVitePlugin } from "./scripts/styles.mjs";
import { baselineDirectory } from "./scripts/visual-baselines.mjs";
import {
  chromiumProvider,
  desktopViewport,
  prebundledDependencies,
  resultIllustrations,
} from "./scripts/vitest-browser.mjs";
import {
  fitPageToFrame,
  listBaselines,
  measureFlatFoot,
  smallestPage,
} from "./test/visual/commands";

/**
 * Visual regression: `npm run test:visual` compares every component story with the PNG baselines
 * committed in test/visual/baselines; `npm run test:visual -- --update` rewrites them. A failing
 * comparison writes the reference, the actual screenshot and the diff to test-results/visual/.
 */
export default defineConfig({
  // The custom elements (which some stories render) import the stylesheet as text.
  plugins: [react(), stylesheetTextVitePlugin(), resultIllustrations()],
  optimizeDeps: { include: prebundledDependencies },
  test: {
    name: "visual",
    include: ["test/visual/**/*.visual.tsx"],
    reporters: process.env.VITEST_JSON_REPORT
      ? ["default", ["json", { outputFile: process.env.VITEST_JSON_REPORT }]]
      : ["default"],
    browser: {
      enabled: true,
      headless: true,
      // Screenshots of other failures (a story that throws) go beside the comparisons' images.
      screenshotDirectory: "test-results/visual/failures",
      // The page around the test frame must be larger than the frame, or Vitest scales the frame
      // (and every screenshot) down to fit: fitPageToFrame grows it with each story.
      provider: chromiumProvider({ viewport: smallestPage }),
      commands: { fitPageToFrame, listBaselines, measureFlatFoot },
      instances: [{ browser: "chromium", viewport: desktopViewport }],
      expect: {
        toMatchScreenshot: {
          comparatorName: "pixelmatch",
          // A token moving one step (brand to brand-strong) is a small colour distance, so the
          // per-pixel threshold is low. The allowance is a count, not a share of the image: a
          // share grows with a tall page (0.02% of a whole ProcedurePage is 741 pixels, more than
          // the 567 that turning its urgent tier green changes). Runs of the same code on this
          // machine differ by no pixel at all; pixelmatch leaves anti-aliasing out of the count.
          comparatorOptions: { threshold: 0.02, allowedMismatchedPixels: 20 },
          resolveScreenshotPath: ({ arg, ext, root }) =>
            path.join(root, baselineDirectory, `${arg}${ext}`),
          resolveDiffPath: ({ arg, ext, root }) =>
            path.join(root, "test-results/visual", `${arg}${ext}`),
        },
      },
    },
  },
});
