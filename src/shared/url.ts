/**
 * URL safety for everything a CMS can put into an `href` or `src`.
 *
 * Only absolute `https:` URLs pass. Browsers strip ASCII tab/newline and leading/trailing C0
 * control characters and spaces before parsing a URL, which is how `java\tscript:` and
 * ` javascript:` smuggle a scheme past naive checks; we refuse any input containing such characters
 * instead of normalising it, and let the WHATWG URL parser decide the scheme.
 * https://url.spec.whatwg.org/#concept-basic-url-parser
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we refuse.
const controlOrSpace = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/** Returns the normalised `https:` URL, or undefined when the input is not a safe https URL. */
export function toSafeHttpsUrl(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0 || controlOrSpace.test(value)) {
    return undefined;
  }
  // Written out in full: no relative, protocol-relative (`//host`) or slash-less (`https:host`)
  // forms, and no entity-encoded schemes (`javascript&colon;`), which fail this prefix test.
  if (value.slice(0, 8).toLowerCase() !== "https://") {
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return undefined;
  }
  if (
    parsed.protocol !== "https:" ||
    parsed.hostname === "" ||
    parsed.username ||
    parsed.password
  ) {
    return undefined;
  }
  return parsed.href;
}

/** The origin (`https://host[:port]`) of a safe https URL, or undefined. */
export function httpsOrigin(value: unknown): string | undefined {
  const url = toSafeHttpsUrl(value);
  return url === undefined ? undefined : new URL(url).origin;
}

/**
 * Returns the image address a CMS gave when it is safe in an `<img src>`: an absolute `https:` URL,
 * or a path from the site's root (`/results/forehead-before.webp`). Anything else is refused:
 * `http:` (mixed content), `data:` and `javascript:`, protocol-relative `//host` and relative paths
 * (which resolve differently on every page of a site), and the control characters and backslashes
 * browsers strip or turn into slashes before parsing.
 */
export function toSafeImageSrc(value: unknown): string | undefined {
  if (typeof value !== "string") {
    return undefined;
  }
  if (value.startsWith("/")) {
    return value.length > 1 &&
      value[1] !== "/" &&
      !value.includes("\\") &&
      !controlOrSpace.test(value)
      ? value
      : undefined;
  }
  return toSafeHttpsUrl(value);
}

const srcSetDescriptor = /^\d+(?:\.\d+)?[wx]$/;

/**
 * A `srcset` whose every candidate is a safe image address (`toSafeImageSrc`) with a width (`640w`)
 * or density (`2x`) descriptor, as the page is given it, or undefined when any candidate is not.
 */
export function toSafeSrcSet(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") {
    return undefined;
  }
  const candidates = value.split(",").map((candidate) => candidate.trim().split(/\s+/));
  const safe = candidates.every(
    ([address, descriptor, ...rest]) =>
      rest.length === 0 &&
      toSafeImageSrc(address) !== undefined &&
      (descriptor === undefined || srcSetDescriptor.test(descriptor)),
  );
  return safe ? value : undefined;
}
