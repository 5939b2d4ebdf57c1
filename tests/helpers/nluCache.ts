import path from 'node:path';

/**
 * One trained-recognizer cache (bot/host/nluCache.ts) for every test that starts the bot or trains the content's
 * recognizer. Its files are keyed by the examples, the options and the recognizer's code, so a test with its own content
 * still trains its own model, and a stale file is never read. Without it each such test file trains the same model
 * again: 3-7 s of CPU per file. One folder per Node major version: CI's run on Node 24 (the production runtime)
 * trains its own models once instead of reading the ones the Node 20 run wrote.
 */
export const TEST_NLU_CACHE_DIR = path.resolve(__dirname, '..', '..', 'test-artifacts', 'nlu-cache', `node-${process.versions.node.split('.')[0]}`);
