"use client";

import { type ReactNode, useEffect, useState } from "react";
import { readStoredJson, sessionStorageOrUndefined, writeStoredJson } from "../../shared";

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
        <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18">
          <path
            d="M5 5l10 10M15 5L5 15"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </button>
    </div>
  );
}
