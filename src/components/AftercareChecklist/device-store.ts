import { isRecord } from "../../shared/content-checks";
import { localStorageOrUndefined, writeStoredJson } from "../../shared/web-storage";

/**
 * Ticks, and the choice of areas, kept on the device only (never sent anywhere), read through
 * `useSyncExternalStore`.
 * The snapshot is the stored JSON text, a string, so it is stable between reads. Where
 * localStorage is absent, blocked or full, ticks live in memory for the page's life.
 */
const storageVersion = 1;
const memory = new Map<string, string>();
const listeners = new Map<string, Set<() => void>>();

export function storageKeyFor(key: string): string {
  return `medspa-ui:aftercare:v${storageVersion}:${key}`;
}

function notify(key: string): void {
  for (const listener of listeners.get(key) ?? []) {
    listener();
  }
}

export function subscribeToTicks(key: string, onChange: () => void): () => void {
  const forKey = listeners.get(key) ?? new Set();
  forKey.add(onChange);
  listeners.set(key, forKey);
  // Another tab changed the same key.
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) {
      onChange();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    forKey.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

export function readTicksSnapshot(key: string): string | null {
  let stored: string | null | undefined;
  try {
    stored = localStorageOrUndefined()?.getItem(key);
  } catch {
    stored = undefined;
  }
  return stored ?? memory.get(key) ?? null;
}

/** The record a snapshot holds, when this version of the store wrote it. */
function storedRecord(snapshot: string | null): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = snapshot === null ? undefined : JSON.parse(snapshot);
  } catch {
    return undefined;
  }
  return isRecord(data) && data.version === storageVersion ? data : undefined;
}

/**
 * The ticked ids in a snapshot, or undefined when nothing usable is stored: corrupt JSON, another
 * version or another shape is discarded. Ids no longer in the list are dropped.
 */
export function parseTicks(
  snapshot: string | null,
  knownIds: readonly string[],
): string[] | undefined {
  const checked = storedRecord(snapshot)?.checked;
  return Array.isArray(checked)
    ? checked.filter((id): id is string => typeof id === "string" && knownIds.includes(id))
    : undefined;
}

/**
 * The areas a patient said were treated, among those offered, from a snapshot: `""` is "another
 * area", which no item names. Empty when none is stored: every item shows.
 */
export function parseAreaChoice(snapshot: string | null, offered: readonly string[]): string[] {
  const areas = storedRecord(snapshot)?.areas;
  return Array.isArray(areas)
    ? areas.filter((area): area is string => area === "" || offered.includes(area))
    : [];
}

/** Writes the ticks and the choice of areas (the same version 1 record, read by older code too). */
export function writeTicks(
  key: string,
  checked: readonly string[],
  areas?: readonly string[],
): void {
  // No choice of areas is no field: JSON leaves out what is undefined.
  const value = { version: storageVersion, checked, areas: areas?.length ? areas : undefined };
  memory.set(key, JSON.stringify(value));
  if (!writeStoredJson(localStorageOrUndefined, key, value)) {
    // Keep what storage could not: the memory copy is read when storage has nothing.
    try {
      localStorageOrUndefined()?.removeItem(key);
    } catch {
      // Storage is blocked entirely; memory is all there is.
    }
  }
  notify(key);
}

/** Test hook: forget the in-memory fallback. */
export function clearTickMemory(): void {
  memory.clear();
}
