import { createBotCore, createEngine } from '../../bot/host/botCore';
import { loadConfig } from '../../bot/platform/config';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { TurnResult } from '../../dialogs/engine/replies';
import { INITIAL_STATE, type ConversationState } from '../../dialogs/engine/state';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';

/**
 * Replies typed in Spanish read as the English ones are: a person asked for in the user's own words, in a short
 * message or in one sentence of a longer one. Real content, real recognizers, no court pinned.
 */
let engine: ConversationEngine;
beforeAll(() => {
  const config = loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
  engine = createEngine(config, createBotCore(config));
});

function chat(locale: string, lines: readonly string[]): TurnResult<ConversationState>[] {
  let state = INITIAL_STATE;
  return lines.map((line) => {
    const result = engine.turn(state, line, locale);
    state = result.state;
    return result;
  });
}
const last = (locale: string, lines: readonly string[]) => chat(locale, lines).at(-1)!;

describe('asking for a person in Spanish', () => {
  it.each([
    ['¿Me puede pasar con una persona?'],
    ['¿Me pone en contacto con alguien de la corte?'],
    ['comunicame con un agente porfa'],
    ['Quisiera que me llame alguien, por favor'],
  ])('"%s" is asked how to be reached straight away (a request for a person has consented)', (text) => {
    expect(last('es', [text]).trace.kind).toBe('contact_asked');
  });

  it('in one sentence of a longer message, after a topic\'s question, in both languages', () => {
    const spanish = last('es', ['no encuentro el enlace para vincular en Utilities',
      'Revisé en todos los menús de la página y de verdad no aparece por ningún lado. ¿Me pasa con alguien de soporte?']);
    expect(spanish.trace.kind).toBe('contact_asked');
    const english = last('en', ['the link to link my account is not under Utilities',
      'I checked every menu on that page and it really is not anywhere at all. Can I talk to someone?']);
    expect(english.trace.kind).toBe('contact_asked');
  });

  it('asking how to reach the help desk gets its contact details, with the offer after them', () => {
    const result = last('es', ['¿cómo me comunico con la mesa de ayuda de la corte?']);
    expect(result.trace.kind).not.toBe('person_offered');
    expect(result.trace.topic).toBe('contact_help_desk');
  });
});

describe('"ya" at a step: done, and the next step', () => {
  // The court is named when it is asked (after "do you e-file?"): a bare "sí" is no court.
  const toStep1 = ['vincular mi cuenta', 'sí', 'nynb', 'sí', 'sí', 'sí'];
  it('reaches step 1 first', () => {
    expect(chat('es', toStep1).at(-1)!.state.walkthrough?.nodeId).toBe('step1');
  });

  it.each([['listo, ¿y ahora?'], ['ya quedó, ¿qué sigue?'], ['ya, ¿y luego qué?']])('"%s" shows step 2', (text) => {
    expect(last('es', [...toStep1, text]).state.walkthrough?.nodeId).toBe('step2');
  });

  it('"ya entré" at step 1 says the login (step 2) is done too: step 3, with step 2\'s caution', () => {
    const result = last('es', [...toStep1, 'ya entré']);
    expect(result.state.walkthrough?.nodeId).toBe('step3');
    expect(JSON.stringify(result.replies)).toMatch(/cuenta compartida de la firma/);
  });

  it('a problem with the step, then "what now", stays at the step, in both languages', () => {
    expect(last('es', [...toStep1, 'no me funcionó, ¿y ahora?']).state.walkthrough?.nodeId).toBe('step1');
    expect(last('en', ['link my account', 'yes', 'nynb', 'yes', 'yes', 'yes', "that didn't work, what now?"]).state.walkthrough?.nodeId).toBe('step1');
    expect(last('en', ['link my account', 'yes', 'nynb', 'yes', 'yes', 'yes', 'done, what now?']).state.walkthrough?.nodeId).toBe('step2');
  });
});

describe('an English court name in a Spanish chat', () => {
  it.each([['the Western District of Texas'], ['U.S. Bankruptcy Court for the District of New Jersey'], ['es la Bankruptcy Court for the Eastern District of New York']])(
    '"%s" keeps the conversation in Spanish', (court) => {
      const result = last('es', ['hola, necesito vincular mi cuenta de cm/ecf con pacer', 'sí', court]);
      expect(result.state.locale).toBe('es');
      expect(result.replies.map((reply) => reply.text).join('\n')).toMatch(/corte|¿/i);
    });

  it('an English sentence around the court\'s name is still English', () => {
    const result = last('es', ['hola, necesito vincular mi cuenta de cm/ecf con pacer', 'sí', 'I would rather read the steps in English for the Western District of Texas court']);
    expect(result.state.locale).toBe('en');
  });
});
