import { createBotCore, createEngine } from '../../bot/host/botCore';
import { loadConfig } from '../../bot/platform/config';
import { replyMarkdown } from '../../bot/channels/render/render';
import { replyWords } from '../../dialogs/engine/answerParts';
import { INITIAL_STATE } from '../../dialogs/engine/state';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';

/**
 * A step card is never cut (its warning must be read before Submit), so a turn that also notes the court and a
 * skipped step's caution can run long, in Spanish most of all: the court's thanks is the line that goes. Answers
 * are cut between sentences, also where a placeholder fills in a court's many words.
 */
const config = loadConfig({ LOG_LEVEL: 'silent', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
const engine = createEngine(config, createBotCore(config));
const first = (text: string, locale: string) => engine.turn(INITIAL_STATE, text, locale);
const words = (result: ReturnType<typeof first>) => result.replies.reduce((sum, reply) => sum + replyWords(reply), 0);

describe('long turns', () => {
  it('a Spanish report of step 4 done, with the court, shows step 5 whole and its caution within 120 words', () => {
    const result = first('ya escribí mi usuario viejo de CM/ECF, la corte es nysb', 'es');
    const shown = result.replies.map(replyMarkdown).join('\n');
    expect(result.trace.kind).toBe('step');
    expect(shown).toMatch(/Paso 5 de 6/);
    expect(shown).toMatch(/permanente/);
    expect(shown).toMatch(/nunca una cuenta compartida/);
    expect(result.state.courtId).toBe('nysb');
    expect(words(result)).toBeLessThanOrEqual(120);
  });

  it("a paragraph whose placeholder stands for many words (the court's go-live status) is cut at its sentences", () => {
    const result = first('mi corte todavía no está en NextGen, la corte es nysb', 'es');
    expect(result.trace.topic).toBe('court_not_live');
    expect(words(result)).toBeLessThanOrEqual(120);
    expect(result.state.more).toMatchObject({ flowId: 'court_not_live' });
  });

  it('a short turn keeps the thanks that names the court', () => {
    const started = first('how do I link my account', 'en');
    const result = engine.turn(started.state, 'the court is nysb', 'en');
    expect(result.replies.map(replyMarkdown).join('\n')).toMatch(/I'll answer for .*Southern District of New York/);
  });
});
