// A jest reporter that writes the run's counts to a JSON file, so CI can print one plain summary line, and the
// slowest test files, where the suite's time goes.
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, resolve } = require('node:path');

class SummaryReporter {
  constructor(globalConfig, options) {
    this.file = resolve(options.file);
    // In band (one worker) the files run one after another in this process, so the process's CPU time between a
    // file's start and its result is that file's: the figure a loaded machine does not distort, unlike wall time.
    // With several workers the files overlap in other processes, and only wall time is reported.
    this.inBand = globalConfig.maxWorkers === 1;
    this.cpuAtStart = new Map();
    this.cpuSeconds = new Map();
  }

  onTestFileStart(test) {
    if (this.inBand) this.cpuAtStart.set(test.path, processCpuSeconds());
  }

  onTestFileResult(test) {
    const start = this.cpuAtStart.get(test.path);
    const now = start === undefined ? undefined : processCpuSeconds();
    if (now !== undefined) this.cpuSeconds.set(test.path, now - start);
  }

  onRunComplete(_contexts, results) {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({
      passed: results.numPassedTests, failed: results.numFailedTests, skipped: results.numPendingTests + results.numTodoTests,
      slowest: slowestFiles(results.testResults, this.cpuSeconds, 10),
      // Every file, slowest first: the list to pick the next file to speed up from (CI prints the first ten).
      files: slowestFiles(results.testResults, this.cpuSeconds, Infinity),
      // All files' CPU against the run's wall time: how much of the time a second core could take (in band only).
      cpuSeconds: this.inBand ? [...this.cpuSeconds.values()].reduce((sum, seconds) => sum + seconds, 0) : undefined,
      wallSeconds: (Date.now() - results.startTime) / 1000,
    }));
  }
}

/**
 * CPU seconds (user + system) of this process and of the child processes it has waited for (spawned bots, npm,
 * Chromium), from /proc/self/stat; undefined where there is no /proc (then only wall time is reported).
 */
function processCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime, stime, cutime, cstime are
    // the 14th-17th fields of the line, in clock ticks (100 per second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    return undefined;
  }
}

/** The `count` test files that took longest, as "seconds path", or "seconds (CPU seconds) path" when measured in band. */
function slowestFiles(files, cpuSeconds, count) {
  return files
    .map((file) => ({ seconds: (file.perfStats.end - file.perfStats.start) / 1000, cpu: cpuSeconds.get(file.testFilePath), path: file.testFilePath }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count)
    .map(({ seconds, cpu, path }) => `${seconds.toFixed(1)} s${cpu === undefined ? '' : ` (CPU ${cpu.toFixed(1)} s)`} ${path.slice(path.indexOf('tests/'))}`);
}

module.exports = SummaryReporter;
