import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./scripts/chromium-path.mjs";

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
          exclude: ["test/server/**"],
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
        plugins: [storybookTest({ configDir: path.join(root, ".storybook") })],
        // Pre-bundle every runtime dependency up front: a dependency Vite discovers mid-run
        // reloads the page and fails the stories running at that moment (seen on fresh clones).
        optimizeDeps: {
          include: [
            "react",
            "react-dom",
            "react-dom/client",
            "react/jsx-runtime",
            "react/jsx-dev-runtime",
            "@radix-ui/react-accordion",
            "@radix-ui/react-dialog",
            "class-variance-authority",
            "get-nonce",
          ],
        },
        test: {
          name: "browser",
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath(),
                args: chromiumArgs,
              },
            }),
            // A designer's desktop: narrow-column stories then prove layouts follow their container,
            // not the viewport.
            instances: [{ browser: "chromium", viewport: { width: 1280, height: 900 } }],
          },
        },
      },
    ],
  },
});
