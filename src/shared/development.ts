const warned = new Set<string>();

/** True unless the consumer's bundler has replaced `process.env.NODE_ENV` with "production". */
export function isDevelopment(): boolean {
  return typeof process === "undefined" || process.env.NODE_ENV !== "production";
}

/**
 * Warns once per distinct message, in development only. Content from a CMS must never crash a
 * production page, so components report bad input here and then skip or default what is invalid.
 */
export function warnInDevelopment(component: string, message: string): void {
  if (!isDevelopment()) {
    return;
  }
  const text = `[medspa-ui] ${component}: ${message}`;
  if (warned.has(text)) {
    return;
  }
  warned.add(text);
  console.warn(text);
}

/** Test hook: forget which warnings were already printed. */
export function resetDevelopmentWarnings(): void {
  warned.clear();
}
