/**
 * Reads and writes JSON in Web Storage without ever throwing: storage can be absent (server,
 * some embedded browsers), blocked (`SecurityError` in private modes, sandboxed iframes) or full
 * (`QuotaExceededError`). Callers fall back to memory.
 */
export function readStoredJson(storage: () => Storage | undefined, key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text == null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Returns false when the value could not be stored. */
export function writeStoredJson(
  storage: () => Storage | undefined,
  key: string,
  value: unknown,
): boolean {
  try {
    const target = storage();
    if (target === undefined) {
      return false;
    }
    target.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** `window.sessionStorage`, or undefined where it is absent or access throws. */
export function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** `window.localStorage`, or undefined where it is absent or access throws. */
export function localStorageOrUndefined(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
