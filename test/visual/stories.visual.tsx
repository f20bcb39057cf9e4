/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cdp, commands, page } from "vitest/browser";
import preview from "../../.storybook/preview";

// The stories' own tests run axe; here only pixels are compared.
setProjectAnnotations([preview, { parameters: { a11y: { test: "off" } } }]);

interface VisualParameters {
  /** Resolves once the story has reached the state worth comparing (a dialog's fallback, say). */
  ready?: () => Promise<void>;
  /**
   * The part of the story worth comparing, for a story whose page is blank by design (a tall
   * page that only proves the scroll lock): the screenshot is cropped to it.
   * @default the story's root, or its open dialog
   */
  target?: (canvasElement: HTMLElement) => HTMLElement;
  /**
   * The widths that show something of their own: a story that sets its own width (a narrow
   * column) looks the same in every viewport and is compared once.
   * @default [1280, 390]
   */
  widths?: number[];
}

interface ComposedStory {
  storyName: string;
  parameters: { visual?: VisualParameters };
  run: (context?: { canvasElement?: HTMLElement }) => Promise<void>;
}

type StoriesModule = { default: { title: string } } & Record<string, unknown>;

// Every component's stories, as a designer first sees them: without their play functions, which
// click, type and open things to test behaviour. The playground and the theming pages are forms and
// swatch tables, checked by their own stories.
const modules = import.meta.glob<StoriesModule>("../../stories/*.stories.tsx", { eager: true });

const components = Object.values(modules)
  .filter((module) => module.default.title.startsWith("Components/"))
  .map((module) => {
    const firstFrames = Object.fromEntries(
      Object.entries(module).map(([name, story]) =>
        name === "default" ? [name, story] : [name, { ...(story as object), play: undefined }],
      ),
    );
    return {
      title: module.default.title,
      stories: Object.values(composeStories(firstFrames as never)) as unknown as ComposedStory[],
    };
  });

const slug = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

let previousCanvas: HTMLElement | undefined;

/** The test frame's height before a story grows it: a laptop's window, where dialogs open. */
const frameHeight = 900;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Grows the test frame to the foot of the story. Chromium paints a frame only inside its bounds,
 * so the part of a story below the frame's foot would come back blank in its screenshot.
 */
async function growFrameToFit(target: HTMLElement, width: number, name: string) {
  // A story whose height follows the frame's (a 300vh page) would grow it for ever.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const height = Math.max(
      frameHeight,
      Math.ceil(target.getBoundingClientRect().bottom + window.scrollY),
    );
    if (height === window.innerHeight) {
      return;
    }
    await commands.fitPageToFrame(width, height);
    await page.viewport(width, height);
    await nextFrame();
  }
  throw new Error(
    `visual: ${name} grows with its frame; give the story parameters.visual.target, the part that shows something`,
  );
}

/**
 * The tallest band of one flat colour a screenshot may end in: a story's own padding and margins
 * (44 rows at most in today's stories: the story root's padding under a paragraph's margin). A
 * screenshot cut short by its frame ends in as many rows of page background as the frame missed.
 */
const flatFootLimit = 64;

/** Renders a story at a width and compares it, cropped to the story (or its open dialog). */
async function compare(Story: ComposedStory, name: string, width: number) {
  await page.viewport(width, frameHeight);
  const canvasElement = document.body.appendChild(document.createElement("div"));
  // run() unmounts the previous story, then renders this one as Storybook does: decorators' hooks
  // included (the toolbar's appearance, say).
  await Story.run({ canvasElement });
  previousCanvas?.remove();
  previousCanvas = canvasElement;
  await Story.parameters.visual?.ready?.();
  await document.fonts.ready;
  // Opening animations end, and no focus ring depends on where focus happened to land.
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  (document.activeElement as HTMLElement | null)?.blur();
  // An open dialog is compared in the laptop-sized frame it is centred in.
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  const target =
    dialog ??
    Story.parameters.visual?.target?.(canvasElement) ??
    (canvasElement.firstElementChild as HTMLElement);
  if (dialog === null) {
    await growFrameToFit(target, width, name);
  }
  await expect(page.elementLocator(target)).toMatchScreenshot(name);
  // The comparison passed, or wrote a new baseline: either way the baseline is this screenshot.
  const foot = await commands.measureFlatFoot(`${name}.png`);
  expect(
    foot.rows,
    `${name}.png ends in ${foot.rows} rows of flat ${foot.colour} (of ${foot.height}): the screenshot did not paint the whole story`,
  ).toBeLessThanOrEqual(flatFootLimit);
}

