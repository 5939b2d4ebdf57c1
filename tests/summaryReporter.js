// A jest reporter that writes the run's counts to a JSON file, so CI can print one plain summary line, and the
// slowest test files, where the suite's time goes.
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname, resolve } = require('node:path');

class SummaryReporter {
  constructor(_globalConfig, options) {
    this.file = resolve(options.file);
  }

  onRunComplete(_contexts, results) {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({
      passed: results.numPassedTests, failed: results.numFailedTests, skipped: results.numPendingTests + results.numTodoTests,
      slowest: slowestFiles(results.testResults, 10),
    }));
  }
}

/** The `count` test files that took longest, as "seconds path". */
function slowestFiles(files, count) {
  return files
    .map((file) => ({ seconds: (file.perfStats.end - file.perfStats.start) / 1000, path: file.testFilePath }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count)
    .map(({ seconds, path }) => `${seconds.toFixed(1)} s ${path.slice(path.indexOf('tests/'))}`);
}

module.exports = SummaryReporter;
