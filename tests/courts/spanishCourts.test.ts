import { createBotCore, createEngine } from '../../bot/host/botCore';
import { replyMarkdown } from '../../bot/channels/render/render';
import { loadConfig } from '../../bot/platform/config';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import { INITIAL_STATE, type ConversationState } from '../../dialogs/engine/state';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';

/** "the U.S. District Court for …", "the District Court of Guam": an English court name left in a Spanish reply. */
const ENGLISH_COURT = /\bthe\b[^.?!\n]*\bCourt\b/;

/** A Spanish conversation with no court pinned, on the real content and recognizers, where the user names courts. */
describe('courts in a conversation typed in Spanish', () => {
  let engine: ConversationEngine;
  let state: ConversationState;
  beforeAll(() => {
    const config = loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
    engine = createEngine(config, createBotCore(config));
  });
  beforeEach(() => { state = INITIAL_STATE; });
  const say = (text: string) => {
    const result = engine.turn(state, text);
    state = result.state;
    return { kind: result.trace.kind, text: result.replies.map(replyMarkdown).join('\n\n'), buttons: result.buttons };
  };
  const toCourtQuestion = () => {
    state = INITIAL_STATE;
    say('hola, necesito vincular mi cuenta de CM/ECF con PACER');
    expect(say('sí').kind).toBe('court_asked');
  };

  it('names the court in Spanish, in the replies and on the court buttons', () => {
    toCourtQuestion();
    const choice = say('la corte de Los Ángeles');
    expect(choice.buttons).toEqual(expect.arrayContaining(['Distrito, C.D. Cal.', 'Quiebras, C.D. Cal.']));
    const noted = say('Quiebras, C.D. Cal.');
    expect(state.courtId).toBe('cacb');
    let replies = noted.text;
    for (let i = 0; i < 5 && state.walkthrough?.nodeId !== 'step1'; i += 1) replies += say('sí').text;
    replies += say('¿ya está mi corte en NextGen?').text;
    expect(replies).toMatch(/Corte de Quiebras de EE\. UU\. para el Distrito Central de California/);
    expect(replies).not.toMatch(ENGLISH_COURT);
  });

  it('says a court\'s go-live date in Spanish, in a sentence that starts with a capital', () => {
    toCourtQuestion();
    say('Distrito, D. Md.');
    expect(say('¿ya está mi corte en NextGen?').text).toMatch(/La Corte de Distrito de EE\. UU\. para el Distrito de Maryland empezó a usar NextGen CM\/ECF el 14 de febrero de 2022/);
  });

  it('tells a court of appeals apart by its Spanish name, and names it in Spanish', () => {
    toCourtQuestion();
    const reply = say('es la corte de apelaciones del noveno circuito');
    expect(reply.text).toMatch(/Corte de Apelaciones de EE\. UU\. para el Noveno Circuito/);
    expect(reply.text).not.toMatch(ENGLISH_COURT);
  });

  it('reads no court in an ordinary Spanish answer ("la" is no Los Angeles, "mi" no Michigan, "plazo" no Plano)', () => {
    toCourtQuestion();
    const reply = say('Sí, la corte ya está en NextGen desde la semana pasada');
    expect(reply.buttons.join(' ')).not.toMatch(/Cal\.|Mich\./);
    expect(state.courtId === undefined || state.courtId === 'other').toBe(true);
    toCourtQuestion();
    // "plazo" is one letter from Plano (E.D. Tex.), "temas" from Texas.
    expect(say('mi plazo vence y tengo temas con la cuenta').buttons.join(' ')).not.toMatch(/Tex\./);
  });

  it('takes the court a reply names over the offered ones, in Spanish words', () => {
    toCourtQuestion();
    say('la corte de Los Ángeles');
    expect(state.pending).toMatchObject({ kind: 'court', candidates: ['cacd', 'cacb'] });
    say('Es la corte de distrito de Nuevo México (District of New Mexico)');
    expect(state.courtId).toBe('nmd');
    toCourtQuestion();
    say('Miami');
    expect(state.pending).toMatchObject({ kind: 'court', candidates: ['flsd', 'flsb'] });
    say('la corte de quiebras del distrito sur de Florida');
    expect(state.courtId).toBe('flsb');
  });

  it('reads a reply of only a court\'s name and Spanish filler words as that court, at any question', () => {
    state = INITIAL_STATE;
    say('hola, necesito vincular mi cuenta de CM/ECF con PACER');
    const reply = say('es el Central District de California');
    // A district's designation is its district court (said so, with how to say its bankruptcy court).
    expect(state.courtId).toBe('cacd');
    expect(reply.kind).not.toBe('out_of_scope');
  });

  it('picks an offered court by its kind in Spanish, but not for a court named with a place it does not know', () => {
    toCourtQuestion();
    say('la corte de Los Ángeles');
    say('Es la corte de distrito de Nuevo León');
    expect(state.courtId).not.toBe('cacd');
    toCourtQuestion();
    say('la corte de Los Ángeles');
    say('es la de distrito');
    expect(state.courtId).toBe('cacd');
    toCourtQuestion();
    say('la corte de Los Ángeles');
    say('la segunda');
    expect(state.courtId).toBe('cacb');
  });
});
