import { ThemeError } from "./errors";

/** An opaque sRGB colour, channels 0–1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** OKLCH: perceptual lightness 0–1, chroma >= 0, hue in degrees. https://www.w3.org/TR/css-color-4/#ok-lab */
export interface Oklch {
  l: number;
  c: number;
  h: number;
}

const clamp = (value: number, min = 0, max = 1) => Math.min(max, Math.max(min, value));

function parseNumber(token: string, percentScale: number, context: string): number {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%|deg|turn|rad)?$/i.exec(token);
  if (match === null) {
    throw new ThemeError(`cannot read "${token}" in the colour "${context}"`);
  }
  const value = Number(match[1]);
  switch (match[2]?.toLowerCase()) {
    case "%":
      return (value / 100) * percentScale;
    case "turn":
      return value * 360;
    case "rad":
      return (value * 180) / Math.PI;
    default:
      return value;
  }
}

/** The arguments of a CSS colour function, in comma or space syntax, alpha after "/" or a 4th comma. */
function functionArguments(body: string, context: string): { channels: string[]; alpha?: string } {
  const [main = "", alpha, ...extra] = body.split("/").map((part) => part.trim());
  if (extra.length > 0) {
    throw new ThemeError(`too many "/" in the colour "${context}"`);
  }
  const channels = main.includes(",")
    ? main.split(",").map((part) => part.trim())
    : main.split(/\s+/).filter(Boolean);
  if (channels.length === 4 && alpha === undefined) {
    return { channels: channels.slice(0, 3), alpha: channels[3] };
  }
  if (channels.length !== 3) {
    throw new ThemeError(`the colour "${context}" needs three channels`);
  }
  return alpha === undefined ? { channels } : { channels, alpha };
}

function requireOpaque(alpha: string | undefined, context: string): void {
  if (alpha !== undefined && parseNumber(alpha, 1, context) < 1) {
    throw new ThemeError(
      `the colour "${context}" is translucent; theme colours must be opaque so contrast can be checked`,
    );
  }
}

export function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  // https://www.w3.org/TR/css-color-4/#hsl-to-rgb
  const h = ((hue % 360) + 360) % 360;
  const s = clamp(saturation);
  const l = clamp(lightness);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return { r: channel(0), g: channel(8), b: channel(4) };
}

const toLinear = (channel: number) =>
  channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
const fromLinear = (channel: number) =>
  channel <= 0.0031308 ? channel * 12.92 : 1.055 * channel ** (1 / 2.4) - 0.055;

/** OKLCH to sRGB, possibly outside the sRGB gamut. https://bottosson.github.io/posts/oklab/ */
function oklchToRgbUnclamped({ l, c, h }: Oklch): Rgb {
  const radians = (h * Math.PI) / 180;
  const a = c * Math.cos(radians);
  const b = c * Math.sin(radians);
  const lPrime = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const mPrime = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const sPrime = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return {
    r: fromLinear(4.0767416621 * lPrime - 3.3077115913 * mPrime + 0.2309699292 * sPrime),
    g: fromLinear(-1.2684380046 * lPrime + 2.6097574011 * mPrime - 0.3413193965 * sPrime),
    b: fromLinear(-0.0041960863 * lPrime - 0.7034186147 * mPrime + 1.707614701 * sPrime),
  };
}

const inGamut = ({ r, g, b }: Rgb) =>
  [r, g, b].every((channel) => channel >= -0.0001 && channel <= 1.0001);

/** OKLCH to sRGB, reducing chroma (keeping lightness and hue) until the colour fits in sRGB. */
export function oklchToRgb(color: Oklch): Rgb {
  let low = 0;
  let high = color.c;
  let best = oklchToRgbUnclamped({ ...color, c: 0 });
  if (inGamut(oklchToRgbUnclamped(color))) {
    best = oklchToRgbUnclamped(color);
  } else {
    for (let iteration = 0; iteration < 24; iteration++) {
      const middle = (low + high) / 2;
      const candidate = oklchToRgbUnclamped({ ...color, c: middle });
      if (inGamut(candidate)) {
        best = candidate;
        low = middle;
      } else {
        high = middle;
      }
    }
  }
  return { r: clamp(best.r), g: clamp(best.g), b: clamp(best.b) };
}

export function rgbToOklch({ r, g, b }: Rgb): Oklch {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const okL = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const okA = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const okB = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const chroma = Math.hypot(okA, okB);
  const hue = chroma < 1e-4 ? 0 : ((Math.atan2(okB, okA) * 180) / Math.PI + 360) % 360;
  return { l: okL, c: chroma, h: hue };
}

/**
 * Reads an opaque CSS colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`,
 * `hsl()`/`hsla()` and `oklch()`, in comma or space syntax. Throws a `ThemeError` otherwise.
 */
export function parseColor(input: string): Rgb {
  if (typeof input !== "string") {
    throw new ThemeError(`a colour must be a string, got ${JSON.stringify(input)}`);
  }
  const value = input.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex !== null) {
    const digits = hex[1] ?? "";
    const full =
      digits.length <= 4
        ? digits
            .split("")
            .map((digit) => digit + digit)
            .join("")
        : digits;
    if (full.length === 8 && full.slice(6) !== "ff") {
      throw new ThemeError(
        `the colour "${input}" is translucent; theme colours must be opaque so contrast can be checked`,
      );
    }
    return {
      r: Number.parseInt(full.slice(0, 2), 16) / 255,
      g: Number.parseInt(full.slice(2, 4), 16) / 255,
      b: Number.parseInt(full.slice(4, 6), 16) / 255,
    };
  }
  const call = /^(rgba?|hsla?|oklch)\(\s*([^()]*)\s*\)$/.exec(value);
  if (call === null) {
    throw new ThemeError(`cannot read the colour "${input}": use #hex, rgb(), hsl() or oklch()`);
  }
  const name = call[1] ?? "";
  const { channels, alpha } = functionArguments(call[2] ?? "", input);
  requireOpaque(alpha, input);
  const [first = "", second = "", third = ""] = channels;
  if (name.startsWith("rgb")) {
    const channel = (token: string) => clamp(parseNumber(token, 255, input) / 255);
    return { r: channel(first), g: channel(second), b: channel(third) };
  }
  if (name.startsWith("hsl")) {
    return hslToRgb(
      parseNumber(first, 360, input),
      parseNumber(second.endsWith("%") ? second : `${second}%`, 1, input),
      parseNumber(third.endsWith("%") ? third : `${third}%`, 1, input),
    );
  }
  return oklchToRgb({
    l: clamp(parseNumber(first, 1, input)),
    c: Math.max(0, parseNumber(second, 0.4, input)),
    h: parseNumber(third, 360, input),
  });
}

export function toHex({ r, g, b }: Rgb): string {
  const byte = (channel: number) =>
    Math.round(clamp(channel) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

/** WCAG 2.2 relative luminance. https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG contrast ratio, 1–21. Accepts parsed colours or CSS colour strings. */
export function contrastRatio(foreground: Rgb | string, background: Rgb | string): number {
  const first = relativeLuminance(
    typeof foreground === "string" ? parseColor(foreground) : foreground,
  );
  const second = relativeLuminance(
    typeof background === "string" ? parseColor(background) : background,
  );
  const [lighter, darker] = first > second ? [first, second] : [second, first];
  return (lighter + 0.05) / (darker + 0.05);
}
