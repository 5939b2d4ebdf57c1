import { existsSync } from 'node:fs';
import path from 'node:path';
import { createBotCore, createEngine } from '../../bot/host/botCore';
import { loadConfig } from '../../bot/platform/config';
import { replyMarkdown } from '../../bot/channels/render/render';
import { defaultContentDir } from '../../dialogs/content/loader';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import { INITIAL_STATE, type ConversationState } from '../../dialogs/engine/state';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';

/**
 * A typed conversation in Spanish, end to end on the real content and both recognizers: the walkthrough answered in
 * the user's words, a side question, "continuar", a switch to English and back at the same step. It runs on the
 * translators' files (content/locales/es/, issue 21's text branches); before they are merged it is skipped.
 */
const translated = existsSync(path.join(defaultContentDir(), 'locales', 'es', 'procedure.yaml'));
if (!translated) console.warn('spanishConversation: skipped until content/locales/es/ is merged (tests/locale/localeSwitch.test.ts covers the machinery).');

(translated ? describe : describe.skip)('a conversation typed in Spanish', () => {
  let engine: ConversationEngine;
  let state: ConversationState = INITIAL_STATE;
  beforeAll(() => {
    const config = loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory', COURT_ID: 'nynb', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
    engine = createEngine(config, createBotCore(config));
  });
  const say = (text: string) => {
    const result = engine.turn(state, text);
    state = result.state;
    return { kind: result.trace.kind, text: result.replies.map(replyMarkdown).join('\n\n'), buttons: result.buttons };
  };
  const ENGLISH_SENTENCE = /\b(the|you|your)\b[^.?!\n]*\b(the|you|your|to)\b/i;

  it('walks the prerequisites in Spanish, answered with "sí" / "si"', () => {
    const first = say('hola, necesito vincular mi cuenta de CM/ECF con PACER');
    expect(first.kind).toBe('prerequisite');
    expect(first.text).toMatch(/cuenta/);
    expect(first.text).not.toMatch(ENGLISH_SENTENCE);
    for (let i = 0; i < 5 && state.walkthrough?.nodeId !== 'step1'; i += 1) expect(say(i % 2 ? 'si' : 'sí').kind).not.toBe('didnt_catch');
    expect(state).toMatchObject({ locale: 'es', walkthrough: { nodeId: 'step1' } });
  });

  it('answers a side question in Spanish and "continuar" comes back to the step', () => {
    const side = say('olvidé mi contraseña de PACER');
    expect(side.text).toMatch(/contraseña/);
    expect(say('continuar').kind).toBe('step');
    expect(state.walkthrough?.nodeId).toBe('step1');
  });

  it('"English" and "Español" switch the language at the same step', () => {
    expect(say('English').text).not.toMatch(/Haga clic/);
    expect(state).toMatchObject({ locale: 'en', walkthrough: { nodeId: 'step1' } });
    expect(say('Español').text).toMatch(/Haga clic/);
    expect(state).toMatchObject({ locale: 'es', localeChosen: true, walkthrough: { nodeId: 'step1' } });
  });
});
