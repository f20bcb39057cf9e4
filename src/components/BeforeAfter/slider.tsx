"use client";

import { useEffect, useRef } from "react";
import { resolveMessages } from "../../i18n/locale";
import { slot } from "../../shared/slot";
import type { BeforeAfterSliderProps } from "./client";
import { beforeAfterMessages } from "./messages";

// Loaded on demand by BeforeAfterSlider (tsup.config.ts lists it in onDemandEntries).

const positionProperty = "--msu-before-after-position";

/** The start position given, as a whole percentage from 0 to 100; 50 when it is not a number. */
function readPosition(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value)
    ? Math.min(100, Math.max(0, Math.round(value)))
    : 50;
}

/**
 * The slider itself: a native range input over the whole photo, so a press anywhere moves the
 * divider there and the keyboard works as everywhere else. Moving it writes the position to the
 * frame through the CSSOM, which a strict CSP allows (`style-src-attr` governs style attributes
 * in markup, not `element.style`), and the value text to the input: React renders nothing.
 */
export default function BeforeAfterRange({
  label,
  defaultPosition,
  locale,
  messages,
}: BeforeAfterSliderProps) {
  const { valueText } = resolveMessages(beforeAfterMessages, "beforeAfter", locale, messages);
  const position = readPosition(defaultPosition);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const frame = input.current?.parentElement;
    const figure = frame?.closest('[data-slot="before-after"]');
    if (frame == null || figure == null) {
      return;
    }
    frame.style.setProperty(positionProperty, `${input.current?.value ?? position}%`);
    figure.setAttribute("data-interactive", "");
    return () => figure.removeAttribute("data-interactive");
  }, [position]);
  return (
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
  );
}
