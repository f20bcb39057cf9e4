/**
 * Phone numbers are shown as the clinic wrote them and dialled as E.164 (`tel:+19055550123`).
 * https://www.itu.int/rec/T-REC-E.164 : at most 15 digits including the country code.
 */
const formattingCharacters = /[\s.\-()/\u00a0\u2010-\u2015]/g;

export const minimumPhoneDigits = 7;
export const maximumPhoneDigits = 15;

export interface PhoneOptions {
  /**
   * Country calling code for numbers written without `+`, digits only ("1" for Canada and the US,
   * "44" for the UK).
   * @default "1"
   */
  defaultCountryCode?: string;
}

/** The digits of a phone number with an optional leading "+", or undefined if it is not dialable. */
function dialableParts(phone: string): { international: boolean; digits: string } | undefined {
  const compact = phone.trim().replace(formattingCharacters, "");
  const match = /^(\+)?(\d+)$/.exec(compact);
  if (match === null) {
    return undefined;
  }
  const digits = match[2] ?? "";
  if (digits.length < minimumPhoneDigits || digits.length > maximumPhoneDigits) {
    return undefined;
  }
  return { international: match[1] === "+", digits };
}

/** True when the text is a phone number we can dial: digits and formatting, 7–15 digits. */
export function isDialablePhone(phone: unknown): boolean {
  return typeof phone === "string" && dialableParts(phone) !== undefined;
}

/**
 * Normalises a human-written phone number to E.164 ("+19055550123"), or returns undefined when it
 * cannot be dialled (letters, too few or too many digits).
 */
export function toE164(phone: unknown, options: PhoneOptions = {}): string | undefined {
  if (typeof phone !== "string") {
    return undefined;
  }
  const parts = dialableParts(phone);
  if (parts === undefined) {
    return undefined;
  }
  if (parts.international) {
    return `+${parts.digits}`;
  }
  const countryCode = options.defaultCountryCode ?? "1";
  if (!/^\d{1,3}$/.test(countryCode)) {
    return undefined;
  }
  let national = parts.digits;
  if (countryCode === "1") {
    // North American numbering plan: 10 digits, sometimes written with the leading 1.
    if (national.length === 11 && national.startsWith("1")) {
      national = national.slice(1);
    }
    if (national.length !== 10) {
      return undefined;
    }
  } else if (national.startsWith("0")) {
    // Most other plans write a trunk prefix 0 that is dropped after the country code.
    national = national.slice(1);
  }
  const e164 = `+${countryCode}${national}`;
  return e164.length - 1 > maximumPhoneDigits ? undefined : e164;
}

/** A `tel:` href for the number, or undefined when it cannot be dialled. */
export function toTelHref(phone: unknown, options: PhoneOptions = {}): string | undefined {
  const e164 = toE164(phone, options);
  return e164 === undefined ? undefined : `tel:${e164}`;
}
