// @vitest-environment node
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// The release guards of CONTRIBUTING.md, run as a maintainer would: against a copy, so the
// repository and its dist/ stay as they are.
const root = path.resolve(".");
const copies: string[] = [];

/**
 * A scratch folder inside the repository (gitignored), so the copied .d.ts files still resolve
 * React's types, and outside node_modules, where API Extractor would take them for a dependency.
 */
function scratch(): string {
  const cache = path.join(root, "test-results");
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(path.join(cache, "release-test-"));
  copies.push(folder);
  return folder;
}

function copyDistWith(file: string, from: string, to: string): string {
  const folder = scratch();
  const dist = path.join(folder, "dist");
  cpSync(path.join(root, "dist"), dist, { recursive: true });
  const target = path.join(dist, file);
  const text = readFileSync(target, "utf8");
  expect(text).toContain(from);
  writeFileSync(target, text.replaceAll(from, to));
  return dist;
}

afterEach(() => {
  for (const folder of copies.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
});

describe("the API report", () => {
  it("should fail with a readable diff when an exported prop is renamed", () => {
    const dist = copyDistWith("side-effect-accordion.d.ts", "showAllToggle?:", "showAllButton?:");
    const run = spawnSync("node", ["scripts/check-api.mjs"], {
      // The renamed prop is in the root entry's report: the other sixteen would add a minute.
      env: { ...process.env, API_DIST: dist, API_ENTRIES: "medspa-ui" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("The public API of medspa-ui differs from api/medspa-ui.api.md");
    expect(run.stderr).toMatch(/^-\s+showAllToggle\?: boolean;$/m);
    expect(run.stderr).toMatch(/^\+\s+showAllButton\?: boolean;$/m);
    expect(run.stderr).toContain("npm run check:api -- --update");
  }, 60_000);
});

describe("the styling contract", () => {
  it("should fail with a readable diff when a custom property is renamed", () => {
    const dist = copyDistWith(
      "styles.css",
      "--msu-booking-banner-background",
      "--msu-banner-background",
    );
    const run = spawnSync("node", ["scripts/check-styling-contract.mjs"], {
      env: { ...process.env, CONTRACT_DIST: dist },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^-- `--msu-booking-banner-background`$/m);
    expect(run.stderr).toMatch(/^\+- `--msu-banner-background`$/m);
  }, 60_000);
});

describe("npm run version", () => {
  it("should apply pending changesets to package.json and CHANGELOG.md", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "medspa-ui-version-"));
    copies.push(folder);
    cpSync(path.join(root, "package.json"), path.join(folder, "package.json"));
    cpSync(path.join(root, "CHANGELOG.md"), path.join(folder, "CHANGELOG.md"));
    cpSync(path.join(root, ".changeset/config.json"), path.join(folder, ".changeset/config.json"));
    writeFileSync(
      path.join(folder, ".changeset/new-prop.md"),
      '---\n"medspa-ui": minor\n---\n\nSideEffectAccordion takes `collapsedSummary`.\n',
    );
    symlinkSync(path.join(root, "node_modules"), path.join(folder, "node_modules"));
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: folder });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "base");
    const before = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")).version;
    execFileSync("npm", ["run", "version", "--silent"], { cwd: folder, stdio: "ignore" });
    const after = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")).version;
    const [major, minor] = before.split(".").map(Number);
    expect(after).toBe(`${major}.${minor + 1}.0`);
    const changelog = readFileSync(path.join(folder, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`## ${after}`);
    expect(changelog).toContain("SideEffectAccordion takes `collapsedSummary`.");
  }, 60_000);
});
