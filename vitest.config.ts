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

export default defineConfig({
  plugins: [react()],
  test: {
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
          exclude: ["test/server/**", "test/visual/**"],
          setupFiles: ["test/setup/unit.ts"],
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
