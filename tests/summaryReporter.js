// A jest reporter that writes the run's counts to a JSON file, so CI can print one plain summary line.
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
    }));
  }
}

module.exports = SummaryReporter;
