// Prints one closing line per engine and a total, "N passed, N failed", so a CI log says plainly
// how many tests ran where (web-test-runner's own summary is a progress bar).
function count(suite, tally) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, tally);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const perBrowser = new Map();
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const name = session.browser.name;
        const tally = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0, files: 0 };
        tally.files++;
        const before = { ...tally };
        count(session.testResults, tally);
        if (!session.passed && tally.failed === before.failed) tally.failed++; // a file that failed to load
        perBrowser.set(name, tally);
      }
      const lines = [];
      for (const [name, t] of perBrowser) {
        total.passed += t.passed;
        total.failed += t.failed;
        total.skipped += t.skipped;
        lines.push(`${name}: ${t.files} files, ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
      }
      lines.push(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
      // After the runner's dynamic terminal output, which would otherwise overwrite these lines.
      process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
    },
  };
}
