import { cx } from "class-variance-authority";
import { type ComponentProps, cloneElement, type MouseEvent, type ReactElement } from "react";
import type { Clinic } from "../../content/types";
import { type LocaleOption, resolveMessages } from "../../i18n/locale";
import type { EventContext, OnEvent } from "../../shared/analytics";
import { Heading, type HeadingLevel, readHeadingLevel } from "../../shared/heading";
import { toTelHref } from "../../shared/phone";
import { readClinicBooking, readClinicContact } from "../../shared/read-clinic";
import { slot } from "../../shared/slot";
import { DismissibleBanner } from "./client";
import { type BookingBannerMessages, bookingBannerMessages } from "./messages";
import { type BookingDialogOptions, onlineBookingAction } from "./online-booking";
import { type BookingBannerVariants, bookingBannerVariants } from "./variants";

const component = "BookingBanner";

export interface BookingBannerProps
  extends Omit<ComponentProps<"section">, "children">,
    BookingBannerVariants {
  /** The clinic: its phone becomes the call action, its `booking` (or `bookingUrl`) the online one. */
  clinic: Clinic;
  /** The banner's heading. @default messages.headline */
  headline?: string;
  /** Supporting text under the headline. */
  text?: string;
  /** An offer line, e.g. "New clients: 15% off a first session". */
  offer?: string;
  /**
   * Level of the headline.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * Render the online action as this element instead of an `<a>` (asChild), e.g. your router's
   * `<Link href="/book" />`; it receives the class, the label and the click handler. For a
   * booking page on the clinic's own site; vendor pages keep their safe new-tab link or dialog.
   */
  bookLink?: ReactElement<{ className?: string; onClick?: (event: MouseEvent) => void }>;
  /**
   * Let visitors hide the sticky bar for the rest of their session.
   * @default true
   */
  dismissible?: boolean;
  /**
   * Where the banner sits, sent as `placement` with `cta_click`.
   * @default the layout
   */
  placement?: string;
  /**
   * Country calling code for phone numbers written without "+".
   * @default "1"
   */
  defaultCountryCode?: string;
  /** Options for the booking dialog opened by an embedded provider. */
  dialog?: BookingDialogOptions;
  /**
   * The language of built-in text and of numbers and dates: a locale bundle such as `frCA` from
   * `medspa-ui/locales/fr-CA` (an English page downloads no other language), or an English tag.
   * @default "en"
   */
  locale?: LocaleOption;
  /** Replaces built-in text, key by key. */
  messages?: Partial<BookingBannerMessages>;
  /**
   * Analytics: `cta_click` (channel `phone | online`, placement) and the dialog's events. Without
   * it the banner attaches no handlers and, unless it embeds a booking page, ships no client JS.
   */
  onEvent?: OnEvent;
  /** Added to every event when set. */
  eventContext?: EventContext;
}

/**
 * The call to action: a headline and "Call" / "Book online". Links open vendor pages in a new
 * tab; an embedded provider opens `BookingDialog`. Every URL is checked (https, vendor allowlist)
 * and every phone normalised to E.164; what fails is left out with a development warning, and
 * the rest of the banner still renders.
 *
 * @selector [data-slot="booking-banner"] the root, with `data-layout` and `data-tone`
 * @selector [data-slot="booking-banner-action"][data-channel="phone|online"] an action
 */
export function BookingBanner({
  clinic,
  headline,
  text,
  offer,
  headingLevel,
  bookLink,
  dismissible = true,
  placement,
  defaultCountryCode,
  dialog,
  locale,
  messages: messageOverrides,
  onEvent,
  eventContext,
  layout,
  tone,
  className,
  ...props
}: BookingBannerProps) {
  const messages = resolveMessages(
    bookingBannerMessages,
    "bookingBanner",
    locale,
    messageOverrides,
  );
  const level = readHeadingLevel(headingLevel, 2, component);
  const resolvedLayout = layout ?? "inline";
  const context = eventContext ? { context: eventContext } : {};
  const clickHandler = (channel: "phone" | "online") =>
    onEvent === undefined
      ? undefined
      : () =>
          onEvent({
            type: "cta_click",
            channel,
            placement: placement ?? resolvedLayout,
            ...context,
          });
  const phoneOptions = defaultCountryCode === undefined ? {} : { defaultCountryCode };

  const { phone } = readClinicContact(clinic, component);
  const booking = readClinicBooking(
    clinic,
    component,
    dialog?.allowedOrigins === undefined ? {} : { allowedOrigins: dialog.allowedOrigins },
  );
  const phoneHref = toTelHref(phone, phoneOptions);
  let onlineAction: ReactElement | null = null;
  if (bookLink !== undefined) {
    // The site's element with the action's class and attributes added, its own click handler
    // first, as Radix's Slot merges them; cloning keeps its ref and the banner's bytes small.
    const { className: linkClassName, onClick: linkOnClick } = bookLink.props;
    const track = clickHandler("online");
    onlineAction = cloneElement(bookLink, {
      className: cx("msu-booking-banner-action", linkClassName),
      "data-slot": "booking-banner-action",
      "data-channel": "online",
      ...(track === undefined
        ? {}
        : {
            onClick: (event: MouseEvent) => {
              linkOnClick?.(event);
              track();
            },
          }),
    } as Partial<typeof bookLink.props>);
  } else {
    onlineAction = onlineBookingAction({
      component,
      clinic,
      booking,
      label: messages.bookOnline,
      opensInNewTab: messages.opensInNewTab,
      className: "msu-booking-banner-action",
      slot: "booking-banner-action",
      onClick: clickHandler("online"),
      dialog,
      locale,
      onEvent,
      eventContext,
      defaultCountryCode,
    });
  }

  const callAction =
    phone === undefined ? null : phoneHref === undefined ? (
      <p {...slot("booking-banner-phone")}>{messages.phone(phone)}</p>
    ) : (
      <a
        href={phoneHref}
        {...slot("booking-banner-action")}
        data-channel="phone"
        onClick={clickHandler("phone")}
      >
        {messages.call(phone)}
      </a>
    );

  const banner = (
    <section
      className={cx(bookingBannerVariants({ layout, tone }), className)}
      data-slot="booking-banner"
      data-layout={resolvedLayout}
      data-tone={tone ?? "brand"}
      {...props}
    >
      <div {...slot("booking-banner-content")}>
        <Heading level={level} {...slot("booking-banner-headline")}>
          {headline ?? messages.headline}
        </Heading>
        {text === undefined ? null : <p {...slot("booking-banner-text")}>{text}</p>}
        {offer === undefined ? null : <p {...slot("booking-banner-offer")}>{offer}</p>}
      </div>
      {onlineAction === null && callAction === null ? null : (
        <div {...slot("booking-banner-actions")}>
          {onlineAction}
          {callAction}
        </div>
      )}
    </section>
  );

  return resolvedLayout === "sticky" && dismissible ? (
    <DismissibleBanner storageKey="medspa-ui:booking-banner:v1:dismissed" label={messages.dismiss}>
      {banner}
    </DismissibleBanner>
  ) : (
    banner
  );
}
