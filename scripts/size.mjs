// What a consumer pays for each import: bundles a one-line app importing just that export from the
// built package (minified, React external, tree-shaken and code-split the way a site's bundler
// would) and prints the gzip size of what loads up front, and its ratio to the baseline measured
// in the same run: an app importing everything. Run after `npm run build`.
import { existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const dist = path.resolve("dist");
if (!existsSync(path.join(dist, "index.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}

/**
 * Gzip bytes a page loads up front for this source: the entry chunk and the chunks it imports
 * statically. Chunks behind a dynamic import() (the booking dialog) load only on demand.
 */
async function gzipBytes(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: dist, loader: "js" },
    bundle: true,
    splitting: true,
    outdir: "size-out",
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    metafile: true,
    external: ["react", "react-dom", "react/jsx-runtime"],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  const outputs = result.metafile.outputs;
  const contents = new Map(
    result.outputFiles.map((file) => [path.relative(process.cwd(), file.path), file.contents]),
  );
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint !== undefined);
  const loaded = new Set();
  const visit = (file) => {
    if (loaded.has(file)) {
      return;
    }
    loaded.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.kind === "import-statement" && !imported.external) {
        visit(imported.path);
      }
    }
  };
  visit(entry);
  return [...loaded].reduce((total, file) => total + gzipSync(contents.get(file)).length, 0);
}

const exportsOfIndex = Object.keys(await import(path.join(dist, "index.js")));
const candidates = [
  "ProcedureExplainer",
  "SideEffectAccordion",
  "AftercareChecklist",
  "BookingBanner",
  "BookingDialog",
  "ProcedurePage",
  "JsonLd",
  "formatDurationRange",
];
const measured = candidates.filter((name) => exportsOfIndex.includes(name));

const baseline = await gzipBytes('export * from "./index.js";');
const rows = [["import", "gzip bytes", "ratio to everything"]];
rows.push(["everything from medspa-ui (baseline)", String(baseline), "1.00"]);
for (const name of measured) {
  const bytes = await gzipBytes(`export { ${name} } from "./index.js";`);
  rows.push([`{ ${name} }`, String(bytes), (bytes / baseline).toFixed(2)]);
}
const content = await gzipBytes('export { parseProcedure } from "./content.js";');
rows.push([
  "{ parseProcedure } from medspa-ui/content (zod)",
  String(content),
  (content / baseline).toFixed(2),
]);

const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) {
  console.log(row.map((cell, column) => cell.padEnd(widths[column])).join("  "));
}
