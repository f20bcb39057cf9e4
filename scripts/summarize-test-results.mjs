// Prints the one line CI reads, "N passed, N failed", from vitest's JSON report (every project),
// and exits non-zero when anything failed, including steps of `npm test` outside vitest
// (lint, types, build, publint, attw, consumer smoke test), which count as one failure.
import { existsSync, readFileSync } from "node:fs";

const [reportPath = "test-results/vitest.json", exitStatus = "0"] = process.argv.slice(2);
const commandFailed = Number(exitStatus) !== 0;

let passed = 0;
let failed = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0);
  if (report.numTotalTestSuites > 0 && report.success === false && failed === 0) {
    // A suite that failed to load or an unhandled error: vitest counts no test for it.
    failed = 1;
  }
} else {
  console.log(`No vitest report at ${reportPath}: npm test stopped before or during vitest.`);
}
if (commandFailed && failed === 0) {
  failed = 1;
}
if (passed + failed === 0) {
  console.log("No test ran.");
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || commandFailed ? 1 : 0);
