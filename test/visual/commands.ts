import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import "@vitest/browser-playwright";
import { PNG } from "pngjs";
import type { BrowserCommand } from "vitest/node";
import { baselineDirectory } from "../../scripts/visual-baselines.mjs";

/**
 * Commands the visual suite runs in Node, beside the browser: they reach the Playwright page that
 * holds the test frame, and the PNG files on disk.
 */

/**
 * The page around the test frame at its smallest (the provider's viewport): wider and taller than
 * the 1280 × 900 frame.
 */
export const smallestPage = { width: 1400, height: 1000 };
/** Room kept around the frame: Vitest scales a frame that does not fit its page, screenshots too. */
const pageMargin = 100;

/**
 * Makes the Playwright page large enough to hold a test frame of this size at 1:1. Chromium paints
 * a frame only inside its own bounds, so a story taller than its frame comes back blank below the
 * frame's foot: the suite grows the frame to the story, and the page around it first.
 */
export const fitPageToFrame: BrowserCommand<[width: number, height: number]> = async (
  context,
  width,
  height,
) => {
  await context.page.setViewportSize({
    width: Math.max(smallestPage.width, Math.ceil(width) + pageMargin),
    height: Math.max(smallestPage.height, Math.ceil(height) + pageMargin),
  });
};

export interface FlatFoot {
  /** The image's height in pixels. */
  height: number;
  /** How many rows at the bottom are all one colour, the same colour from row to row. */
  rows: number;
  /** That colour, as #rrggbb. */
  colour: string;
}

/**
 * Measures the band of one flat colour at the bottom of a baseline (a file name): a screenshot cut
 * short by its frame ends in a tall band of page background.
 */
export const measureFlatFoot: BrowserCommand<[file: string]> = async (
  context,
  file,
): Promise<FlatFoot> => {
  const png = PNG.sync.read(
    await readFile(path.resolve(context.project.config.root, baselineDirectory, file)),
  );
  const { width, height, data } = png;
  const last = (height * width - 1) * 4;
  const colour = data.readUInt32BE(last);
  let rows = 0;
  for (let row = height - 1; row >= 0; row -= 1) {
    let flat = true;
    for (let offset = row * width * 4; offset < (row + 1) * width * 4; offset += 4) {
      if (data.readUInt32BE(offset) !== colour) {
        flat = false;
        break;
      }
    }
    if (!flat) {
      break;
    }
    rows += 1;
  }
  const hex = (colour >>> 8).toString(16).padStart(6, "0");
  return { height, rows, colour: `#${hex}` };
};

/** The PNG files committed as baselines. */
export const listBaselines: BrowserCommand<[]> = async (context): Promise<string[]> => {
  const files = await readdir(path.resolve(context.project.config.root, baselineDirectory));
  return files.filter((file) => file.endsWith(".png")).sort();
};

declare module "vitest/browser" {
  interface BrowserCommands {
    listBaselines: () => Promise<string[]>;
    fitPageToFrame: (width: number, height: number) => Promise<void>;
    measureFlatFoot: (file: string) => Promise<FlatFoot>;
  }
}
