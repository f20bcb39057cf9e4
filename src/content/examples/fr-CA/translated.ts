import type { ResultCase } from "../../types";

/**
 * An English example with its words replaced. A call, marked pure where it is used, so that a
 * bundle importing anything else from `medspa-ui/content` drops the examples: an object spread at
 * the top level counts as a possible side effect to esbuild, which then kept every example.
 */
export function translated<Example extends object>(
  english: Example,
  words: Partial<Example>,
): Example {
  return { ...english, ...words };
}

/**
 * The English example's list `key` with each item's words replaced, matched by id: kinds, phases,
 * tiers and timings stay the English example's, so the two languages cannot drift apart. Pure,
 * like `translated`; the list is named rather than passed, as esbuild keeps a call whose
 * arguments read a property (`english.steps` could run a getter).
 */
export function translatedList<Example extends object, Key extends keyof Example>(
  english: Example,
  key: Key,
  words: ReadonlyArray<{ id: string } & Partial<ItemOf<Example[Key]>>>,
): ItemOf<Example[Key]>[] {
  return (english[key] as readonly (ItemOf<Example[Key]> & { id: string })[]).map((item) => ({
    ...item,
    ...words.find((entry) => entry.id === item.id),
  }));
}

/** The type of a list's items. */
type ItemOf<List> = List extends readonly (infer Item)[] ? Item : never;

/** The French words of a result: its area, its note and the alt text of its two photos. */
export interface ResultWords {
  id: string;
  area: string;
  alt: readonly [before: string, after: string];
  note?: string;
}

/**
 * The English example's results with their words replaced, matched by id: the photos, sessions,
 * timing, consent and flags stay the English ones. Pure, like `translated`.
 */
export function translatedResults<Case extends ResultCase>(
  english: { results?: readonly Case[] },
  words: readonly ResultWords[],
): Case[] {
  return (english.results ?? []).map((result) => {
    const entry = words.find((candidate) => candidate.id === result.id);
    if (entry === undefined) {
      return result;
    }
    return {
      ...result,
      area: entry.area,
      before: { ...result.before, alt: entry.alt[0] },
      after: { ...result.after, alt: entry.alt[1] },
      ...(entry.note === undefined ? {} : { note: entry.note }),
    };
  });
}
