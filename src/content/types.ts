/**
 * The public content contract. Plain types, importable anywhere without paying for validation;
 * the zod schemas in `./schema` check data against exactly these shapes.
 */

/** An inclusive range; a single value is `{ min: n, max: n }`. `min <= max`, both >= 0. */
export type Range = { min: number; max: number };

export type DurationUnit = "minutes" | "hours" | "days" | "weeks";

export type DurationRange = Range & { unit: DurationUnit };

export type ProcedurePhase = "before" | "during" | "after";

export interface ProcedureStep {
  /** Stable slug, unique within the procedure's steps. */
  id: string;
  phase: ProcedurePhase;
  title: string;
  description: string;
  duration?: DurationRange;
}

export type Numbing = "none" | "topical" | "local";

export interface ProcedureFacts {
  treatmentTime?: DurationRange;
  downtime?: DurationRange;
  sessions?: Range;
  interval?: DurationRange;
  numbing?: Numbing;
  resultsVisible?: DurationRange;
}

export type SideEffectFrequency = "very-common" | "common" | "uncommon" | "rare";

/** Escalation tier, NHS care-card style. */
export type SideEffectTier = "expected" | "contact-clinic" | "urgent";

export interface SideEffect {
  id: string;
  name: string;
  description: string;
  frequency: SideEffectFrequency;
  tier: SideEffectTier;
  duration?: DurationRange;
  peak?: DurationRange;
  selfCare?: string[];
  seekHelpIf?: string[];
}

export type AftercareKind = "do" | "avoid";

export interface AftercareWindow {
  /** Hours after treatment when the item starts to apply. */
  fromHours?: number;
  /** Hours after treatment when the item stops applying. */
  untilHours?: number;
}

export interface AftercareItem {
  id: string;
  text: string;
  kind: AftercareKind;
  /** Relative to the treatment time. */
  window?: AftercareWindow;
  details?: string;
}

export interface MedicalReview {
  by: string;
  credentials?: string;
  /** ISO 8601 date (`2026-03-14`) or date-time. */
  date: string;
}

/** schema.org procedure types: https://schema.org/MedicalProcedureType */
export type ProcedureType = "noninvasive" | "percutaneous";

export interface Procedure {
  /** Slug, e.g. "microneedling". */
  id: string;
  name: string;
  alsoKnownAs?: string[];
  /** How invasive it is, for structured data. */
  procedureType?: ProcedureType;
  /** Where on the body it is performed ("Face", "Neck"), for structured data. */
  bodyLocation?: string[];
  summary: string;
  /** Paragraphs, plain text. */
  howItWorks?: string[];
  treats?: string[];
  steps: ProcedureStep[];
  facts?: ProcedureFacts;
  sideEffects?: SideEffect[];
  aftercare?: AftercareItem[];
  /** What to expect after treatment. */
  expectations?: string[];
  disclaimer?: string;
  review?: MedicalReview;
}

export type BookingVendor =
  | "calendly"
  | "acuity"
  | "boulevard"
  | "zenoti"
  | "mindbody"
  | "jane"
  | "generic";

export type BookingProvider =
  /** Opens the vendor's page in a new tab. */
  | { kind: "link"; url: string }
  /** Opens the vendor's page inside the booking dialog. */
  | { kind: "embed"; url: string; vendor?: BookingVendor };

export interface Clinic {
  name: string;
  /** Any human format; rendered as given, dialled as E.164 `tel:`. */
  phone?: string;
  /** https only. */
  bookingUrl?: string;
  /** How online booking opens. */
  booking?: BookingProvider;
  address?: string;
  hours?: string;
}
