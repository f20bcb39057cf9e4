// Fails fast, with instructions instead of a stack trace, when the browser tests cannot find Chromium.
import { chromiumCandidates, findChromium } from "./chromium-path.mjs";

if (findChromium() === undefined) {
  const looked = process.env.CHROME_PATH
    ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`
    : `Looked in ${chromiumCandidates.join(" and ")}.`;
  console.error(
    [
      "medspa-ui: no Chromium found for the browser tests.",
      looked,
      "Install Debian's Chromium (as root): apt-get update && apt-get install -y chromium",
      "or point CHROME_PATH at a Chromium or Chrome binary: CHROME_PATH=/path/to/chrome npm test",
    ].join("\n"),
  );
  process.exit(1);
}
