// Radix's focus trap reads `document.activeElement` and document-level focus events, which inside
// a shadow root name the shadow host, not the element: there it cannot tell where focus is, and
// Tab walks out of the dialog (radix-ui/primitives#3353). The custom elements render the dialog
// in their shadow root, so inside one this keeps focus in the dialog instead. The dialog imports
// this module on demand, only when it opens inside a shadow root: pages in the light DOM, where
// Radix's trap works as usual, never download it. Its own build entry (scripts/package-entries.mjs) keeps it
// out of the dialog's file.

const tabbableSelector =
  'a[href], button:not([disabled]), iframe, input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function tabbables(content: HTMLElement): HTMLElement[] {
  return [...content.querySelectorAll<HTMLElement>(tabbableSelector)].filter(
    (element) => element.checkVisibility?.() ?? true,
  );
}

/** Tab and Shift+Tab wrap at the dialog's first and last tabbable elements. */
function wrapTab(event: KeyboardEvent, content: HTMLElement, root: ShadowRoot): void {
  if (event.key !== "Tab") {
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
 * Keeps focus in a dialog open inside a shadow root: Tab wraps at its edges, and focus that lands
 * anywhere else on the page (after the vendor's iframe, on Radix's focus guards) comes back to
 * its first tabbable element. Returns the function that stops it.
 */
export function keepFocusInShadowRoot(content: HTMLElement, root: ShadowRoot): () => void {
  const onKeyDown = (event: KeyboardEvent) => wrapTab(event, content, root);
  const onFocusIn = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof Node && !content.contains(target)) {
      (tabbables(content)[0] ?? content).focus();
    }
  };
  content.addEventListener("keydown", onKeyDown);
  document.addEventListener("focusin", onFocusIn);
  return () => {
    content.removeEventListener("keydown", onKeyDown);
    document.removeEventListener("focusin", onFocusIn);
  };
}
