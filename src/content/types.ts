/**
 * The public content contract. Plain types, importable anywhere without paying for validation;
 * the zod schemas in `./schema` check data against exactly these shapes.
 */

/** An inclusive range; a single value is `{ min: n, max: n }`. `min <= max`, both >= 0. */
export type Range = { min: number; max: number };

export type DurationUnit = "minutes" | "hours" | "days" | "weeks" | "months" | "years";

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
  /** How long results usually last ("6–12 months"). */
  resultsLast?: DurationRange;
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
  /** The treated areas it concerns, as patients say them (`["Lips"]`). Without it, every area. */
  areas?: string[];
}

export type AftercareKind = "do" | "avoid";

/**
 * A moment on the treatment timeline: the treatment itself, or a time before or after it in the
 * units clinics write ("6 months before" is `{ before: 6, unit: "months" }`).
 */
export type CareMoment =
  | "treatment"
  | { before: number; unit: DurationUnit }
  | { after: number; unit: DurationUnit };

/**
 * When a care item applies, on one timeline around the treatment.
 *
 * - `{ on: "treatment-day" }`: the day of treatment ("Come with clean skin").
 * - `{ from, until }`: from one moment until another (exclusive). `from` defaults to the treatment;
 *   `until` defaults to the treatment when `from` is before it ("from 5 days before" ends at the
 *   treatment) and is open otherwise ("from 3 days after"). Examples: "for 24 hours after" is
 *   `{ until: { after: 24, unit: "hours" } }`; "from 2 days before until 5 days after" is
 *   `{ from: { before: 2, unit: "days" }, until: { after: 5, unit: "days" } }`.
 */
export type CareTiming = { on: "treatment-day" } | { from?: CareMoment; until?: CareMoment };

/**
 * The timing aftercare items used before `when`: hours after treatment. Still read; rewrite
 * `{ fromHours: a, untilHours: b }` as `{ from: { after: a, unit: "hours" }, until: { after: b,
 * unit: "hours" } }`.
 */
export interface AftercareWindow {
  /** Hours after treatment when the item starts to apply. */
  fromHours?: number;
  /** Hours after treatment when the item stops applying. */
  untilHours?: number;
}

/** Something to do or avoid, before, on or after the day of treatment. */
export interface CareItem {
  id: string;
  text: string;
  kind: AftercareKind;
  /** When it applies. Without it, the item applies throughout ("until your next session"). */
  when?: CareTiming;
  /** @deprecated Use `when`; a window is read as hours after treatment. Give one or the other. */
  window?: AftercareWindow;
  details?: string;
  /**
   * The treated areas it is for, as patients say them: lip filler's "no straws" is `["Lips"]`.
   * Without it, every area. A patient treated elsewhere does not see it; the components name the
   * area when they show it ("Lips: …").
   */
  areas?: string[];
}

/** An item of the aftercare list: a care item (the name it had before preparation existed). */
export type AftercareItem = CareItem;

/** A reason not to have the treatment, or something to tell the clinic first. Plain text. */
export interface SuitabilityItem {
  id: string;
  text: string;
  /** How long to wait, when waiting makes it suitable: "until 6 months after your last dose". */
  wait?: string;
}

/** Who should not have the treatment (contraindications), and what to tell the clinic first. */
export interface Suitability {
  notSuitableIf?: SuitabilityItem[];
  tellClinicIf?: SuitabilityItem[];
}

/** The follow-up or touch-up visit. */
export interface FollowUp {
  /** When it is due, after the treatment: `{ min: 2, max: 3, unit: "weeks" }`. */
  after: DurationRange;
  /** What it is for: "To check how your skin has healed and plan the next session." */
  purpose: string;
}

export interface MedicalReview {
  by: string;
  credentials?: string;
  /** ISO 8601 date (`2026-03-14`) or date-time. */
  date: string;
}

/** schema.org procedure types: https://schema.org/MedicalProcedureType */
export type ProcedureType = "noninvasive" | "percutaneous";

/** A question patients ask about the treatment, and the clinic's answer. */
export interface FaqItem {
  /** Slug; with the accordion's prefix, the question's URL fragment (`#faq-does-it-hurt`). */
  id: string;
  /** "Does it hurt?" */
  question: string;
  /** Plain text; a blank line starts a new paragraph. */
  answer: string;
}

/** A photo of a result: an image the clinic publishes, with its size and its description. */
export interface ResultPhoto {
  /** An absolute `https:` URL or a root-relative path (`/results/forehead-1-before.webp`). */
  src: string;
  /**
   * What the photo shows, for people who cannot see it: the area, the angle and what a reader
   * should notice ("Forehead at rest, before treatment: three horizontal lines"). Required.
   */
  alt: string;
  /** The image's intrinsic width in pixels: with `height`, it reserves the photo's box. */
  width: number;
  /** The image's intrinsic height in pixels. */
  height: number;
  /** Other sizes of the same photo, as in `<img srcset>`: `"/a-640.webp 640w, /a-1280.webp 1280w"`. */
  srcSet?: string;
}

/** The patient's written consent to publish the photos on the web. */
export interface ResultConsent {
  /** Must be `true`: a case without it is never rendered. */
  publish: true;
  /** When the consent was given, ISO 8601 (`2026-03-14`): for the clinic's records. */
  date?: string;
}

/** One patient's result: two photos and the context that makes them honest. */
export interface ResultCase {
  /** Slug, unique in the procedure's results. */
  id: string;
  before: ResultPhoto;
  after: ResultPhoto;
  /** The treated area, as patients say it: "Forehead lines". The gallery filters by it. */
  area: string;
  /** Sessions before the after photo was taken: a whole number, 1 or more. */
  sessions?: number;
  /** Time after the last session when the after photo was taken: "3 months after 2 sessions". */
  photographed?: DurationRange;
  /** The patient's written consent to publish: required, `{ publish: true }`. */
  consent: ResultConsent;
  /** Photos of the body: covered until the reader asks to see them. */
  sensitive?: boolean;
  /** True when the photos are not retouched: says so under them. */
  unretouched?: boolean;
  /** Anything else the reader should know, plain text: "Photos taken in the same light." */
  note?: string;
}

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
  /** Who should not have it, and what to tell the clinic first. */
  suitability?: Suitability;
  /** Care before the appointment and on the day (items may run on after it). */
  preparation?: CareItem[];
  sideEffects?: SideEffect[];
  /** Care after the treatment. */
  aftercare?: CareItem[];
  followUp?: FollowUp;
  /** What to expect after treatment. */
  expectations?: string[];
  /** Questions patients ask, with the clinic's answers. */
  faq?: FaqItem[];
  /** Before-and-after photos of this treatment, each with its context and consent. */
  results?: ResultCase[];
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
