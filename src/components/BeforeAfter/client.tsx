"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { type LocaleOption, resolveMessages } from "../../i18n/locale";
import { slot } from "../../shared/slot";
import {
  readStoredJson,
  sessionStorageOrUndefined,
  writeStoredJson,
} from "../../shared/web-storage";
import { type BeforeAfterMessages, beforeAfterMessages } from "./messages";

// The client islands of the static BeforeAfter: the slider, which replaces the photos side by side
// once the page runs, and the cover of a sensitive case.

const positionProperty = "--msu-before-after-position";

export interface BeforeAfterSliderProps {
  /** The slider's accessible name: "Before and after: Forehead lines". */
  label: string;
  /** Where it starts: the share of the before photo shown, 0–100. */
  position: number;
  locale: LocaleOption | undefined;
  messages: Partial<BeforeAfterMessages> | undefined;
}

/**
 * The slider: a native range input over the whole photo, so a press anywhere moves the divider
 * there and the keyboard works as everywhere else. It renders once the page runs (the server HTML
 * shows the photos side by side). Moving it writes the position to the frame through the CSSOM,
 * which a strict CSP allows (`style-src-attr` governs style attributes in markup, not
 * `element.style`), and the value text to the input: React renders nothing.
 */
export function BeforeAfterSlider({ label, position, locale, messages }: BeforeAfterSliderProps) {
  const { valueText } = resolveMessages(beforeAfterMessages, "beforeAfter", locale, messages);
  const [running, setRunning] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setRunning(true), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again once the input is rendered.
  useEffect(() => {
    const range = input.current;
    const figure = range?.closest('[data-slot="before-after"]');
    if (range == null || figure == null) {
      return;
    }
    range.parentElement?.style.setProperty(positionProperty, `${range.value}%`);
    figure.setAttribute("data-interactive", "");
    return () => figure.removeAttribute("data-interactive");
  }, [running]);
  return running ? (
    <>
      <input
        ref={input}
        type="range"
        {...slot("before-after-slider")}
        min={0}
        max={100}
        step={1}
        defaultValue={position}
        aria-label={label}
        aria-valuetext={valueText(position)}
        onInput={(event) => {
          const range = event.currentTarget;
          range.parentElement?.style.setProperty(positionProperty, `${range.value}%`);
          range.setAttribute("aria-valuetext", valueText(Number(range.value)));
        }}
      />
      <span {...slot("before-after-divider")} aria-hidden="true" />
    </>
  ) : null;
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
