import path from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";
import { entry } from "./scripts/package-entries.mjs";
import { stylesheetTextPlugin } from "./scripts/styles.mjs";

const entryNameBySourceFile = new Map(
  Object.entries(entry).map(([name, file]) => [path.resolve(file), name]),
);

const sourceExtensions = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/**
 * An import of another entry's file stays an import of that entry's built file instead of being
 * bundled again. This keeps one copy of shared code, and keeps each file's "use client" directive
 * where it belongs (esbuild only keeps a directive at the top of an entry, and code splitting drops
 * it from chunks).
 */
const keepEntriesSeparate: Plugin = {
  name: "keep-entries-separate",
  setup(build) {
    const extension = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === "entry-point") {
        return undefined;
      }
      const base = path.resolve(args.resolveDir, args.path);
      // Built files sit where their entry names put them (dist/locales/fr-CA.js imports
      // ../i18n.js); a module inside an entry lands in that entry's file, at the top level.
      const importer = entryNameBySourceFile.get(args.importer) ?? "index";
      for (const suffix of sourceExtensions) {
        const name = entryNameBySourceFile.get(base + suffix);
        if (name !== undefined) {
          const relative = path.posix.relative(path.posix.dirname(importer), name);
          return {
            path: `${relative.startsWith(".") ? "" : "./"}${relative}${extension}`,
            external: true,
          };
        }
      }
      return undefined;
    });
  },
};

export default defineConfig({
  entry,
  format: ["esm", "cjs"],
  // Declarations: scripts/build-types.mjs, from one TypeScript program (tsup's own made one per
  // entry folder, a minute of the build).
  dts: false,
  sourcemap: true,
  clean: true,
  treeshake: false,
  splitting: false,
  target: "es2022",
  platform: "neutral",
  external: ["react", "react-dom", "react/jsx-runtime"],
  esbuildPlugins: [keepEntriesSeparate, stylesheetTextPlugin],
  esbuildOptions(options) {
    options.jsx = "automatic";
  },
});
