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
