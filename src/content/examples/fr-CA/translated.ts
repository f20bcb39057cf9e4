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
 * An English list with each item's words replaced, matched by id: kinds and timings stay the
 * English example's, so the two languages cannot drift apart. Pure, like `translated`.
 */
export function translatedList<Item extends { id: string }>(
  english: readonly Item[],
  words: ReadonlyArray<Pick<Item, "id"> & Partial<Item>>,
): Item[] {
  return english.map((item) => ({ ...item, ...words.find((entry) => entry.id === item.id) }));
}
