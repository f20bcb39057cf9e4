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
