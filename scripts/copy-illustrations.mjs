// Copies the starter library's drawings to dist/results/, published as medspa-ui/results/*: a site
// that shows the samples serves them at /medspa-ui/results/ (README, "Results").
import { cpSync, readdirSync } from "node:fs";

cpSync("src/content/examples/results", "dist/results", { recursive: true });
console.log(`dist/results: ${readdirSync("dist/results").length} illustrations`);
