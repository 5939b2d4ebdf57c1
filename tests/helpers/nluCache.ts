import path from 'node:path';

/**
 * One trained-recognizer cache for every test that starts the bot (bot/host/nluCache.ts). Its files are keyed by the
 * examples, the options and the recognizer's code, so a test with its own content still trains its own model, and a
 * stale file is never read. Without it each such test file trains the same model again: seconds of CPU per file.
 */
export const TEST_NLU_CACHE_DIR = path.resolve(__dirname, '..', '..', 'test-artifacts', 'nlu-cache');
