import { type MockInstance, vi } from "vitest";

type ConsoleMethod = "error" | "warn";

const spies = new Map<ConsoleMethod, MockInstance<(...args: unknown[]) => void>>();
const expected = new Set<ConsoleMethod>();

/** Called by the setup file before each test: console.error/warn are recorded, not printed. */
export function watchConsole(): void {
  expected.clear();
  for (const method of ["error", "warn"] as const) {
    spies.set(
      method,
      vi.spyOn(console, method).mockImplementation(() => {}),
    );
  }
}

/**
 * React 18 warns about `useLayoutEffect` during server rendering. Radix chooses `useLayoutEffect`
 * whenever `globalThis.document` exists, which jsdom's server render has and a real server never
 * does, so only Radix's own calls in jsdom are forgiven: test/unit/server-render proves that a real
 * (Node) server render is silent, ours included.
 */
function isRadixLayoutEffectWarningInJsdom(call: unknown[]): boolean {
  const [message, componentStack] = call;
  const innermostFrame =
    String(componentStack ?? "")
      .trim()
      .split("\n")[0] ?? "";
  return (
    typeof document !== "undefined" &&
    String(message).includes("useLayoutEffect does nothing on the server") &&
    innermostFrame.includes("/@radix-ui/")
  );
}

/** Called by the setup file after each test: any console.error/warn the test did not expect fails it. */
export function assertNoUnexpectedConsole(): void {
  const unexpected: string[] = [];
  for (const [method, spy] of spies) {
    if (!expected.has(method)) {
      for (const call of spy.mock.calls) {
        if (isRadixLayoutEffectWarningInJsdom(call)) {
          continue;
        }
        unexpected.push(`console.${method}: ${call.map(String).join(" ")}`);
      }
    }
    spy.mockRestore();
  }
  spies.clear();
  if (unexpected.length > 0) {
    throw new Error(`Unexpected console output:\n${unexpected.join("\n")}`);
  }
}

/**
 * Declares that this test expects `console[method]` calls and returns the spy to assert on.
 * Without it, any console.error or console.warn fails the test.
 */
export function expectConsole(method: ConsoleMethod): MockInstance<(...args: unknown[]) => void> {
  const spy = spies.get(method);
  if (spy === undefined) {
    throw new Error("expectConsole() is only available inside a test.");
  }
  expected.add(method);
  return spy;
}
