// Prints the one line CI reads, "N passed, N failed", summed over every step CI ran, and exits
// non-zero when anything failed.
//
//   node scripts/summarize-test-results.mjs <report>:<exit status> [...]
//
// Each report is vitest's JSON report (or the same counts written by test-examples.mjs). A step
// that failed outside its tests (lint, types, build, publint, attw, an install) counts as one
// failure, and so does a step whose report is missing or counted no test.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const argument of process.argv.slice(2)) {
  const separator = argument.lastIndexOf(":");
  const reportPath = argument.slice(0, separator);
  const commandFailed = Number(argument.slice(separator + 1)) !== 0;
  let stepPassed = 0;
  let stepFailed = 0;
  if (existsSync(reportPath)) {
    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    stepPassed = report.numPassedTests ?? 0;
    stepFailed = (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0);
    if (report.numTotalTestSuites > 0 && report.success === false && stepFailed === 0) {
      // A suite that failed to load or an unhandled error: vitest counts no test for it.
      stepFailed = 1;
    }
  } else {
    console.log(`No report at ${reportPath}: that step stopped before its tests ran.`);
  }
  if ((commandFailed || stepPassed === 0) && stepFailed === 0) {
    stepFailed = 1;
  }
  console.log(`${reportPath}: ${stepPassed} passed, ${stepFailed} failed`);
  passed += stepPassed;
  failed += stepFailed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
