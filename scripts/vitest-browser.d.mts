import type { PlaywrightProviderOptions, playwright } from "@vitest/browser-playwright";

export function chromiumProvider(
  contextOptions?: PlaywrightProviderOptions["contextOptions"],
): ReturnType<typeof playwright>;
export const prebundledDependencies: string[];
export const desktopViewport: { width: number; height: number };
export function resultIllustrations(): import("vite").Plugin;
