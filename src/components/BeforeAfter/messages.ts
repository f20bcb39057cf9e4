export interface BeforeAfterMessages {
  /** The word on the first photo. */
  before: string;
  /** The word on the second photo. */
  after: string;
  /** The slider's accessible name: what it compares. */
  sliderLabel: (area: string) => string;
  /** The slider's value in words, from the share of the before photo shown (0–100). */
  valueText: (beforePercent: number) => string;
  /** The caption's first line: the treatment (when known) and the area. */
  title: (area: string, treatment: string | undefined) => string;
  /**
   * When the after photo was taken, from the formatted time since the last session ("3 months")
   * and sessions ("2 sessions"), either of which may be missing (never both). A time from zero
   * comes as "up to 2 weeks", with `upTo` its upper end alone: "Within 2 weeks of treatment".
   */
  photographed: (time: string | undefined, sessions: string | undefined, upTo?: string) => string;
  unretouched: string;
  /** Always shown: the photos are published with the patient's consent. */
  consent: string;
  /** Always shown under the photos; reworded through messages, never removed. */
  resultsVary: string;
  /** The button that uncovers a sensitive case: it says what the photos show. */
  showSensitive: (area: string) => string;
  /** Shown on the cover of a sensitive case, above its button. */
  sensitiveNotice: string;
}

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const beforeAfterMessages: BeforeAfterMessages = {
  before: "Before",
  after: "After",
  sliderLabel: (area) => `Before and after: ${area}`,
  valueText: (beforePercent) =>
    beforePercent <= 0
      ? "After photo only"
      : beforePercent >= 100
        ? "Before photo only"
        : `${beforePercent}% before, ${100 - beforePercent}% after`,
  title: (area, treatment) => (treatment === undefined ? area : `${treatment}: ${area}`),
  photographed: (time, sessions, upTo) =>
    time === undefined
      ? `After ${sessions}`
      : upTo === undefined
        ? `${time} after ${sessions ?? "treatment"}`
        : `Within ${upTo} of ${sessions ?? "treatment"}`,
  unretouched: "Unretouched photos",
  consent: "Shared with the patient's written consent",
  resultsVary: "Individual results vary",
  showSensitive: (area) => `Show photos: ${area}`,
  sensitiveNotice: "These photos show the body.",
};
