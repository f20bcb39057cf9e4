"use client";

import { cx } from "class-variance-authority";
import {
  type ComponentProps,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { AftercareKind, CareItem, Clinic, FollowUp } from "../../content/types";
import { durationWords, formatList } from "../../i18n/format";
import { type LocaleOption, resolveMessages } from "../../i18n/locale";
import type { EventContext, OnEvent } from "../../shared/analytics";
import { areasOf, isForAreas, usePatientAreas } from "../../shared/areas";
import { momentHours } from "../../shared/care-timing";
import { aftercareKindValues } from "../../shared/content-checks";
import { warnInDevelopment } from "../../shared/development";
import { Heading, type HeadingLevel, readHeadingLevel } from "../../shared/heading";
import { Icon, type IconName } from "../../shared/icons";
import { toTelHref } from "../../shared/phone";
import { readClinicBooking, readClinicContact } from "../../shared/read-clinic";
import { readFollowUp } from "../../shared/read-follow-up";
import { slot } from "../../shared/slot";
import { type BookingDialogOptions, onlineBookingAction } from "../BookingBanner/online-booking";
import {
  parseAreaChoice,
  parseTicks,
  readTicksSnapshot,
  storageKeyFor,
  subscribeToTicks,
  writeTicks,
} from "./device-store";
import { type AftercareChecklistMessages, aftercareChecklistMessages } from "./messages";
import { type RenderableCareItem, readCareItems } from "./read-items";
import {
  calendarDay,
  dayOf,
  formatLocalDate,
  groupByTiming,
  millisecondsPerHour,
  momentTime,
  spanTimes,
  type TimelineGroup,
  timingAt,
  type WindowTiming,
} from "./time-windows";
import { type AftercareChecklistVariants, aftercareChecklistVariants } from "./variants";

const component = "AftercareChecklist";
// The two kinds differ in shape (a tick, a barred circle), so never by colour alone.
const kindIcons: Record<AftercareKind, IconName> = { do: "check-circle", avoid: "barred-circle" };

export interface AftercareChecklistProps
  extends Omit<ComponentProps<"section">, "children" | "defaultChecked">,
    AftercareChecklistVariants {
  /**
   * The care items: a procedure's `preparation` or `aftercare`, or both in one list. Invalid items
   * are skipped with a development warning. The title follows the items: "Preparing for your
   * treatment" when all start before or on the day, "Aftercare checklist" when all start after,
   * "Your care checklist" for both.
   */
  items: readonly CareItem[];
  /**
   * The areas this patient had treated (`["Lips"]`): the checklist shows the items for every area
   * and those for these. Without it, every item shows, each for some areas named ("Lips: …"), and
   * where some items are for one area the patient can choose theirs, remembered with the ticks.
   */
  areas?: readonly string[];
  /**
   * Level of the checklist's title; time-window headings are one level below.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * `window` groups items by when they apply ("From 5 days before", "On the day", "First 24
   * hours", "Days 2–7"); `none` lists them.
   * @default "window"
   */
  grouping?: "window" | "none";
  /** The ticked ids (controlled). */
  checked?: string[];
  /**
   * The ticked ids at first (uncontrolled, when nothing is stored).
   * @default []
   */
  defaultChecked?: string[];
  /** Called with the ticked ids whenever they change. */
  onCheckedChange?: (checked: string[]) => void;
  /**
   * Turns on persistence on this device (localStorage `medspa-ui:aftercare:v1:<storageKey>`),
   * synced across tabs. Nothing is ever sent over the network.
   */
  storageKey?: string;
  /**
   * When the treatment is or was (ISO date or date-time, or a Date): highlights what applies now,
   * says how far away what comes before the day is, and dates the follow-up visit.
   */
  treatmentDate?: string | Date;
  /**
   * The current time, for tests and stories. Without it the time is read after hydration, so
   * server and client HTML agree.
   */
  now?: Date | number;
  /** The clinic: its name and phone on the handout's foot, its booking for the follow-up. */
  clinic?: Clinic;
  /** The follow-up visit (a procedure's `followUp`), shown at its time with a way to book it. */
  followUp?: FollowUp;
  /** Options for the booking dialog, when the clinic embeds its booking page. */
  dialog?: BookingDialogOptions;
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
  messages?: Partial<AftercareChecklistMessages>;
  /** Analytics: `checklist_toggle` (id, checked) and `checklist_complete` (total). */
  onEvent?: OnEvent;
  /** Added to every event when set: opt in to send procedure details to analytics. */
  eventContext?: EventContext;
}

function readTreatmentTime(treatmentDate: string | Date | undefined): number | undefined {
  if (treatmentDate === undefined) {
    return undefined;
  }
  // A date alone ("2026-12-03") is that day on the patient's calendar, from local midnight, not
  // UTC midnight (the evening before in the Americas).
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(treatmentDate));
  const time =
    treatmentDate instanceof Date
      ? treatmentDate.getTime()
      : day === null
        ? Date.parse(treatmentDate)
        : new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).getTime();
  if (Number.isNaN(time)) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        component,
        `treatmentDate ${JSON.stringify(String(treatmentDate))} is not a valid date; it is ignored`,
      );
    }
    return undefined;
  }
  return time;
}

