/**
 * The "Show code" of a component's primary story: what a clinic developer pastes into a page,
 * instead of the story's generated source (which inlines the whole example content).
 */
export function pasteableCode(code: string) {
  return { docs: { source: { code: code.trim(), language: "tsx" } } };
}
