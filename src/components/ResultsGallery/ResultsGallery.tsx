"use client";

import { type ComponentProps, useEffect, useMemo, useRef, useState } from "react";
import type { ResultCase } from "../../content/types";
import { type LocaleOption, resolveMessages } from "../../i18n/locale";
import { warnInDevelopment } from "../../shared/development";
import { publishableResults } from "../../shared/read-results";
import { slot } from "../../shared/slot";
import { BeforeAfter, type BeforeAfterMessages, type ResultDisplayOptions } from "../BeforeAfter";
import { type ResultsGalleryMessages, resultsGalleryMessages } from "./messages";

const component = "ResultsGallery";

export interface ResultsGalleryProps
  extends Omit<ComponentProps<"div">, "children" | "results">,
    Omit<ResultDisplayOptions, "messages"> {
  /** The treatment's results (a procedure's `results`). A case without consent is never shown. */
  results: readonly ResultCase[];
  /**
   * How many cases show at first, and how many more each "Show more results" adds.
   * @default 3
   */
  pageSize?: number;
  /**
   * Load the first case's photos at once, for a gallery at the top of the page. Every other photo
   * loads as it comes near the viewport.
   * @default false
   */
  priority?: boolean;
  /**
   * The language of built-in text and of numbers: a locale bundle such as `frCA` from
   * `medspa-ui/locales/fr-CA`, or an English tag.
   * @default "en"
   */
  locale?: LocaleOption;
  /** Replaces built-in text, key by key: the gallery's and each case's. */
  messages?: Partial<ResultsGalleryMessages & BeforeAfterMessages>;
}

function readPageSize(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) {
    return value;
  }
  if (value !== undefined && process.env.NODE_ENV !== "production") {
    warnInDevelopment(component, `pageSize must be a whole number, 1 or more; using 3`);
  }
  return 3;
}

/**
 * A treatment's before-and-after results: a filter by area (toggle buttons with their counts)
 * when the cases cover two areas or more, the first few cases, and "Show more results", which
 * moves focus to the first case it adds. Each case is a `BeforeAfter`; at most the first loads its
 * photos at once (`priority`), every other photo as it comes near the viewport.
 *
 * @selector [data-slot="results-gallery"] the root
 * @selector [data-slot="results-gallery-filter"] the group of area filters
 * @selector [data-slot="results-gallery-filter-option"][aria-pressed="true|false"] an area's button, with `data-area`
 * @selector [data-slot="results-gallery-count"] the number of cases in an area's button
 * @selector [data-slot="results-gallery-status"] "Showing 3 of 7 results"
 * @selector [data-slot="results-gallery-list"] the list of cases
 * @selector [data-slot="results-gallery-more"] the "Show more results" button
 */
export function ResultsGallery({
  results,
  pageSize: pageSizeOption,
  priority = false,
  treatment,
  sizes,
  defaultPosition,
  locale,
  messages: messageOverrides,
  className,
  ...props
}: ResultsGalleryProps) {
  const messages = resolveMessages(
    resultsGalleryMessages,
    "resultsGallery",
    locale,
    messageOverrides,
  );
  const pageSize = readPageSize(pageSizeOption);
  const cases = useMemo(() => publishableResults<ResultCase>(results, component), [results]);
  // Each area once, in the order the cases first name it, with its count.
  const areas = useMemo(() => {
    const counts = new Map<string, number>();
    for (const result of cases) {
      counts.set(result.area, (counts.get(result.area) ?? 0) + 1);
    }
    return [...counts];
  }, [cases]);
  const [area, setArea] = useState<string | undefined>(undefined);
  const [shownCount, setShownCount] = useState(pageSize);
  const list = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | undefined>(undefined);

  const matching = area === undefined ? cases : cases.filter((result) => result.area === area);
  const visible = matching.slice(0, shownCount);

  useEffect(() => {
    const index = focusIndex.current;
    if (index !== undefined) {
      focusIndex.current = undefined;
      list.current?.children[index]?.querySelector("figure")?.focus();
    }
  });

  if (cases.length === 0) {
    return null;
  }

  const chooseArea = (next: string | undefined) => {
    setArea(next);
    setShownCount(pageSize);
  };
  const filterOption = (value: string | undefined, label: string, count: number) => (
    <button
      key={value ?? ""}
      type="button"
      {...slot("results-gallery-filter-option")}
      data-area={value}
      aria-pressed={area === value}
      onClick={() => chooseArea(value)}
    >
      {label} <span {...slot("results-gallery-count")}>({count})</span>
    </button>
  );

  return (
    <div
      className={
        className === undefined ? "msu-results-gallery" : `msu-results-gallery ${className}`
      }
      data-slot="results-gallery"
      {...props}
    >
      {areas.length > 1 ? (
        // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form's fieldset.
        <div role="group" aria-label={messages.filterLabel} {...slot("results-gallery-filter")}>
          {filterOption(undefined, messages.allAreas, cases.length)}
          {areas.map(([name, count]) => filterOption(name, name, count))}
        </div>
      ) : null}
      <p role="status" {...slot("results-gallery-status")}>
        {messages.showing(visible.length, matching.length)}
      </p>
      <ul ref={list} {...slot("results-gallery-list")}>
        {visible.map((result, index) => (
          <li key={result.id}>
            <BeforeAfter
              result={result}
              priority={priority && index === 0 && area === undefined}
              {...{ treatment, sizes, defaultPosition, locale }}
              messages={messageOverrides}
            />
          </li>
        ))}
      </ul>
      {visible.length < matching.length ? (
        <button
          type="button"
          {...slot("results-gallery-more")}
          onClick={() => {
            focusIndex.current = visible.length;
            setShownCount(visible.length + pageSize);
          }}
        >
          {messages.showMore}
        </button>
      ) : null}
    </div>
  );
}
