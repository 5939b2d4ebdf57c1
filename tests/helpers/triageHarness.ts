import path from 'node:path';
import { createBotCore, createTriage } from '../../bot/host/botCore';
import { loadConfig } from '../../bot/platform/config';
import { TEST_NLU_CACHE_DIR } from './nluCache';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'triage');

let shared: ReturnType<typeof build> | undefined;
/** Triage built as the server and the CLI build it (content, chat recognizer, frustration check), trained once per test file. */
export function standaloneTriage() {
  shared ??= build();
  return shared;
}

function build() {
  const config = loadConfig({ LOG_LEVEL: 'silent', COURT_ID: 'nynb', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
  const core = createBotCore(config);
  return { triage: createTriage(config, core), content: core.content };
}
