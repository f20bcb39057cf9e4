import { existsSync } from "node:fs";

/** Where the browser tests look for Chromium: $CHROME_PATH, then Debian's package. */
export const chromiumCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** @returns {string | undefined} */
export function findChromium() {
  if (process.env.CHROME_PATH) {
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  }
  return chromiumCandidates.find((candidate) => existsSync(candidate));
}

/** @returns {string} */
export function chromiumPath() {
  return findChromium() ?? process.env.CHROME_PATH ?? chromiumCandidates[0];
}

/**
 * Flags for headless Chromium here: no sandbox (root), no GPU, and no background networking, which
 * would flood the closed network with refused connections.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