/** The device's stored ticks for a key (null on the server and when nothing is stored). */
function useStoredTicks(key: string | undefined): string | null {
  const subscribe = useCallback(
    (onChange: () => void) => (key === undefined ? () => {} : subscribeToTicks(key, onChange)),
    [key],
  );
  return useSyncExternalStore(
    subscribe,
    () => (key === undefined ? null : readTicksSnapshot(key)),
    () => null,
  );
}

/** The time to judge windows by: the `now` prop, or the clock once mounted (never during SSR). */
function useNow(now: Date | number | undefined, needed: boolean): number | undefined {
  const [clock, setClock] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (now !== undefined || !needed) {
      return;
    }
    setClock(Date.now());
    const timer = window.setInterval(() => setClock(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, [now, needed]);
  return now === undefined ? clock : new Date(now).getTime();
}

/**
 * A do / avoid checklist for after a treatment, grouped by time, ticked off and remembered on the
 * patient's device, aware of how long ago the treatment was, and printable as a handout.
 *
 * @selector [data-slot="aftercare-checklist"] the root, with `data-appearance` and `data-columns`
 * @selector [data-slot="aftercare-checklist-group"] a time window
 * @selector [data-slot="aftercare-checklist-item"][data-kind="do|avoid"][data-state="checked|unchecked"][data-active][data-timing="past|active|upcoming"] an item
 * @selector [data-slot="aftercare-checklist-progress"] the progress text and bar
 * @selector [data-slot="aftercare-checklist-areas"] "Where were you treated?", where some items are for one area
 * @selector [data-slot="aftercare-checklist-area"] the area named before an item for some areas ("Lips:")
 * @selector [data-slot="aftercare-checklist-print-footer"] the clinic's details, shown in print only
 */
export function AftercareChecklist({
  items: itemsProp,
  areas: areasProp,
  headingLevel,
  grouping = "window",
  checked: checkedProp,
  defaultChecked,
  onCheckedChange,
  storageKey,
  treatmentDate,
  now: nowProp,
  clinic,
  followUp: followUpProp,
  dialog,
  defaultCountryCode,
  locale,
  messages: messageOverrides,
  onEvent,
  eventContext,
  appearance,
  columns,
  className,
  ...props
}: AftercareChecklistProps) {
  const messages = resolveMessages(
    aftercareChecklistMessages,
    "aftercareChecklist",
    locale,
    messageOverrides,
  );
  const allItems = useMemo(() => readCareItems(itemsProp), [itemsProp]);
  const ids = useMemo(() => allItems.map((item) => item.id), [allItems]);
  const givenAreas = usePatientAreas(areasProp);
  // Where the page does not say which areas were treated, the patient can.
  const offeredAreas = useMemo(
    () => (givenAreas === undefined ? areasOf(allItems) : []),
    [givenAreas, allItems],
  );
  const [memoryAreaChoice, setMemoryAreaChoice] = useState<string[]>([]);
  const level = readHeadingLevel(headingLevel, 3, component);
  const baseId = useId();
  const storageId = storageKey === undefined ? undefined : storageKeyFor(storageKey);
  const storedSnapshot = useStoredTicks(checkedProp === undefined ? storageId : undefined);
  const [memoryChecked, setMemoryChecked] = useState<string[]>(defaultChecked ?? []);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const treatmentTime = useMemo(() => readTreatmentTime(treatmentDate), [treatmentDate]);
  const now = useNow(nowProp, treatmentTime !== undefined);
  const elapsedHours =
    treatmentTime === undefined || now === undefined
      ? undefined
      : (now - treatmentTime) / millisecondsPerHour;

  const stored = useMemo(() => parseTicks(storedSnapshot, ids), [storedSnapshot, ids]);
  const storesAreas = storageId !== undefined && checkedProp === undefined;
  const storedAreaChoice = useMemo(
    () => parseAreaChoice(storedSnapshot, offeredAreas),
    [storedSnapshot, offeredAreas],
  );
  // The areas the patient chose; "" is "Another area". Nothing chosen shows every item.
  const areaChoice = storesAreas ? storedAreaChoice : memoryAreaChoice;
  const patientAreas = givenAreas ?? (areaChoice.length > 0 ? areaChoice : undefined);
  const items = useMemo(
    () => allItems.filter((item) => isForAreas(item.areas, patientAreas)),
    [allItems, patientAreas],
  );
  const checkedIds = useMemo(() => {
    const source =
      checkedProp ?? (storageId === undefined ? memoryChecked : (stored ?? defaultChecked ?? []));
    return source.filter((id) => ids.includes(id));
  }, [checkedProp, storageId, memoryChecked, stored, defaultChecked, ids]);

  const setChecked = (next: string[]) => {
    if (checkedProp === undefined) {
      if (storageId === undefined) {
        setMemoryChecked(next);
      } else {
        writeTicks(storageId, next, areaChoice);
      }
    }
    onCheckedChange?.(next);
  };

  const context = eventContext ? { context: eventContext } : {};
  const chooseArea = (area: string, isChosen: boolean) => {
    // Kept in the order offered, whatever the order of the clicks.
    const next = isChosen
      ? [...offeredAreas, ""].filter((offered) => offered === area || areaChoice.includes(offered))
      : areaChoice.filter((chosenArea) => chosenArea !== area);
    if (storesAreas && storageId !== undefined) {
      writeTicks(storageId, checkedIds, next);
    } else {
      setMemoryAreaChoice(next);
    }
  };

  const toggle = (id: string, isChecked: boolean) => {
    const next = isChecked
      ? [...checkedIds, id]
      : checkedIds.filter((checkedId) => checkedId !== id);
    setChecked(next);
    onEvent?.({ type: "checklist_toggle", id, checked: isChecked, ...context });
    if (isChecked && items.every((item) => next.includes(item.id))) {
      onEvent?.({ type: "checklist_complete", total: items.length, ...context });
    }
  };

  useEffect(() => {
    if (confirmingReset) {
      confirmRef.current?.focus();
    }
  }, [confirmingReset]);

  if (allItems.length === 0) {
    return null;
  }

  // Progress counts what this patient is shown; ticks of another area's items are kept.
  const done = items.filter((item) => checkedIds.includes(item.id)).length;
  const total = items.length;
  const titleId = `${baseId}-title`;
  const progressId = `${baseId}-progress`;
  const day = elapsedHours === undefined || elapsedHours < 0 ? undefined : dayOf(elapsedHours);
  const today = now === undefined ? undefined : calendarDay(now);
  const isTreatmentDay =
    treatmentTime !== undefined && today !== undefined && calendarDay(treatmentTime) === today;
  const groups: TimelineGroup[] =
    grouping === "window"
      ? groupByTiming(items, messages, locale)
      : [{ key: "all", label: "", span: { from: 0, until: undefined }, items }];
  const { name: clinicName, phone: clinicPhone } = readClinicContact(clinic, component);
  const phoneHref = toTelHref(
    clinicPhone,
    defaultCountryCode === undefined ? {} : { defaultCountryCode },
  );
  const followUp = readFollowUp(followUpProp, component);
  // The title says which part of the guide the list holds (items that start before the day are
  // preparation; the rest, aftercare).
  const before = items.filter((item) => item.span.from < 0 || item.span.onDay).length;
  const title =
    before === items.length
      ? messages.preparationTitle
      : before === 0
        ? messages.title
        : messages.careTitle;
  const timingOf = (item: RenderableCareItem): WindowTiming | undefined =>
    treatmentTime === undefined || now === undefined
      ? undefined
      : timingAt(item, treatmentTime, now);

  /** What an item's timing says at `now`: how far away, from today, now, or no longer needed. */
  const timingText = (item: RenderableCareItem, timing: WindowTiming): string => {
    if (timing === "past") {
      return messages.noLongerApplies;
    }
    const aroundTheDay = item.span.from < 0 || item.span.onDay;
    if (!aroundTheDay) {
      return timing === "active"
        ? messages.appliesNow
        : messages.startsOnDay(dayOf(item.span.from));
    }
    const startDay = calendarDay(spanTimes(item, treatmentTime as number).start);
    if (timing === "upcoming") {
      return messages.startsIn(startDay - (today as number));
    }
    return item.span.onDay
      ? messages.today
      : startDay === today
        ? messages.fromToday
        : messages.appliesNow;
  };

  const renderItem = (item: RenderableCareItem) => {
    const isChecked = checkedIds.includes(item.id);
    const timing = timingOf(item);
    const inputId = `${baseId}-${item.id}`;
    const detailsId = `${inputId}-details`;
    const timingId = `${inputId}-timing`;
    const describedBy = `${item.details ? detailsId : ""} ${timing ? timingId : ""}`.trim();
    return (
      <li
        key={item.id}
        {...slot("aftercare-checklist-item")}
        data-kind={item.kind}
        data-state={isChecked ? "checked" : "unchecked"}
        data-timing={timing}
        data-active={timing === "active" ? "" : undefined}
      >
        <input
          id={inputId}
          type="checkbox"
          {...slot("aftercare-checklist-checkbox")}
          checked={isChecked}
          onChange={(event) => toggle(item.id, event.currentTarget.checked)}
          aria-describedby={describedBy || undefined}
        />
        <label htmlFor={inputId} {...slot("aftercare-checklist-label")}>
          <Icon name={kindIcons[item.kind]} className="msu-aftercare-checklist-kind-icon" />
          <span className="msu-aftercare-checklist-label-text">
            <span className="msu-visually-hidden">{messages.kindPrefix[item.kind]}</span>
            {/* Said in words, not by an icon alone: next to a checkbox, "Pick at flaking skin"
                would read as something to do. Avoid items always carry it; do items wherever
                both kinds share a list (in columns, the column heading says "Do"). Screen
                readers hear the prefix above instead, punctuated for them. */}
            {item.kind === "avoid" || !columns ? (
              <span
                {...slot("aftercare-checklist-kind-label")}
                data-kind={item.kind}
                aria-hidden="true"
              >
                {messages.kindHeading[item.kind]}
              </span>
            ) : null}{" "}
            {item.areas.length === 0 ? null : (
              <>
                <span {...slot("aftercare-checklist-area")}>
                  {messages.area(formatList(item.areas, "conjunction", locale))}
                </span>{" "}
              </>
            )}
            <span className="msu-aftercare-checklist-text">{item.text}</span>
          </span>
        </label>
        {item.details ? (
          <p id={detailsId} {...slot("aftercare-checklist-details")}>
            {item.details}
          </p>
        ) : null}
        {timing === undefined ? null : (
          <p id={timingId} {...slot("aftercare-checklist-timing")} data-timing={timing}>
            {timingText(item, timing)}
          </p>
        )}
      </li>
    );
  };

  // The follow-up visit sits on the timeline at the earliest time it is due: after every group that
  // has ended by then, before the first still running or yet to start ("Until your next session"
  // runs on). In one list, it comes last.
  const shown: Array<TimelineGroup | FollowUp> = [...groups];
  if (followUp !== undefined) {
    const due = momentHours({ after: followUp.after.min, unit: followUp.after.unit });
    const next =
      grouping === "window"
        ? groups.findIndex((group) => (group.span.until ?? Number.POSITIVE_INFINITY) > due)
        : -1;
    shown.splice(next < 0 ? groups.length : next, 0, followUp);
  }

  const renderFollowUp = ({ after, purpose }: FollowUp) => {
    const dueDate = (amount: number) =>
      formatLocalDate(
        momentTime({ after: amount, unit: after.unit }, treatmentTime as number),
        locale,
      );
    // Dates follow the patient's calendar, so like the day line they wait for the browser's
    // clock (a server in another time zone could name another day).
    const [first, last] =
      treatmentTime === undefined || now === undefined
        ? []
        : [dueDate(after.min), dueDate(after.max)];
    const track = (channel: "online" | "phone") =>
      onEvent === undefined
        ? undefined
        : () => onEvent({ type: "cta_click", channel, placement: "follow-up", ...context });
    const action =
      onlineBookingAction({
        component,
        clinic: clinic as Clinic,
        booking: readClinicBooking(
          clinic,
          component,
          dialog?.allowedOrigins === undefined ? {} : { allowedOrigins: dialog.allowedOrigins },
        ),
        label: messages.bookFollowUp,
        opensInNewTab: messages.opensInNewTab,
        className: "msu-aftercare-checklist-button",
        slot: "aftercare-checklist-follow-up-action",
        onClick: track("online"),
        dialog,
        locale,
        onEvent,
        eventContext,
        defaultCountryCode,
      }) ??
      (phoneHref === undefined ? null : (
        <a
          href={phoneHref}
          className="msu-aftercare-checklist-button"
          data-slot="aftercare-checklist-follow-up-action"
          data-channel="phone"
          onClick={track("phone")}
        >
          {messages.callToBook(clinicPhone as string)}
        </a>
      ));
    return (
      <div
        key="follow-up"
        className="msu-aftercare-checklist-group msu-aftercare-checklist-follow-up"
        data-slot="aftercare-checklist-follow-up"
      >
        <Heading level={level + 1} {...slot("aftercare-checklist-group-title")}>
          {messages.followUpTitle}
        </Heading>
        <p className="msu-aftercare-checklist-follow-up-due">
          {messages.followUpDue(...durationWords(after, locale))}
          {first === undefined || last === undefined ? null : (
            <>
              {" "}
              <span className="msu-aftercare-checklist-follow-up-dates">
                {messages.followUpDates(first, last)}
              </span>
            </>
          )}
        </p>
        <p className="msu-aftercare-checklist-follow-up-purpose">{purpose}</p>
        {action}
      </div>
    );
  };

  const renderItems = (groupItems: RenderableCareItem[], groupLevel: number) =>
    columns ? (
      <div {...slot("aftercare-checklist-columns")}>
        {aftercareKindValues.map((kind) => {
          const ofKind = groupItems.filter((item) => item.kind === kind);
          return ofKind.length === 0 ? null : (
            <div key={kind} {...slot("aftercare-checklist-column")} data-kind={kind}>
              <Heading level={groupLevel} className="msu-aftercare-checklist-column-title">
                {messages.kindHeading[kind]}
              </Heading>
              <ul className="msu-aftercare-checklist-list">{ofKind.map(renderItem)}</ul>
            </div>
          );
        })}
      </div>
    ) : (
      <ul {...slot("aftercare-checklist-list")}>{groupItems.map(renderItem)}</ul>
    );

  return (
    <section
      aria-labelledby={titleId}
      className={cx(aftercareChecklistVariants({ appearance, columns }), className)}
      data-slot="aftercare-checklist"
      data-appearance={appearance ?? "card"}
      data-columns={columns ? "" : undefined}
      {...props}
    >
      <header {...slot("aftercare-checklist-header")}>
        <Heading level={level} id={titleId} className="msu-aftercare-checklist-title">
          {title}
        </Heading>
        {treatmentTime !== undefined && elapsedHours !== undefined ? (
          <p {...slot("aftercare-checklist-day")}>
            {isTreatmentDay
              ? messages.treatmentToday
              : day === undefined
                ? messages.treatmentUpcoming(formatLocalDate(treatmentTime, locale) ?? "")
                : messages.dayAfterTreatment(day)}
          </p>
        ) : null}
        <div {...slot("aftercare-checklist-progress")}>
          <p id={progressId} role="status" className="msu-aftercare-checklist-progress-text">
            {messages.progress(done, total)}
            {done === total ? (
              <span className="msu-aftercare-checklist-all-done"> {messages.allDone}</span>
            ) : null}
          </p>
          <progress
            max={total}
            value={done}
            aria-labelledby={progressId}
            className="msu-aftercare-checklist-progress-bar"
          />
        </div>
      </header>
      {offeredAreas.length === 0 ? null : (
        <fieldset {...slot("aftercare-checklist-areas")} aria-describedby={`${baseId}-areas-hint`}>
          <legend className="msu-aftercare-checklist-areas-legend">{messages.areasLegend}</legend>
          <p id={`${baseId}-areas-hint`} className="msu-aftercare-checklist-areas-hint">
            {messages.areasHint}
          </p>
          <div className="msu-aftercare-checklist-areas-choices">
            {[...offeredAreas, ""].map((area) => (
              <label key={area} className="msu-aftercare-checklist-area-choice">
                <input
                  type="checkbox"
                  checked={areaChoice.includes(area)}
                  onChange={(event) => chooseArea(area, event.currentTarget.checked)}
                />
                {area || messages.areasElsewhere}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div ref={listRef} className="msu-aftercare-checklist-groups">
        {shown.map((group) =>
          "after" in group ? (
            renderFollowUp(group)
          ) : (
            <div
              key={group.key}
              {...slot("aftercare-checklist-group")}
              data-active={
                grouping === "window" && group.items[0] && timingOf(group.items[0]) === "active"
                  ? ""
                  : undefined
              }
              data-today={group.span.onDay && isTreatmentDay ? "" : undefined}
            >
              {grouping === "window" ? (
                <Heading level={level + 1} {...slot("aftercare-checklist-group-title")}>
                  {group.label}
                </Heading>
              ) : null}
              {renderItems(group.items, grouping === "window" ? level + 2 : level + 1)}
            </div>
          ),
        )}
      </div>
      {done > 0 ? (
        <div {...slot("aftercare-checklist-reset")}>
          {confirmingReset ? (
            <fieldset className="msu-aftercare-checklist-reset-confirm">
              <legend className="msu-aftercare-checklist-reset-question">
                {messages.resetQuestion}
              </legend>
              <button
                ref={confirmRef}
                type="button"
                className="msu-aftercare-checklist-button"
                data-variant="danger"
                onClick={() => {
                  setChecked([]);
                  setConfirmingReset(false);
                  listRef.current?.querySelector<HTMLInputElement>("input[type=checkbox]")?.focus();
                }}
              >
                {messages.resetConfirm}
              </button>
              <button
                type="button"
                className="msu-aftercare-checklist-button"
                onClick={() => setConfirmingReset(false)}
              >
                {messages.resetCancel}
              </button>
            </fieldset>
          ) : (
            <button
              type="button"
              className="msu-aftercare-checklist-button"
              onClick={() => setConfirmingReset(true)}
            >
              {messages.reset}
            </button>
          )}
        </div>
      ) : null}
      {clinicName !== undefined ? (
        <footer {...slot("aftercare-checklist-print-footer")}>
          {messages.questions(clinicName)}
          {phoneHref !== undefined ? (
            <>
              {" "}
              <a href={phoneHref}>{clinicPhone}</a>
            </>
          ) : null}
        </footer>
      ) : null}
    </section>
  );
}
