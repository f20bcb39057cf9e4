// The public TypeScript API of every package entry, as API Extractor reports it from the built
// .d.ts files, compared with the reports committed in api/. A difference fails with the diff, so
// a renamed export or prop cannot ship unnoticed:
//
//   npm run check:api              compare (part of npm test; needs npm run build first)
//   npm run check:api -- --update  rewrite the reports after an intended change (add a changeset)
//   API_ENTRIES=medspa-ui,…        only these entries' reports (test/package/release.test.ts)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CompilerState, Extractor, ExtractorConfig } from "@microsoft/api-extractor";

const root = process.cwd();
const update = process.argv.includes("--update");
const dist = path.resolve(process.env.API_DIST ?? "dist");
const reportFolder = path.resolve("api");

/**
 * Each public entry (package.json "exports" that have types: not the stylesheet or the script) and
 * the name of its report: medspa-ui, medspa-ui-content, medspa-ui-procedure-explainer, …
 */
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
export const entries = Object.entries(manifest.exports)
  .filter(([, target]) => typeof target === "object" && target.import?.types !== undefined)
  .map(([subpath, target]) => ({
    name: path.posix.join("medspa-ui", subpath).replace(/[/.]+/g, "-").toLowerCase(),
    types: path.posix.relative("./dist", target.import.types),
  }));

const only = process.env.API_ENTRIES?.split(",");
const checked = only === undefined ? entries : entries.filter((entry) => only.includes(entry.name));

if (!existsSync(path.join(dist, "index.d.ts"))) {
  console.error(`${dist}/index.d.ts is missing: run \`npm run build\` first.`);
  process.exit(1);
}
mkdirSync(reportFolder, { recursive: true });
const temporary = mkdtempSync(path.join(tmpdir(), "medspa-ui-api-"));

/**
 * TypeScript prints a union of string literals in the order it met them, which can change from one
 * build to the next (`"card" | "plain"`, then `"plain" | "card"`), and so the members of a zod
 * enum's object type (`{ noninvasive: "noninvasive"; percutaneous: "percutaneous"; }`), which it
 * maps from such a union: sorted, the report says only what the API is.
 */
function normalise(report) {
  return report
    .replace(/"(?:[^"\\\n]|\\.)*"(?: \| "(?:[^"\\\n]|\\.)*")+/g, (union) =>
      union.split(" | ").sort().join(" | "),
    )
    .replace(
      /(ZodEnum<\{\r?\n)((?:[ \t]+[\w"-]+: "[^"\r\n]*";\r?\n)+)/g,
      (_, opening, members) =>
        opening +
        members
          .match(/[^\n]*\n/g)
          .sort()
          .join(""),
    );
}

/** API Extractor's configuration for one entry's report. */
function extractorConfig(entry) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: path.join(dist, entry.types),
      compiler: { tsconfigFilePath: path.join(root, "tsconfig.json") },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.name}.api.md`,
        // Written to a scratch folder and compared here, after normalise().
        reportFolder: temporary,
        reportTempFolder: path.join(temporary, "work"),
        includeForgottenExports: false,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Release tags (@public, @beta) are not part of this package's conventions.
        extractorMessageReporting: {
          default: { logLevel: "none" },
          "ae-wrong-input-file-type": { logLevel: "error" },
        },
        compilerMessageReporting: { default: { logLevel: "error" } },
        tsdocMessageReporting: { default: { logLevel: "none" } },
      },
    },
    configObjectFullPath: path.join(root, "api-extractor.json"),
    packageJsonFullPath: path.join(root, "package.json"),
  });
}

// One TypeScript program for every entry: built once, not once per entry (it was most of the
// check's time, the same declarations read again for each of the entries).
const configs = checked.map(extractorConfig);
const compilerState = CompilerState.create(configs[0], {
  additionalEntryPoints: configs.map((config) => config.mainEntryPointFilePath),
});

let changed = 0;
for (const [index, entry] of checked.entries()) {
  const result = Extractor.invoke(configs[index], {
    compilerState,
    localBuild: true,
    showVerboseMessages: false,
    // The scratch report is always new ("report created"), the comparison below is the check; the
    // preamble would name the same TypeScript version once per entry.
    messageCallback: (message) => {
      if (/^console-(api-report|preamble)/.test(message.messageId)) {
        message.handled = true;
      }
    },
  });
  if (!result.succeeded) {
    changed++;
    console.error(`API Extractor failed for ${entry.name} (${result.errorCount} errors).`);
    continue;
  }
  const committed = path.join(reportFolder, `${entry.name}.api.md`);
  const built = path.join(temporary, `${entry.name}.api.md`);
  const report = normalise(readFileSync(built, "utf8"));
  writeFileSync(built, report);
  if (update) {
    writeFileSync(committed, report);
  } else if (!existsSync(committed) || readFileSync(committed, "utf8") !== report) {
    changed++;
    console.error(`\nThe public API of ${entry.name} differs from api/${entry.name}.api.md:`);
    try {
      execFileSync("diff", ["-u", committed, built], { encoding: "utf8" });
    } catch (error) {
      console.error(error.stdout || `(no report yet: ${committed})`);
    }
  }
}
rmSync(temporary, { recursive: true, force: true });

if (update) {
  console.log(`api: reports written to api/ for ${checked.length} entries`);
} else if (changed > 0) {
  console.error(
    "\nIf the change is intended, run `npm run check:api -- --update`, commit api/, and add a " +
      "changeset (`npx changeset`) that says whether it is breaking (see CONTRIBUTING.md).",
  );
  process.exit(1);
} else {
  console.log(`api: ${checked.length} entries match their reports in api/`);
}
