import type { Decorator } from "@storybook/react-vite";

/**
 * Puts a story in a column of the given width, as a sidebar, a card or a CMS column would, so
 * designers see (and the browser tests check) that a component follows its container, not the
 * viewport.
 */
export function inAColumn(width: number): Decorator {
  return (Story) => (
    <div style={{ maxWidth: width }} data-testid="column">
      <Story />
    </div>
  );
}

/** Elements inside the column that stick out of it: nothing may, from 280 px up. */
export function overflowingElements(canvasElement: HTMLElement): string[] {
  const column = canvasElement.querySelector('[data-testid="column"]');
  if (column === null) {
    throw new Error("the story is not in a column (inAColumn)");
  }
  const right = column.getBoundingClientRect().right + 0.5;
  return [...column.querySelectorAll<HTMLElement>("*")]
    .filter((element) => element.getClientRects().length > 0)
    .filter((element) => element.getBoundingClientRect().right > right)
    .map((element) => element.getAttribute("data-slot") ?? element.localName);
}

/**
 * Parameters for a story in a column: it looks the same in every viewport, so visual regression
 * compares it once, in the phone-sized one.
 */
export const columnStoryParameters = { visual: { widths: [390] } };
