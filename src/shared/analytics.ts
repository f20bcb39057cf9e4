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
  | { type: "checklist_toggle"; id: string; checked: boolean; context?: EventContext }
  | { type: "checklist_complete"; total: number; context?: EventContext };

export type MedspaEventType = MedspaEvent["type"];

/** The callback every component accepts as `onEvent`. */
export type OnEvent = (event: MedspaEvent) => void;
