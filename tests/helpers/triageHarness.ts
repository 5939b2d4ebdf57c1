import path from 'node:path';
import { createStandaloneTriage } from '../../bot/helpdesk/triage/createTriage';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'triage');

let shared: ReturnType<typeof createStandaloneTriage> | undefined;
/** Triage built as the CLI builds it (content, chat recognizer, frustration check), trained once per test file. */
export function standaloneTriage() {
  shared ??= createStandaloneTriage({ maxMessageLength: 2000, courtId: 'nynb' });
  return shared;
}
