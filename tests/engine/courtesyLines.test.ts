import { createBotCore, createEngine } from '../../bot/host/botCore';
import { loadConfig } from '../../bot/platform/config';
import { replyMarkdown } from '../../bot/channels/render/render';
import { replyWords } from '../../dialogs/engine/answerParts';
import { INITIAL_STATE } from '../../dialogs/engine/state';

/**
 * A step card is never cut (its warning must be read before Submit), so a turn that also notes the court and a
 * skipped step's caution can run long, in Spanish most of all: the court's thanks is the line that goes.
 */
const config = loadConfig({ LOG_LEVEL: 'silent' });
const engine = createEngine(config, createBotCore(config));
const first = (text: string, locale: string) => engine.turn(INITIAL_STATE, text, locale);
const words = (result: ReturnType<typeof first>) => result.replies.reduce((sum, reply) => sum + replyWords(reply), 0);

describe('courtesy lines in a long turn', () => {
  it('a Spanish report of step 4 done, with the court, shows step 5 whole and its caution within 120 words', () => {
    const result = first('le di submit, la corte es nysb', 'es');
    const shown = result.replies.map(replyMarkdown).join('\n');
    expect(result.trace.kind).toBe('step');
    expect(shown).toMatch(/Paso 5 de 6/);
    expect(shown).toMatch(/permanente/);
    expect(shown).toMatch(/nunca una cuenta compartida/);
    expect(result.state.courtId).toBe('nysb');
    expect(words(result)).toBeLessThanOrEqual(120);
  });

  it('a short turn keeps the thanks that names the court', () => {
    const result = first('the court is nysb', 'en');
    expect(result.replies.map(replyMarkdown).join('\n')).toMatch(/I'll answer for .*Southern District of New York/);
  });
});
