// Builds dist/styles.css (see styles.mjs for how it is assembled).
import { mkdirSync, writeFileSync } from "node:fs";
import { collectStylesheet } from "./styles.mjs";

const { css, files, problems } = collectStylesheet();
if (problems.length > 0) {
  console.error(`styles.css not built:\n${problems.join("\n")}`);
  process.exit(1);
}
mkdirSync("dist", { recursive: true });
writeFileSync("dist/styles.css", css);
console.log(`dist/styles.css: ${files} stylesheets`);
