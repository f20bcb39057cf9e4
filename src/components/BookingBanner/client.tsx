"use client";

import {
  type ComponentProps,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useRef,
  useState,
} from "react";
import { Icon } from "../../shared/icons";
import { slot } from "../../shared/slot";
import {
  readStoredJson,
  sessionStorageOrUndefined,
  writeStoredJson,
} from "../../shared/web-storage";
import type { BookingDialogProps } from "../BookingDialog";

// The banner's client islands. The banner itself is static; these are the only parts that need
// JavaScript, and the booking dialog (Radix Dialog, ~18 kB) loads only when a visitor asks for it.

export interface DismissibleBannerProps {
  /** Session storage key that remembers the dismissal. */
  storageKey: string;
  /** The dismiss button's accessible name. */
  label: string;
  children: ReactNode;
}

/**
 * The sticky banner's dismiss button, remembered for the browser session. The banner renders on
 * the server as usual. Dismissed by the visitor, it is removed (a shift the visitor caused, which
 * layout-shift metrics do not count); dismissed earlier in the session, it is hidden after
 * hydration but keeps its box, so nothing on the page moves (`data-dismissed`, `visibility:
 * hidden`, which also takes it out of the tab order and the accessibility tree).
 */
export function DismissibleBanner({ storageKey, label, children }: DismissibleBannerProps) {
  const [dismissed, setDismissed] = useState<"no" | "now" | "earlier">("no");
  useEffect(() => {
    if (readStoredJson(sessionStorageOrUndefined, storageKey) === true) {
      setDismissed("earlier");
    }
  }, [storageKey]);
  if (dismissed === "now") {
    return null;
  }
  return (
    <div
      {...slot("booking-banner-dismissible")}
      data-dismissed={dismissed === "earlier" ? "" : undefined}
    >
      {children}
      <button
        type="button"
        {...slot("booking-banner-dismiss")}
        aria-label={label}
        onClick={() => {
          writeStoredJson(sessionStorageOrUndefined, storageKey, true);
          setDismissed("now");
        }}
      >
        <Icon name="close" className="msu-booking-banner-dismiss-icon" />
      </button>
    </div>
  );
}

const LazyBookingDialog = lazy(() =>
  import("../BookingDialog").then((module) => ({ default: module.BookingDialog })),
);

export interface BookingDialogLauncherProps extends Omit<ComponentProps<"button">, "type"> {
  /** The dialog to open; its `open` state is the launcher's. */
  dialog: Omit<
    BookingDialogProps,
    "open" | "defaultOpen" | "onOpenChange" | "trigger" | "finalFocus"
  >;
}

/**
 * "Book online" for an embedded booking page: a plain button in the server HTML that loads and
 * opens BookingDialog on the first click; focus comes back to this button when it closes.
 */
export function BookingDialogLauncher({ dialog, onClick, ...props }: BookingDialogLauncherProps) {
  const [requested, setRequested] = useState(false);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        {...props}
        onClick={(event) => {
          onClick?.(event);
          if (event.defaultPrevented) {
            return;
          }
          setRequested(true);
          setOpen(true);
        }}
      />
      {requested ? (
        <Suspense fallback={null}>
          <LazyBookingDialog
            {...dialog}
            open={open}
            onOpenChange={setOpen}
            finalFocus={buttonRef}
          />
        </Suspense>
      ) : null}
    </>
  );
}
