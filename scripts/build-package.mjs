// Builds dist/ (`npm run build`) and packs it, for a script that measures or ships the package as
// consumers get it. The .d.ts build takes half a minute on a 2-core machine, and CI's steps would each repeat it
// on the same tree, about three minutes in all: once `npm test` has built, .ci/run sets
// MEDSPA_UI_PREBUILT=1, and the later steps use that dist/ as it is, if it is whole.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// The files a build writes last (tsup's declarations, then the CSS, then the custom elements'
// scripts, the French one last, into a dist/ that tsup empties first): with all of them there,
// that build finished.
const writtenLast = ["index.d.ts", "styles.css", "elements.fr-CA.global.js"];

/** Builds `root`'s dist/, unless MEDSPA_UI_PREBUILT=1 and a finished build is already there. */
export function buildPackage(root) {
  const finished = writtenLast.every((file) => existsSync(path.join(root, "dist", file)));
  if (process.env.MEDSPA_UI_PREBUILT === "1" && finished) {
    console.log("dist/: built earlier in this run (MEDSPA_UI_PREBUILT=1), used as it is");
    return;
  }
  execFileSync("npm", ["run", "build", "--silent"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/**
 * Packs `root`'s dist/ as it is into `destination` and returns the tarball's path. Without the
 * prepack script, which would build again and whose output would corrupt npm's JSON.
 */
export function packBuiltPackage(root, destination) {
  const output = execFileSync(
    "npm",
    ["pack", "--json", "--ignore-scripts", "--pack-destination", destination],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return path.join(destination, JSON.parse(output)[0].filename);
}
