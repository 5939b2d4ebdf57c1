import { renderReplies, replyMarkdown } from '../../bot/channels/render/render';
import type { AdaptiveCard } from '../../bot/channels/render/renderCard';
import { membersAddedActivity } from '../../bot/channels/directline/activities';
import { createBotCore, createEngine, type BotCore } from '../../bot/host/botCore';
import { loadConfig } from '../../bot/platform/config';
import type { Content } from '../../dialogs/content/types';
import { courtPlaceholders } from '../../dialogs/engine/courtDirectory';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { TurnResult } from '../../dialogs/engine/replies';
import { INITIAL_STATE, type ConversationState } from '../../dialogs/engine/state';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';

/**
 * What a Spanish speaker sees, end to end on the real content and recognizers: no English outside the names on the
 * PACER / CM/ECF screens (bold, with the Spanish beside them), and a conversation that goes on in Spanish whatever
 * English the user types among their words.
 */
let core: BotCore;
let engine: ConversationEngine;
let spanish: Content;
beforeAll(() => {
  const config = loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
  core = createBotCore(config);
  engine = createEngine(config, core);
  spanish = core.localization.byLocale.get('es')!.content;
});

/** English words no Spanish sentence has (Spanish shares "no", "a", "me", "de" …). */
const ENGLISH_WORD = /\b(the|you|your|to|of|and|is|are|with|for|this|that|please|step|important|tip|source|there's|say|more|yes|click|here|not|it|on|if|what|which|when|okay|sorry|thanks)\b/i;
/**
 * Screen names (bold), quoted words and link targets are English on purpose: they are what the screens show. A
 * court's name is as the court directory gives it (per-locale court naming is issue 21c's, dialogs/courts).
 */
const visible = (markdown: string): string => [...spanish.courts.values()].reduce((text, court) => text.split(court.name).join(' '), markdown).replace(/\*\*[^*]+\*\*/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/"[^"]*"/g, ' ').replace(/https?:\S+/g, ' ');
const englishIn = (result: TurnResult<ConversationState>): string[] => [...result.replies.map(replyMarkdown), ...result.buttons]
  .flatMap((text) => visible(text).split('\n')).filter((line) => ENGLISH_WORD.test(line));

class Chat {
  state: ConversationState = INITIAL_STATE;
  constructor(private readonly locale?: string) {}
  say(text: string): TurnResult<ConversationState> {
    const result = engine.turn(this.state, text, this.locale);
    this.state = result.state;
    return result;
  }
}

describe('no English in Spanish replies', () => {
  it('none in the welcome, the whole walkthrough (prerequisites, six steps, the end) and its labels', () => {
    const chat = new Chat('es');
    const seen = [engine.welcome(INITIAL_STATE, 'es')];
    for (const text of ['quiero vincular mi cuenta', 'sí', 'mi corte no aparece', 'sí', 'sí', 'sí']) seen.push(chat.say(text));
    expect(chat.state.walkthrough?.nodeId).toBe('step1');
    for (let step = 1; step <= 6; step += 1) seen.push(chat.say('siguiente'));
    expect(seen.map((result) => result.trace.kind)).toContain('walkthrough_done');
    expect(seen.flatMap(englishIn)).toEqual([]);
    expect(seen.map((result) => result.replies.map(replyMarkdown).join('\n')).join('\n')).toMatch(/\*\*Paso 2 de 6: [^*]+\*\*[\s\S]*\*\*⚠ Importante:\*\*[\s\S]*\*\*Consejo:\*\*[\s\S]*Fuente: \[/);
  });

  it('none in any topic\'s answer or the answer to its first button', () => {
    const found = spanish.topics.flatMap((topic) => {
      const chat = new Chat('es');
      const first = chat.say(topic.examples[0]!);
      const next = first.buttons[0] ? [chat.say(first.buttons[0])] : [];
      return [first, ...next].flatMap(englishIn).map((line) => `${topic.intent}: ${line}`);
    });
    expect(found).toEqual([]);
  });

  it('cards carry Spanish labels; English replies keep theirs', () => {
    const chat = new Chat('es');
    for (const text of ['quiero vincular mi cuenta', 'sí', 'mi corte no aparece', 'sí', 'sí', 'sí']) chat.say(text);
    const step2 = chat.say('siguiente');
    const [card] = renderReplies(step2.replies, step2.buttons, 'webchat');
    const body = JSON.stringify((card!.attachments![0]!.content as AdaptiveCard).body);
    expect(body).toMatch(/Paso 2 de 6/);
    expect(body).toMatch(/Importante/);
    expect(body).toMatch(/Consejo/);
    expect(body).not.toMatch(/Step 2 of 6|"Tip"|Source:/);
    expect(card!.summary).toMatch(/^Paso 2 de 6/);
    const english = new Chat('en');
    for (const text of ['link my account', 'yes', "my court isn't listed", 'yes', 'yes', 'yes']) english.say(text);
    expect(english.say('next').replies.map(replyMarkdown).join('\n')).toMatch(/\*\*Step 2 of 6:[\s\S]*\*\*⚠ Important:\*\*[\s\S]*Source: \[/);
  });

  it('a court\'s go-live date is written in Spanish', () => {
    const court = [...spanish.courts.values()].find((entry) => entry.nextGenLiveSince)!;
    const [year, month] = court.nextGenLiveSince!.split('-');
    const months = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
    expect(courtPlaceholders(spanish, court, undefined)['court.liveStatus']).toContain(`de ${months[Number(month) - 1]} de ${year}`);
  });
});

describe('a Spanish conversation stays Spanish and keeps its place', () => {
  it('opens in Spanish from the channel\'s locale, whatever the first message', () => {
    expect(engine.welcome(INITIAL_STATE, 'es-MX').replies.map(replyMarkdown).join('\n')).toMatch(/cuenta/);
    const chat = new Chat('es-MX');
    const first = chat.say('hi');
    expect(chat.state.locale).toBe('es');
    expect(englishIn(first)).toEqual([]);
    expect(membersAddedActivity([{ id: 'u' }], { conversationId: 'c', user: { id: 'u' }, bot: { id: 'b' }, now: '' } as never, 'es-MX').locale).toBe('es-MX');
  });

  it('an ordinary problem report after a greeting reaches its topic, not "sorry that didn\'t help"', () => {
    const chat = new Chat('es');
    chat.say('hola');
    const report = chat.say('no puedo entrar a PACER, cada vez que pongo mi usuario me sale otra vez la página de inicio de sesión');
    expect(report.trace.action).not.toBe('not_helped');
    expect(report.trace.asked).not.toBe('person_offered');
    expect(report.trace.topic).toBeDefined();
    // A plain "no, sigue igual" after that answer still says sorry and offers a person.
    const stuck = chat.say('no, sigue igual');
    expect(stuck.trace.kind).not.toBe('out_of_scope');
  });

  it('English court names and "done" typed among Spanish do not turn the conversation English', () => {
    const chat = new Chat('es');
    chat.say('quiero vincular mi cuenta');
    chat.say('sí');
    expect(englishIn(chat.say('Northern District of Texas')).filter((line) => !/District|Court/.test(line))).toEqual([]);
    expect(chat.state.locale).toBe('es');
    const steps = new Chat('es');
    for (const text of ['quiero vincular mi cuenta', 'sí', 'mi corte no aparece', 'sí', 'sí', 'sí']) steps.say(text);
    const done = steps.say('done');
    expect(steps.state).toMatchObject({ locale: 'es', walkthrough: { nodeId: 'step2' } });
    expect(englishIn(done)).toEqual([]);
  });

  it('"¿puede hablar en español?" at a question keeps the place and asks it again in Spanish; asking for English goes back', () => {
    const chat = new Chat();
    for (const text of ['how do I link my account', 'yes', "my court isn't listed", 'yes']) chat.say(text);
    const place = chat.state.walkthrough?.nodeId;
    const switched = chat.say('¿puede hablar en español?');
    expect(chat.state).toMatchObject({ locale: 'es', localeChosen: true, walkthrough: { nodeId: place } });
    expect(switched.trace.asked).toBe('prerequisite');
    expect(englishIn(switched)).toEqual([]);
    chat.say('Actually, can we continue in English? The screens are in English anyway.');
    expect(chat.state).toMatchObject({ locale: 'en', walkthrough: { nodeId: place } });
    const other = new Chat();
    other.say('hello');
    other.say('sorry, can we talk in spanish? my english is not so good');
    expect(other.state.locale).toBe('es');
  });

  it('a side question about the pending prerequisite is answered and the question kept', () => {
    const chat = new Chat('es');
    for (const text of ['quiero vincular mi cuenta', 'sí', 'mi corte no aparece', 'sí']) chat.say(text);
    const place = chat.state.walkthrough?.nodeId;
    const side = chat.say('¿y cómo puedo saber si mi cuenta de PACER ya está actualizada?');
    expect(side.replies.length).toBeGreaterThan(1);
    expect(side.trace.asked).toBe('prerequisite');
    expect(chat.state.walkthrough?.nodeId).toBe(place);
    expect(englishIn(side)).toEqual([]);
  });
});
