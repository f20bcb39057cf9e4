import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import {
  chromiumProvider,
  desktopViewport,
  prebundledDependencies,
  resultIllustrations,
} from "./scripts/vitest-browser.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const productionTests = [
  "test/fuzz/booking-dialog.test.tsx",
  "test/fuzz/server-render.test.tsx",
  "test/fuzz/structured-data.test.ts",
];

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default is one worker fewer than the cores: one on CI's 2-core machine, which left a
    // core idle while a worker waited on jsdom, Chromium or a child process.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: process.env.VITEST_JSON_REPORT
      ? ["default", ["json", { outputFile: process.env.VITEST_JSON_REPORT }]]
      : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          globals: true,
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/server/**", "test/visual/**", ...productionTests],
          setupFiles: ["test/setup/unit.ts"],
          // The longest (50 accordion items toggled, the release check) take 2–3 s alone; beside
          // the browser project's worker on 2 cores, past Vitest's 5 s default.
          testTimeout: 15_000,
        },
      },
      {
        // What a site's production server runs: React's production build and JSX, NODE_ENV set
        // before anything loads. The fuzz's server renders run here, at a third of their cost
        // in React's development build.
        extends: true,
        oxc: { jsx: { development: false } },
        test: {
          name: "production",
          environment: "node",
          globals: true,
          include: productionTests,
          env: { NODE_ENV: "production" },
          setupFiles: ["test/setup/production.ts"],
        },
      },
      {
        extends: true,
        resolve: { conditions: ["react-server"] },
        ssr: { resolve: { conditions: ["react-server"], externalConditions: ["react-server"] } },
        test: {
          name: "server",
          environment: "node",
          globals: true,
          include: ["test/server/**/*.test.{ts,tsx}"],
          execArgv: ["--conditions=react-server"],
        },
      },
      {
        extends: true,
        plugins: [
          storybookTest({ configDir: path.join(root, ".storybook") }),
          resultIllustrations(),
        ],
        optimizeDeps: { include: prebundledDependencies },
        test: {
          name: "browser",
          setupFiles: ["test/setup/browser.ts"],
          // The longest stories (every brand value, every treatment) take about 8 s alone; beside
          // the unit project's worker on 2 cores, more than the browser's 15 s default.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromiumProvider(),
            instances: [{ browser: "chromium", viewport: desktopViewport }],
          },
        },
      },
    ],
  },
});
