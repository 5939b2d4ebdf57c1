/**
 * CI's second run, on Node 24 (the production runtime), after the whole suite has passed on the machine's Node: every
 * test file except the ones below. Those replay content through the recognizer and the conversation engine in
 * volume (quality floors, fuzzing, every tree path, the two hosts compared turn by turn) or check a build tool's
 * output; they use no Node API the files still run here do not, and the unit tests of the same code run here too.
 * Kept here: everything else that starts the HTTP hosts, spawns processes, stores (SQLite WASM, blobs), drives Chromium,
 * starts the release (installed once, by the first run: tests/helpers/release.ts; require(esm) of the ESM-only
 * packages happens only outside jest, which transforms them), the redactor's fuzzing (regular-expression
 * backtracking is the engine's own) and the language and locale tests (ICU).
 * Every file on Node 24: `npx jest` under Node 24, or `NODE24_SUITE=full bash .ci/run`.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    // Quality floors: the same engine and recognizer code on hundreds of sentences and conversations.
    '<rootDir>/tests/conversations-eval\\.test\\.ts$',
    '<rootDir>/tests/conversations\\.test\\.ts$',
    '<rootDir>/tests/treePaths\\.test\\.ts$',
    '<rootDir>/tests/nlu/heldoutFloor\\.test\\.ts$',
    // Every turn of every project conversation through both hosts, compared with each other (49 s of CPU on Node 20,
    // and growing with the conversations): the two hosts run the same code on the same runtime, so a runtime change
    // that broke one would break both alike; each host's own HTTP, Direct Line, Teams, browser, transcript and
    // handoff tests (describe.each(HOSTS)) still run here.
    '<rootDir>/tests/bot/host/hostParity\\.test\\.ts$',
    // Random YAML edits through the loader and random messages through the engine.
    '<rootDir>/tests/fuzz/loader\\.fuzz\\.test\\.ts$',
    '<rootDir>/tests/fuzz/engine\\.fuzz\\.test\\.ts$',
    // Developers' tools: the word vectors rebuilt from a dev dependency (npm run nlu:vectors), the CLINC150 bench, the
    // turn bench's smoke test (npm run bench: autocannon, a dev dependency, against bots it spawns from the sources;
    // ~30 s and 40 s CPU a run). Bots started as processes stay checked here: the release (production.test) and
    // tests/helpers/mainProcess (shutdown, buffered logs, restart).
    '<rootDir>/tests/nlu/wordVectors\\.test\\.ts$',
    '<rootDir>/tests/nlu/bench\\.test\\.ts$',
    '<rootDir>/tests/bench/turnBench\\.test\\.ts$',
  ],
};
