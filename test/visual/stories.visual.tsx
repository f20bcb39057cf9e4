/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cdp, page } from "vitest/browser";
import preview from "../../.storybook/preview";

// The stories' own tests run axe; here only pixels are compared.
setProjectAnnotations([preview, { parameters: { a11y: { test: "off" } } }]);

interface VisualParameters {
  /** Resolves once the story has reached the state worth comparing (a dialog's fallback, say). */
  ready?: () => Promise<void>;
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

/** Renders a story at a width and compares it, cropped to the story (or its open dialog). */
async function compare(Story: ComposedStory, name: string, width: number) {
  await page.viewport(width, 900);
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
  const target =
    document.querySelector<HTMLElement>('[role="dialog"]') ??
    (canvasElement.firstElementChild as HTMLElement);
  await expect(page.elementLocator(target)).toMatchScreenshot(name);
}

describe.each(components)("$title", ({ title, stories }) => {
  const component = slug(title.replace("Components/", ""));
  for (const Story of stories) {
    if (Story.storyName === "Brands") {
      // Three presets × light and dark, side by side: the wide layout only.
      test("Brands at 1280 px", async () => {
        await compare(Story, `${component}--brands-1280`, 1280);
      });
      continue;
    }
    for (const width of [1280, 390]) {
      test(`${Story.storyName} at ${width} px`, async () => {
        await compare(Story, `${component}--${slug(Story.storyName)}-${width}`, width);
      });
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
    test(`${title} ${Story.storyName} at 1280 px`, async () => {
      await compare(Story, `${component}--${slug(Story.storyName)}-forced-colours-1280`, 1280);
    });
  }
});
