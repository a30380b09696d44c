// A web-test-runner reporter that writes how many tests passed, failed and were skipped to
// .tmp/wtr-results.json, so `npm test` can print one honest total at the end, and the time its
// tests took per file (`ms`: what to look at when the run gets slow).
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals, file) {
  for (const test of suite.tests ?? []) {
    totals.ms[file] = (totals.ms[file] ?? 0) + (test.duration ?? 0);
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals, file);
}

export function countReporter(file = '.tmp/wtr-results.json') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0, ms: {} };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals, session.testFile);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors += 1;
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
