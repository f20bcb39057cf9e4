"use client";

import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from "react";
import type { LocaleOption } from "../../i18n/locale";
import { slot } from "../../shared/slot";
import {
  readStoredJson,
  sessionStorageOrUndefined,
  writeStoredJson,
} from "../../shared/web-storage";
import type { BeforeAfterMessages } from "./messages";

// The client islands of the static BeforeAfter: the slider, whose code loads as its case comes
// near the viewport (the server HTML already shows the photos side by side), and the cover of a
// sensitive case.

const Range = lazy(() => import("./slider"));

export interface BeforeAfterSliderProps {
  /** The slider's accessible name: "Before and after: Forehead lines". */
  label: string;
  defaultPosition: number | undefined;
  locale: LocaleOption | undefined;
  messages: Partial<BeforeAfterMessages> | undefined;
}

/**
 * Renders the slider once the photos are within half a screen of the viewport (at once where
 * IntersectionObserver is missing). Until then, a hidden placeholder marks where it goes.
 */
export function BeforeAfterSlider(props: BeforeAfterSliderProps) {
  const [near, setNear] = useState(false);
  const placeholder = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const frame = placeholder.current?.parentElement;
    if (frame == null || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          setNear(true);
        }
      },
      { rootMargin: "50% 0px" },
    );
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);
  return near ? (
    <Suspense fallback={null}>
      <Range {...props} />
    </Suspense>
  ) : (
    <span ref={placeholder} hidden />
  );
}

export interface SensitiveCoverProps {
  /** The after photo's address: the key of the reader's choice in session storage. */
  photo: string;
  /** The button's text, which says what the photos show: "Show photos: Abdomen". */
  label: string;
  notice: string;
  /** The after photo's size, so the cover takes the photos' place and nothing moves. */
  width: number;
  height: number;
  children: ReactNode;
}

const shownKey = "medspa-ui:results:v1:shown";

function shownPhotos(): unknown[] {
  const stored = readStoredJson(sessionStorageOrUndefined, shownKey);
  return Array.isArray(stored) ? stored : [];
}

/**
 * A sensitive case's photos stay out of the page (not even downloaded) until the reader presses
 * the button; the choice holds for the browser session. Without JavaScript the case stays
 * covered: a body photo is never shown that the reader did not ask to see.
 */
export function SensitiveCover({
  photo,
  label,
  notice,
  width,
  height,
  children,
}: SensitiveCoverProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shownPhotos().includes(photo)) {
      setShown(true);
    }
  }, [photo]);
  if (shown) {
    return children;
  }
  return (
    <div {...slot("before-after-cover")}>
      <svg
        className="msu-before-after-sizer"
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      />
      <div className="msu-before-after-cover-content">
        <p>{notice}</p>
        <button
          type="button"
          onClick={(event) => {
            writeStoredJson(sessionStorageOrUndefined, shownKey, [...shownPhotos(), photo]);
            // The button goes away: focus moves to the case it uncovered.
            event.currentTarget.closest("figure")?.focus();
            setShown(true);
          }}
        >
          {label}
        </button>
      </div>
    </div>
  );
}
