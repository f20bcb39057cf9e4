import type { ComponentProps } from "react";
import type { ResultCase, ResultPhoto } from "../../content/types";
import { durationWords, formatCountRange } from "../../i18n/format";
import { clientLocale, type LocaleOption, resolveMessages } from "../../i18n/locale";
import { describeValue, isNonEmptyText, isRecord, isSlug } from "../../shared/content-checks";
import { warnInDevelopment } from "../../shared/development";
import { type RenderableResult, readResult } from "../../shared/read-results";
import { slot } from "../../shared/slot";
import { BeforeAfterSlider, SensitiveCover } from "./client";
import { type BeforeAfterMessages, beforeAfterMessages } from "./messages";

const component = "BeforeAfter";

/** What `BeforeAfter` and `ResultsGallery` share: how the photos load, and the words. */
export interface ResultDisplayOptions {
  /** The treatment's name, for the caption: "Botulinum toxin: Forehead lines". */
  treatment?: string;
  /**
   * The photos' `sizes`, with `srcSet`: how wide they show at each viewport width.
   * @default "(min-width: 48rem) 40rem, 100vw"
   */
  sizes?: string;
  /**
   * Where the slider starts: the share of the before photo shown, 0–100.
   * @default 50
   */
  defaultPosition?: number;
  /**
   * The language of built-in text and of numbers: a locale bundle such as `frCA` from
   * `medspa-ui/locales/fr-CA` (an English page downloads no other language), or an English tag.
   * @default "en"
   */
  locale?: LocaleOption;
  /** Replaces built-in text, key by key ("Individual results vary" can be reworded, not removed). */
  messages?: Partial<BeforeAfterMessages>;
}

export interface BeforeAfterProps
  extends Omit<ComponentProps<"figure">, "children">,
    ResultDisplayOptions {
  /** The case: two photos, the area, the context and the patient's consent to publish. */
  result: ResultCase;
  /**
   * Load the photos at once, for a case at the top of the page; otherwise they load as they come
   * near the viewport (`loading="lazy"`). Nothing is preloaded unless this is set.
   * @default false
   */
  priority?: boolean;
}

const defaultSizes = "(min-width: 48rem) 40rem, 100vw";

/** The case given to `BeforeAfter`, or undefined (with a development warning) when it cannot show. */
function readCase(value: unknown): RenderableResult | undefined {
  if (!isRecord(value) || !isSlug(value.id) || !isNonEmptyText(value.area)) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        component,
        `result ${describeValue(value)} must be a case with a slug id and an area; nothing is rendered`,
      );
    }
    return undefined;
  }
  return readResult(value, component, "result");
}

/** The start position given, as a whole percentage from 0 to 100; 50 when it is not a number. */
function readPosition(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value)
    ? Math.min(100, Math.max(0, Math.round(value)))
    : 50;
}

interface PhotoProps {
  photo: ResultPhoto;
  which: "before" | "after";
  label: string;
  priority: boolean;
  sizes: string;
}

function Photo({ photo, which, label, priority, sizes }: PhotoProps) {
  return (
    <div {...slot("before-after-photo")} data-photo={which}>
      <img
        src={photo.src}
        srcSet={photo.srcSet}
        sizes={photo.srcSet === undefined ? undefined : sizes}
        width={photo.width}
        height={photo.height}
        alt={photo.alt}
        loading={priority ? undefined : "lazy"}
        decoding="async"
      />
      <span {...slot("before-after-label")} data-photo={which}>
        {label}
      </span>
    </div>
  );
}

interface ResultFigureProps
  extends Omit<ComponentProps<"figure">, "children">,
    Omit<ResultDisplayOptions, "messages"> {
  result: RenderableResult;
  priority: boolean;
  messages?: Partial<BeforeAfterMessages> | undefined;
}

/**
 * One checked case, as `BeforeAfter` and each case of `ResultsGallery` show it. The server HTML
 * holds the two photos side by side, each labelled; the slider is a client island that takes over
 * once its code has loaded, as the case comes near the viewport.
 */
