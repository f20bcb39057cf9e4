// The package's declarations: dist/<entry>.d.ts for import and dist/<entry>.d.cts for require,
// each entry's types in its own file, with what several entries share in chunks they import.
//
// TypeScript writes every module's declarations from one program (tsconfig.build.json), then
// rollup-plugin-dts bundles them per entry. tsup's own declaration build ran the same plugin on
// the sources, and it made a TypeScript program for each entry's folder: a minute of the build,
// against about fifteen seconds here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";
import { typedEntry } from "./package-entries.mjs";

// Outside node_modules, where rollup-plugin-dts would take every file for a dependency's.
const declarations = mkdtempSync(path.join(tmpdir(), "medspa-ui-types-"));
try {
  execFileSync(
    process.execPath,
    ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--outDir", declarations],
    { stdio: "inherit" },
  );

  const manifest = JSON.parse(readFileSync("package.json", "utf8"));
  const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });

  const bundle = await rollup({
    input: Object.fromEntries(
      Object.entries(typedEntry).map(([name, source]) => [
        name,
        path.join(declarations, path.relative("src", source).replace(/\.tsx?$/, ".d.ts")),
      ]),
    ),
    // Dependencies stay imports (react, @radix-ui/…, zod): their own types.
    external: (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
    plugins: [dts()],
    onwarn(warning, warn) {
      // Entries import each other's types: a cycle between two declaration files is harmless.
      if (warning.code !== "CIRCULAR_DEPENDENCY") {
        warn(warning);
      }
    },
  });
  for (const extension of [".d.ts", ".d.cts"]) {
    await bundle.write({
      dir: "dist",
      format: "es",
      entryFileNames: `[name]${extension}`,
      // A shared chunk is named after its first module, messages.d.ts: messages-<hash>.d.ts.
      chunkFileNames: (chunk) => `${chunk.name.replace(/\.d$/, "")}-[hash]${extension}`,
    });
  }
  await bundle.close();
} finally {
  // Also when tsc or rollup fails: nothing of a build is left in the temporary folder.
  rmSync(declarations, { recursive: true, force: true });
}
