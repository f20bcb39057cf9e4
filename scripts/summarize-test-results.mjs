// Prints the one line CI reads, "N passed, N failed", summed over every step CI ran, and exits
// non-zero when anything failed.
//
//   node scripts/summarize-test-results.mjs <report>:<exit status> [...]
//
// Each report is vitest's JSON report (or the same counts written by test-examples.mjs). A step
// that failed outside its tests (lint, types, build, publint, attw, an install) counts as one
// failure, and so does a step whose report is missing or counted no test.
//
// The failed tests are listed after the counts, each with its file and the first line of its
// error: CI's record keeps only the tail of the log, and a flake in a long run must be nameable.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

let passed = 0;
let failed = 0;
const failures = [];
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
    failures.push(...failedTests(report, path.basename(reportPath, ".json")));
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
if (failures.length > 0) {
  console.log("\nFailed:");
  for (const failure of failures) {
    console.log(failure);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

/**
 * Each failed test as its step, file and name, then its error's first line; and each file that
 * failed with no test failing (one that failed to load). The React 18 step runs in a copy of the
 * repository elsewhere: its files keep their absolute paths.
 */
function failedTests(report, step) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const name = file.name ?? "";
    const inside = name.startsWith(`${process.cwd()}${path.sep}`);
    const where = `${step}: ${inside ? path.relative(process.cwd(), name) : name}`;
    const failedAssertions = (file.assertionResults ?? []).filter(
      (test) => test.status === "failed",
    );
    for (const test of failedAssertions) {
      lines.push(`  ${where} > ${test.fullName}\n      ${firstLine(test.failureMessages?.[0])}`);
    }
    if (file.status === "failed" && failedAssertions.length === 0) {
      lines.push(`  ${where}\n      ${firstLine(file.message)}`);
    }
  }
  return lines;
}

function firstLine(message) {
  return (message ?? "").trim().split("\n")[0].slice(0, 300) || "(no message)";
}