function ResultFigure({
  result,
  treatment,
  priority,
  sizes = defaultSizes,
  defaultPosition,
  locale,
  messages: messageOverrides,
  className,
  ...props
}: ResultFigureProps) {
  const messages = resolveMessages(beforeAfterMessages, "beforeAfter", locale, messageOverrides);
  const { area, sessions, photographed } = result;
  const [time, upTo] = photographed === undefined ? [] : durationWords(photographed, locale);
  const sessionCount =
    sessions === undefined ? undefined : formatCountRange({ min: sessions, max: sessions }, locale);
  const photos = (
    <div {...slot("before-after-frame")}>
      {(["before", "after"] as const).map((which) => (
        <Photo
          key={which}
          photo={result[which]}
          which={which}
          label={messages[which]}
          priority={priority}
          sizes={sizes}
        />
      ))}
      <BeforeAfterSlider
        label={messages.sliderLabel(area)}
        position={readPosition(defaultPosition)}
        locale={clientLocale(locale)}
        messages={messageOverrides}
      />
    </div>
  );
  return (
    <figure
      // One look, themed through tokens: no variants, so the slider weighs less than the one most
      // React sites use (scripts/size.mjs).
      className={className === undefined ? "msu-before-after" : `msu-before-after ${className}`}
      data-slot="before-after"
      data-sensitive={result.sensitive ? "" : undefined}
      // Focus lands here when a reader uncovers the case or shows more results.
      tabIndex={-1}
      {...props}
    >
      {result.sensitive ? (
        <SensitiveCover
          photo={result.after.src}
          label={messages.showSensitive(area)}
          notice={messages.sensitiveNotice}
          width={result.after.width}
          height={result.after.height}
        >
          {photos}
        </SensitiveCover>
      ) : (
        photos
      )}
      <figcaption {...slot("before-after-caption")}>
        <span {...slot("before-after-title")}>
          {/* The treatment's name comes from CMS data too: text, or left out. */}
          {messages.title(area, isNonEmptyText(treatment) ? treatment : undefined)}
        </span>
        {time === undefined && sessionCount === undefined ? null : (
          <span {...slot("before-after-context")}>
            {messages.photographed(time, sessionCount, upTo)}
          </span>
        )}
        {result.note === undefined ? null : (
          <span {...slot("before-after-note")}>{result.note}</span>
        )}
        <span {...slot("before-after-disclosures")}>
          {result.unretouched ? <span>{messages.unretouched}</span> : null}
          <span>{messages.consent}</span>
          <span>{messages.resultsVary}</span>
        </span>
      </figcaption>
    </figure>
  );
}

/**
 * One before-and-after result on a slider everyone can use: a native range input (arrow keys,
 * Home and End, Page Up and Down, a drag anywhere on the photos, touch that leaves vertical
 * scrolling to the page) whose name says what is compared and whose value says in words what
 * shows. Dragging changes a CSS custom property through the CSSOM and re-renders nothing; the
 * server HTML has no `style` attribute. Before the slider's code loads, without JavaScript and in
 * print, the two photos show side by side, each labelled. Under them: the treatment and area, when
 * the after photo was taken, "Unretouched photos" when declared, the patient's consent and
 * "Individual results vary". A case without `consent.publish: true` is never rendered; a
 * `sensitive` case is covered until the reader asks, and the choice holds for the session.
 *
 * @selector [data-slot="before-after"] the figure; `data-interactive` once the slider works; `data-sensitive` for a covered case
 * @selector [data-slot="before-after-frame"] the photos, with `--msu-before-after-position`
 * @selector [data-slot="before-after-photo"][data-photo="before|after"] a photo and its label
 * @selector [data-slot="before-after-label"] the word "Before" or "After" on a photo
 * @selector [data-slot="before-after-slider"] the range input
 * @selector [data-slot="before-after-divider"] the line and handle between the photos
 * @selector [data-slot="before-after-cover"] the cover of a sensitive case, with its button
 * @selector [data-slot="before-after-caption"] the caption: title, context, note, disclosures
 */
export function BeforeAfter({ result, priority = false, ...props }: BeforeAfterProps) {
  const checked = readCase(result);
  return checked === undefined ? null : (
    <ResultFigure result={checked} priority={priority} {...props} />
  );
}
