import type { Plugin } from "esbuild";

export function collectStylesheet(): { css: string; files: number; problems: string[] };
export const stylesheetTextPlugin: Plugin;
export function stylesheetTextVitePlugin(): import("vite").Plugin;
