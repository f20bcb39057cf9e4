// The package's entries, read by tsup.config.ts (the JavaScript) and scripts/build-types.mjs
// (the declarations).
import { existsSync, readdirSync } from "node:fs";
import { entryName } from "./entry-name.mjs";

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
  ].filter(([, file]) => existsSync(file)),
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

/** Every entry of the build: its name (its path in dist/, without extension) and its source. */
export const entry = {
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

/**
 * The entries with declarations (dist/<name>.d.ts and .d.cts). The modules of the shared folders
 * and those loaded on demand are internal: their types reach consumers through the entries that
 * export them.
 */
export const typedEntry = Object.fromEntries(
  Object.entries(entry).filter(
    ([name]) =>
      !(name in sharedModuleEntries) && !(name in onDemandEntries) && !(name in cmsModuleEntries),
  ),
);
