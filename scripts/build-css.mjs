// Builds dist/styles.css from every stylesheet in src/: theme tokens first, then components.
// Each source file keeps its own rules inside `@layer medspa-ui { ... }` so that Storybook (which
// imports the files one by one) and the built sheet cascade identically.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const sourceRoot = "src";

function listStylesheets(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      return listStylesheets(full);
    }
    return entry.name.endsWith(".css") ? [full] : [];
  });
}

function rank(file) {
  if (file.startsWith(path.join(sourceRoot, "theme"))) {
    return 0;
  }
  return file.startsWith(path.join(sourceRoot, "components")) ? 2 : 1;
}

const files = listStylesheets(sourceRoot).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const problems = [];
const parts = ["@layer medspa-ui;"];
for (const file of files) {
  const css = readFileSync(file, "utf8");
  const firstRule = css.replace(/\/\*[\s\S]*?\*\//g, "").trimStart();
  if (!firstRule.startsWith("@layer medspa-ui")) {
    problems.push(
      `${file}: wrap the rules in @layer medspa-ui { ... } so a site's own CSS always wins.`,
    );
  }
  if (/\burl\(\s*["']?(?:https?:)?\/\//.test(css)) {
    problems.push(
      `${file}: loads a remote resource; the stylesheet must work offline and under a strict CSP.`,
    );
  }
  parts.push(`/* ${path.relative(sourceRoot, file)} */\n${css.trim()}`);
}
if (problems.length > 0) {
  console.error(`styles.css not built:\n${problems.join("\n")}`);
  process.exit(1);
}
mkdirSync("dist", { recursive: true });
writeFileSync("dist/styles.css", `${parts.join("\n\n")}\n`);
console.log(`dist/styles.css: ${files.length} stylesheets`);
