// @ts-check
// Prints the test runner's totals as the last line of CI output, in the plain
// "N passed, N failed, N skipped" form, from vitest's JSON report.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.ci/out/vitest.json';
/** @type {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number, numTotalTests: number }} */
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exit(report.numFailedTests > 0 || report.numTotalTests === 0 ? 1 : 0);
