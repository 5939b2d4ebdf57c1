/*
 * `npm run eval -- conversations [FILE|DIR …] [--replies] [--json]`: plays typed-user conversations (README.md in
 * this folder) against the engine exactly as `npm start` builds it by default (no court pinned, the real
 * recognizer trained from content/), prints the pass rates and turn shape, and lists every failing turn.
 * Without paths it plays this folder's dev-*.yaml. Exit code 1 when a file is malformed.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createBotCore, createEngine } from '../../bot/host/botCore';
import { loadConfig } from '../../bot/platform/config';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import { formatFailures, formatReport, summarise } from './report';
import { play, readConversations, type ConversationOutcome } from './runner';

/** The conversation set committed with the project (next to this file's source, also when it runs from dist/). */
export const DEV_SET_DIR = path.join(REPO_ROOT, 'tests', 'conversations-eval');

export function conversationFiles(paths: readonly string[]): string[] {
  const targets = paths.length > 0 ? paths : [DEV_SET_DIR];
  return targets.flatMap((target) => (statSync(target).isDirectory()
    ? readdirSync(target).filter((file) => /\.ya?ml$/.test(file)).sort().map((file) => path.join(target, file))
    : [target]));
}

/**
 * The engine as `npm start` runs it by default: configuration from an empty environment, the real recognizer. The
 * tests pass their model cache (NLU_CACHE_DIR, keyed by content and code, so never stale) instead of training again.
 */
export function defaultEngine(nluCacheDir?: string): ConversationEngine {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...(nluCacheDir === undefined ? {} : { NLU_CACHE_DIR: nluCacheDir }) });
  return createEngine(config, createBotCore(config));
}

export function evaluate(engine: ConversationEngine, files: readonly string[]): ConversationOutcome[] {
  const seen = new Set<string>();
  return files.flatMap((file) => readConversations(file).map((conversation) => {
    if (seen.has(conversation.id)) throw new Error(`${file}: conversation id "${conversation.id}" is used twice`);
    seen.add(conversation.id);
    return play(engine, conversation, file);
  }));
}

function main(argv: readonly string[]): void {
  const [what, ...rest] = argv;
  if (what !== 'conversations') {
    console.error('usage: npm run eval -- conversations [FILE|DIR ...] [--replies] [--json]');
    process.exitCode = 1;
    return;
  }
  const paths = rest.filter((arg) => !arg.startsWith('--'));
  const outcomes = evaluate(defaultEngine(), conversationFiles(paths));
  const report = summarise(outcomes);
  if (rest.includes('--json')) {
    console.log(JSON.stringify({ report, outcomes }, null, 2));
    return;
  }
  const failing = formatFailures(outcomes, rest.includes('--replies'));
  console.log(`${formatReport(report)}${failing ? `\n\nFailing turns:\n${failing}` : ''}`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
