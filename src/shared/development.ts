const warned = new Set<string>();

/**
 * True unless the consumer's bundler has replaced `process.env.NODE_ENV` with "production" (then
 * this is `"production" !== "production"`, and minifiers drop every warning). Unbundled in a
 * browser, `process` does not exist: that is development. A `typeof process` test would make
 * every bundled production page development too, as browsers have no `process`.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== "production";
  } catch {
    return true;
  }
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
