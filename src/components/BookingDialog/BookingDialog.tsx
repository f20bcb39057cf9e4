"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { setNonce } from "get-nonce";
import {
  type ComponentProps,
  type ReactElement,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { BookingProvider, Clinic } from "../../content/types";
import { useControllableState } from "../../hooks/use-controllable-state";
import { type LocaleOption, resolveMessages } from "../../i18n/locale";
import type { EventContext, OnEvent } from "../../shared/analytics";
import { warnInDevelopment } from "../../shared/development";
import { resolveEmbedTarget } from "../../shared/embed-target";
import { Icon } from "../../shared/icons";
import { toTelHref } from "../../shared/phone";
import {
  readBookingProvider,
  readClinicBooking,
  readClinicContact,
} from "../../shared/read-clinic";
import { slot } from "../../shared/slot";
import { type BookingDialogMessages, bookingDialogMessages } from "./messages";

const component = "BookingDialog";

type Phase = "loading" | "loaded" | "failed";

export interface BookingDialogProps extends Omit<ComponentProps<"div">, "title" | "children"> {
  /** The clinic: its name titles the dialog, its phone is the fallback, its `booking` is embedded. */
  clinic: Clinic;
  /** The booking page to embed. @default clinic.booking */
  booking?: BookingProvider;
  /** The element that opens the dialog (rendered as the trigger, `asChild`). */
  trigger?: ReactElement;
  /**
   * Where focus returns when the dialog closes, for a dialog opened by its own button rather than
   * `trigger` (with a `trigger`, focus returns to it).
   */
  finalFocus?: RefObject<HTMLElement | null>;
  /** Whether the dialog is open (controlled). */
  open?: boolean;
  /**
   * Whether the dialog is open at first (uncontrolled).
   * @default false
   */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The dialog's title. @default messages.title(clinic.name) */
  title?: string;
  /** The dialog's description. @default messages.description */
  description?: string;
  /**
   * Milliseconds to wait for the booking page before offering the fallback.
   * @default 10000
   */
  loadTimeout?: number;
  /**
   * Pass the page's `utm_*` and `gclid` parameters on to the booking page.
   * @default false
   */
  forwardUtm?: boolean;
  /**
   * Extra origins allowed in the iframe besides the vendor's own, exactly `https://host[:port]`.
   * `http://` is accepted only for loopback hosts, for tests and local development.
   * @default []
   */
  allowedOrigins?: string[];
  /** Called when the booking page reports a completed booking (after `onEvent`). */
  onBookingComplete?: () => void;
  /** Treat other messages from the booking page as a completed booking. */
  isBookingComplete?: (data: unknown) => boolean;
  /** CSP nonce for the `<style>` the scroll lock injects. */
  nonce?: string;
  /**
   * Where the open dialog is rendered.
   * @default document.body
   */
  container?: HTMLElement | null;
  /**
   * Country calling code for phone numbers written without "+".
   * @default "1"
   */
  defaultCountryCode?: string;
  /**
   * The language of built-in text and of numbers and dates: a locale bundle such as `frCA` from
   * `medspa-ui/locales/fr-CA` (an English page downloads no other language), or an English tag.
   * @default "en"
   */
  locale?: LocaleOption;
  /** Replaces built-in text, key by key. */
  messages?: Partial<BookingDialogMessages>;
  /** Analytics: `dialog_open`, `dialog_close`, `booking_complete`, each with the vendor. */
  onEvent?: OnEvent;
  /** Added to every event when set. */
  eventContext?: EventContext;
}

/**
 * Inside a shadow root (the custom elements), keeps focus in the open dialog, where Radix's trap
 * cannot see it (see shadow-root-focus.ts). That code is imported only there.
 */
function useFocusInShadowRoot(content: HTMLElement | null): void {
  useEffect(() => {
    const root = content?.getRootNode();
    if (content === null || !(root instanceof ShadowRoot)) {
      return;
    }
    let stop: (() => void) | undefined;
    let closed = false;
    import("./shadow-root-focus").then(({ keepFocusInShadowRoot }) => {
      if (!closed) {
        stop = keepFocusInShadowRoot(content, root);
      }
    });
    return () => {
      closed = true;
      stop?.();
    };
  }, [content]);
}

function currentPageUrl(): string | undefined {
  return typeof window === "undefined" ? undefined : window.location.href;
}

/**
 * The vendor's booking page in an accessible dialog (Radix Dialog): the iframe is created only
 * when the dialog opens, sandboxed, titled, limited to https origins on the vendor's allowlist,
 * with a loading state, a fallback (open in a new tab, or call) when it does not load in time,
 * and the vendor's completion message reported as `booking_complete`.
 *
 * @selector [data-slot="booking-dialog"] the dialog content, with `data-phase="loading|loaded|failed"`
 * @selector [data-slot="booking-dialog-frame"] the iframe
 * @selector [data-slot="booking-dialog-fallback"] the fallback shown when the page does not load
 */
export function BookingDialog({
  clinic,
  booking: bookingProp,
  trigger,
  finalFocus,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  title,
  description,
  loadTimeout = 10_000,
  forwardUtm = false,
  allowedOrigins,
  onBookingComplete,
  isBookingComplete,
  nonce,
  container,
  defaultCountryCode,
  locale,
  messages: messageOverrides,
  onEvent,
  eventContext,
  className,
  ...props
}: BookingDialogProps) {
  const messages = resolveMessages(
    bookingDialogMessages,
    "bookingDialog",
    locale,
    messageOverrides,
  );
  const originOptions = allowedOrigins === undefined ? {} : { allowedOrigins };
  const { name: clinicName = "", phone } = readClinicContact(clinic, component);
  const booking =
    bookingProp === undefined
      ? readClinicBooking(clinic, component, originOptions)
      : readBookingProvider(bookingProp, component, { path: "booking", ...originOptions });
  const [open, setOpen] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  const [phase, setPhase] = useState<Phase>("loading");
  const [booked, setBooked] = useState(false);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  useFocusInShadowRoot(content);

  if (nonce !== undefined) {
    // react-remove-scroll (inside Radix Dialog) reads the nonce for its <style> from get-nonce.
    setNonce(nonce);
  }

  // Keyed on the booking's values, not its object, which is read afresh on every render.
  const bookingUrl = booking?.url;
  const bookingVendor = booking?.kind === "embed" ? booking.vendor : undefined;
  const target = useMemo(() => {
    if (bookingUrl === undefined) {
      return {
        ok: false as const,
        reason: process.env.NODE_ENV === "production" ? "" : "there is no booking page",
      };
    }
    const options = {
      ...(allowedOrigins === undefined ? {} : { allowedOrigins }),
      ...(open ? { pageUrl: currentPageUrl() } : {}),
      forwardUtm,
    };
    return resolveEmbedTarget(bookingUrl, bookingVendor, options);
  }, [bookingUrl, bookingVendor, allowedOrigins, forwardUtm, open]);
  const vendor = target.ok ? target.adapter.vendor : (bookingVendor ?? "generic");

  useEffect(() => {
    if (!target.ok) {
      if (process.env.NODE_ENV !== "production") {
        warnInDevelopment(component, `the booking page is not embedded: ${target.reason}`);
      }
    }
  }, [target]);

  // A new load each time the dialog opens; the fallback appears if it takes too long.
  useEffect(() => {
    if (!open || !target.ok) {
      return;
    }
    setPhase("loading");
    setBooked(false);
    const timer = window.setTimeout(
      () => setPhase((current) => (current === "loading" ? "failed" : current)),
      loadTimeout,
    );
    return () => window.clearTimeout(timer);
  }, [open, target, loadTimeout]);

  // Only messages from the embedded page itself, from the allowed origin, can complete a booking.
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  const onBookingCompleteRef = useRef(onBookingComplete);
  onBookingCompleteRef.current = onBookingComplete;
  useEffect(() => {
    if (!open || !target.ok) {
      return;
    }
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== target.origin || event.source !== frameRef.current?.contentWindow) {
        return;
      }
      if (
        target.adapter.isBookingComplete(event.data) ||
        isBookingComplete?.(event.data) === true
      ) {
        setBooked(true);
        onEventRef.current?.({
          type: "booking_complete",
          vendor: target.adapter.vendor,
          ...(eventContext ? { context: eventContext } : {}),
        });
        onBookingCompleteRef.current?.();
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [open, target, isBookingComplete, eventContext]);

  // Report every change of the open state, whoever made it (a trigger, Escape, or a parent
  // controlling `open`, as the banner's lazy launcher does).
  const reportedOpen = useRef(false);
  useEffect(() => {
    if (open === reportedOpen.current) {
      return;
    }
    reportedOpen.current = open;
    onEventRef.current?.({
      type: open ? "dialog_open" : "dialog_close",
      vendor,
      ...(eventContext ? { context: eventContext } : {}),
    });
  }, [open, vendor, eventContext]);

  const phoneHref = toTelHref(
    phone,
    defaultCountryCode === undefined ? {} : { defaultCountryCode },
  );
  const pageUrl = target.ok ? target.src : undefined;
  // The link out opens the vendor's own page, not its embed variant.
  const openUrl = pageUrl === undefined ? undefined : (bookingUrl ?? pageUrl);
  const showFallback = !target.ok || phase === "failed";

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {trigger === undefined ? null : <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
      <Dialog.Portal container={container}>
        <Dialog.Overlay {...slot("booking-dialog-overlay")} />
        <Dialog.Content
          // No variants here, so no cva: a template keeps clsx out of the dialog's bundle.
          className={
            className === undefined ? "msu-booking-dialog" : `msu-booking-dialog ${className}`
          }
          data-slot="booking-dialog"
          // Radix hides the rest of the page from assistive technology; aria-modal says so too,
          // as the WAI-ARIA Authoring Practices dialog pattern requires.
          aria-modal="true"
          data-phase={showFallback ? "failed" : phase}
          ref={setContent}
          onCloseAutoFocus={(event) => {
            if (trigger === undefined && finalFocus?.current) {
              event.preventDefault();
              finalFocus.current.focus();
            }
          }}
          {...props}
        >
          <div className="msu-booking-dialog-header">
            <Dialog.Title {...slot("booking-dialog-title")}>
              {title ?? messages.title(clinicName)}
            </Dialog.Title>
            <Dialog.Close {...slot("booking-dialog-close")} aria-label={messages.close}>
              <Icon name="close" className="msu-booking-dialog-close-icon" />
            </Dialog.Close>
          </div>
          <Dialog.Description {...slot("booking-dialog-description")}>
            {description ?? messages.description}
          </Dialog.Description>
          {booked ? (
            <p role="status" {...slot("booking-dialog-booked")}>
              {messages.booked}
            </p>
          ) : null}
          {showFallback ? (
            <div role="alert" {...slot("booking-dialog-fallback")}>
              <p className="msu-booking-dialog-fallback-title">{messages.fallbackTitle}</p>
              <p>{messages.fallbackText}</p>
            </div>
          ) : (
            <div className="msu-booking-dialog-frame-wrapper" data-phase={phase}>
              {phase === "loading" ? (
                <p role="status" {...slot("booking-dialog-loading")}>
                  {messages.loading}
                </p>
              ) : null}
              <iframe
                ref={frameRef}
                src={pageUrl}
                title={messages.frameTitle(clinicName)}
                {...slot("booking-dialog-frame")}
                // The least a booking page needs: its own scripts and storage, forms, and
                // payment or calendar pop-ups. No top navigation, no downloads, no modals.
                sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox"
                allow="payment"
                referrerPolicy="strict-origin-when-cross-origin"
                onLoad={() => setPhase((current) => (current === "loading" ? "loaded" : current))}
                onError={() => setPhase("failed")}
              />
            </div>
          )}
          <div {...slot("booking-dialog-actions")}>
            {openUrl === undefined ? null : (
              <a
                href={openUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="msu-booking-dialog-action"
              >
                {messages.openBookingPage}{" "}
                <span className="msu-visually-hidden">{messages.opensInNewTab}</span>
              </a>
            )}
            {phoneHref === undefined || phone === undefined ? null : (
              <a href={phoneHref} className="msu-booking-dialog-action">
                {messages.call(phone)}
              </a>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
