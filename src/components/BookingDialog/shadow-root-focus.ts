import { type KeyboardEvent, useEffect } from "react";

// Radix's focus trap reads `document.activeElement` and document-level focus events, which inside
// a shadow root name the shadow host, not the element: there it cannot tell where focus is, and
// Tab walks out of the dialog (radix-ui/primitives#3353). The custom elements render the dialog
// in their shadow root, so inside one these two keep focus in the dialog instead. In the light DOM
// they do nothing and Radix's trap works as usual.

const tabbableSelector =
  'a[href], button:not([disabled]), iframe, input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function tabbables(content: HTMLElement): HTMLElement[] {
  return [...content.querySelectorAll<HTMLElement>(tabbableSelector)].filter(
    (element) => element.checkVisibility?.() ?? true,
  );
}

/** Tab and Shift+Tab wrap at the dialog's first and last tabbable elements, inside a shadow root. */
export function wrapTabInShadowRoot(event: KeyboardEvent<HTMLElement>): void {
  const content = event.currentTarget;
  const root = content.getRootNode();
  if (event.key !== "Tab" || !(root instanceof ShadowRoot)) {
    return;
  }
  const elements = tabbables(content);
  const first = elements[0];
  const last = elements.at(-1);
  const active = root.activeElement;
  if (first === undefined || last === undefined) {
    event.preventDefault();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && (active === first || active === content)) {
    event.preventDefault();
    last.focus();
  }
}

/**
 * While the dialog is open inside a shadow root, focus that lands anywhere else on the page (after
 * the vendor's iframe, on Radix's focus guards) comes back to the dialog's first tabbable element.
 */
export function useFocusInShadowRoot(content: HTMLElement | null): void {
  useEffect(() => {
    if (content === null || !(content.getRootNode() instanceof ShadowRoot)) {
      return;
    }
    const keepFocus = (event: FocusEvent) => {
      const target = event.composedPath()[0];
      if (target instanceof Node && !content.contains(target)) {
        (tabbables(content)[0] ?? content).focus();
      }
    };
    document.addEventListener("focusin", keepFocus);
    return () => document.removeEventListener("focusin", keepFocus);
  }, [content]);
}
