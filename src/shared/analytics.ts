/**
 * One analytics shape for every component. Events never carry procedure names or personal data
 * unless the site opts in (`includeContext`), in which case `context` is filled.
 */
export interface EventContext {
  procedureId?: string;
  procedureName?: string;
}

export type MedspaEvent =
  | { type: "cta_click"; channel: "phone" | "online"; placement: string; context?: EventContext }
  | { type: "dialog_open"; vendor: string; context?: EventContext }
  | { type: "dialog_close"; vendor: string; context?: EventContext }
  | { type: "booking_complete"; vendor: string; context?: EventContext }
  | { type: "accordion_toggle"; id: string; open: boolean; context?: EventContext }
  | { type: "faq_toggle"; id: string; open: boolean; context?: EventContext }
  | { type: "checklist_toggle"; id: string; checked: boolean; context?: EventContext }
  | { type: "checklist_complete"; total: number; context?: EventContext };

export type MedspaEventType = MedspaEvent["type"];

/** The callback every component accepts as `onEvent`. */
export type OnEvent = (event: MedspaEvent) => void;

interface DataLayerWindow {
  dataLayer?: Array<Record<string, unknown>>;
}

/**
 * Sends an event to Google Tag Manager's `dataLayer` as `{ event: "medspa_<type>", ...fields }`,
 * creating the layer if the page has none: `<BookingBanner onEvent={pushToDataLayer} />`.
 * Does nothing on the server.
 */
export function pushToDataLayer(event: MedspaEvent): void {
  if (typeof window === "undefined") {
    return;
  }
  const target = window as Window & DataLayerWindow;
  target.dataLayer ??= [];
  const { type, context, ...fields } = event;
  target.dataLayer.push({ event: `medspa_${type}`, ...fields, ...(context ?? {}) });
}
