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
