"use client";

import { type ReactNode, useEffect, useState } from "react";
import {
  CloseIcon,
  readStoredJson,
  sessionStorageOrUndefined,
  writeStoredJson,
} from "../../shared";

export interface DismissibleBannerProps {
  /** Session storage key that remembers the dismissal. */
  storageKey: string;
  /** The dismiss button's accessible name. */
  label: string;
  children: ReactNode;
}

/**
 * The sticky banner's only client JavaScript: a dismiss button, remembered for the browser
 * session. The banner renders on the server as usual and is removed only by the visitor (or,
 * after hydration, when they dismissed it earlier in the session).
 */
export function DismissibleBanner({ storageKey, label, children }: DismissibleBannerProps) {
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (readStoredJson(sessionStorageOrUndefined, storageKey) === true) {
      setDismissed(true);
    }
  }, [storageKey]);
  if (dismissed) {
    return null;
  }
  return (
    <div className="msu-booking-banner-dismissible" data-slot="booking-banner-dismissible">
      {children}
      <button
        type="button"
        className="msu-booking-banner-dismiss"
        data-slot="booking-banner-dismiss"
        aria-label={label}
        onClick={() => {
          writeStoredJson(sessionStorageOrUndefined, storageKey, true);
          setDismissed(true);
        }}
      >
        <CloseIcon size={18} />
      </button>
    </div>
  );
}
