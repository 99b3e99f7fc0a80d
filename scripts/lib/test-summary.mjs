// Prints the closing line CI reads: "Tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log('Tests: 0 passed, 1 failed (no test report was written)');
  process.exit(1);
}
const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
// A file that does not load (a syntax error, a failing beforeAll) runs no tests: it counts as one failure each.
const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'));
for (const f of brokenFiles) console.log(`FAILED to run: ${f.name}`);
const failed = report.numFailedTests + brokenFiles.length;
console.log(`Tests: ${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || report.numTotalTests === 0 ? 1 : 0);