/** Every screenshot the suite takes: a committed PNG that is none of them compares nothing. */
const screenshotNames: string[] = [];

/** Declares a test comparing a story at a width with its baseline. */
function screenshotTest(testName: string, Story: ComposedStory, name: string, width: number) {
  screenshotNames.push(name);
  test(testName, async () => {
    await compare(Story, name, width);
  });
}

describe.each(components)("$title", ({ title, stories }) => {
  const component = slug(title.replace("Components/", ""));
  for (const Story of stories) {
    if (Story.storyName === "Brands") {
      // Three presets × light and dark, side by side: the wide layout only.
      screenshotTest("Brands at 1280 px", Story, `${component}-brands-1280`, 1280);
      continue;
    }
    for (const width of Story.parameters.visual?.widths ?? [1280, 390]) {
      screenshotTest(
        `${Story.storyName} at ${width} px`,
        Story,
        `${component}-${slug(Story.storyName)}-${width}`,
        width,
      );
    }
  }
});

// Forced-colours modes (Windows High Contrast, say) replace the page's colours with the user's
// own: the icons (CSS masks, which a forced background would blank), chevrons, borders and focus
// rings must still show, in the system text colour. One story of each component that has icons.
const forcedColoursStories: Record<string, string> = {
  "Components/SideEffectAccordion": "UrgentFirst",
  "Components/AftercareChecklist": "DoAndAvoidSideBySide",
  "Components/BookingBanner": "StickyOnMobile",
  "Components/BookingDialog": "FailsToLoad",
  "Components/BeforeAfter": "OneCase",
};

describe("Forced colours", () => {
  const emulate = (value: "active" | "none") =>
    cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value }] });
  beforeAll(() => emulate("active"));
  afterAll(() => emulate("none"));
  for (const [title, storyName] of Object.entries(forcedColoursStories)) {
    const Story = components
      .find((component) => component.title === title)
      ?.stories.find((story) => story.storyName === storyName);
    if (Story === undefined) {
      throw new Error(`visual: no story ${title} > ${storyName} for forced colours`);
    }
    const component = slug(title.replace("Components/", ""));
    screenshotTest(
      `${title} ${Story.storyName} at 1280 px`,
      Story,
      `${component}-${slug(Story.storyName)}-forced-colours-1280`,
      1280,
    );
  }
});

// On paper, the results stand side by side at full size, each photo with its word, and the
// gallery's filter and Show more are left out.
const printStories: Record<string, string> = {
  "Components/BeforeAfter": "OneCase",
  "Components/ResultsGallery": "ShowMore",
};

describe("Print", () => {
  const emulate = (media: "print" | "") => cdp().send("Emulation.setEmulatedMedia", { media });
  beforeAll(() => emulate("print"));
  afterAll(() => emulate(""));
  for (const [title, storyName] of Object.entries(printStories)) {
    const Story = components
      .find((component) => component.title === title)
      ?.stories.find((story) => story.storyName === storyName);
    if (Story === undefined) {
      throw new Error(`visual: no story ${title} > ${storyName} for print`);
    }
    const component = slug(title.replace("Components/", ""));
    screenshotTest(
      `${title} ${Story.storyName} in print`,
      Story,
      `${component}-${slug(Story.storyName)}-print-1280`,
      1280,
    );
  }
});

describe("Baselines", () => {
  test("every committed baseline is a screenshot the suite takes", async () => {
    const committed = await commands.listBaselines();
    const expected = new Set(screenshotNames.map((name) => `${name}.png`));
    expect(committed.filter((file) => !expected.has(file))).toEqual([]);
  });
});
