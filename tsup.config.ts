import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";
import { entryName } from "./scripts/entry-name.mjs";
import { stylesheetTextPlugin } from "./scripts/styles.mjs";

/**
 * Every public or shared module is its own entry, built to a flat file in dist/.
 * Components are named by their folder: src/components/BookingBanner -> dist/booking-banner.js.
 */
const componentFolders = readdirSync("src/components", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/components/${entry.name}/index.ts`))
  .map((entry) => entry.name);

// A component's `client.tsx`, when it has one, holds the interactive islands of an otherwise
// static component: its own entry, so its "use client" directive survives the build.
const componentEntries = Object.fromEntries(
  componentFolders.flatMap((folder) => [
    [entryName(folder), `src/components/${folder}/index.ts`],
    ...(existsSync(`src/components/${folder}/client.tsx`)
      ? [[`${entryName(folder)}-client`, `src/components/${folder}/client.tsx`]]
      : []),
  ]),
);

const optionalEntries = Object.fromEntries(
  [
    ["i18n", "src/i18n/index.ts"],
    ["hooks", "src/hooks/index.ts"],
    ["theme", "src/theme/index.ts"],
    ["seo", "src/seo/index.ts"],
    ["cli", "src/cli/index.ts"],
  ].filter(([, file]) => existsSync(file as string)),
);

// Each locale bundle is its own entry (dist/locales/<tag>.js): a page imports only the languages
// it shows.
const localeEntries = Object.fromEntries(
  readdirSync("src/locales")
    .filter((file) => file.endsWith(".ts") && file !== "types.ts")
    .map((file) => [`locales/${file.replace(/\.ts$/, "")}`, `src/locales/${file}`]),
);

// Each module of the folders several components share is its own file (dist/shared/phone.js), and
// the folder's entry (dist/shared.js) only re-exports them. Bundlers split code into chunks file by
// file: were src/shared one file, a page that shows only the banner would load, in the chunk the
// banner shares with its lazily loaded dialog, every helper the dialog uses as well.
const sharedModuleEntries = Object.fromEntries(
  ["shared", "i18n", "hooks", "seo"].flatMap((folder) =>
    readdirSync(`src/${folder}`)
      .filter((file) => /\.tsx?$/.test(file) && !/^index\.|\.d\.ts$/.test(file))
      .map((file) => [`${folder}/${file.replace(/\.tsx?$/, "")}`, `src/${folder}/${file}`]),
  ),
);

// The content model as CMS fields (medspa-ui/cms/payload, medspa-ui/cms/sanity), for a CMS's
// config: server code, never in a page's bundle. Both read the model from ./cms/model.
const cmsEntries = {
  "cms/payload": "src/cms/payload.ts",
  "cms/sanity": "src/cms/sanity.ts",
};
const cmsModuleEntries = {
  "cms/model": "src/cms/model.ts",
  "cms/convert": "src/cms/convert.ts",
};

// Code a component loads on demand, only where it is needed, as its own file.
const onDemandEntries = {
  "booking-dialog-shadow-root-focus": "src/components/BookingDialog/shadow-root-focus.ts",
  "procedure-page-deferred": "src/components/ProcedurePage/deferred.tsx",
};

const entry: Record<string, string> = {
  index: "src/index.ts",
  content: "src/content/index.ts",
  shared: "src/shared/index.ts",
  elements: "src/elements/index.ts",
  ...optionalEntries,
  ...sharedModuleEntries,
  ...componentEntries,
  ...onDemandEntries,
  ...cmsEntries,
  ...cmsModuleEntries,
  ...localeEntries,
};

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
  // The modules of the shared folders and those loaded on demand are internal: their types reach
  // consumers through the entries that export them.
  dts: {
    entry: Object.fromEntries(
      Object.entries(entry).filter(
        ([name]) =>
          !(name in sharedModuleEntries) &&
          !(name in onDemandEntries) &&
          !(name in cmsModuleEntries),
      ),
    ),
  },
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
