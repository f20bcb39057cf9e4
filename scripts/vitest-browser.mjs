import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { playwright } from "@vitest/browser-playwright";
import { chromiumArgs, chromiumPath } from "./chromium-path.mjs";

/**
 * Debian's Chromium, headless, for every browser project (stories and visual regression).
 * @param {import("@vitest/browser-playwright").PlaywrightProviderOptions["contextOptions"]} [contextOptions]
 */
export const chromiumProvider = (contextOptions) =>
  playwright({
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    ...(contextOptions === undefined ? {} : { contextOptions }),
  });

/**
 * Pre-bundle every runtime dependency up front: a dependency Vite discovers mid-run reloads the
 * page and fails the stories running at that moment (seen on fresh clones).
 */
export const prebundledDependencies = [
  "react",
  "react-dom",
  "react-dom/client",
  "react/jsx-runtime",
  "react/jsx-dev-runtime",
  "@radix-ui/react-accordion",
  "@radix-ui/react-dialog",
  "class-variance-authority",
  "get-nonce",
  "axe-core",
];

/** A designer's desktop: narrow-column stories then prove layouts follow their container. */
export const desktopViewport = { width: 1280, height: 900 };

const illustrationFolder = path.resolve("src/content/examples/results");

/**
 * Serves the starter library's drawings at /medspa-ui/results/, where its samples point, as
 * Storybook's staticDirs does: the browser and visual projects run on Vite servers of their own.
 */
export function resultIllustrations() {
  return {
    name: "medspa-ui-result-illustrations",
    configureServer(server) {
      server.middlewares.use("/medspa-ui/results/", (request, response, next) => {
        const file = path.join(illustrationFolder, path.basename(request.url ?? ""));
        if (!existsSync(file)) {
          next();
          return;
        }
        response.setHeader("content-type", "image/svg+xml");
        response.end(readFileSync(file));
      });
    },
  };
}
