import { loadLocalizedContent, type LocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { ConversationEngine } from '../../dialogs/engine/engine';
import { localizationOf } from '../../dialogs/locale/localization';
import { EngineConversation, fakeRecognizer, toStep1 } from '../helpers/engineHarness';
import type { LocaleFixture } from './localeFixture';
import { spanishFixture } from './fixtures/spanishOverlay';

let fixture: LocaleFixture;
let localized: LocalizedContent;
beforeAll(() => {
  fixture = spanishFixture();
  localized = loadLocalizedContent(fixture.dir, 'warn');
});
afterAll(() => fixture.remove());

const english = fakeRecognizer({ 'how do i link my account': { intent: 'start_linking', score: 0.95 } });

// One localization for every conversation, as in the bot: the Spanish recognizer is trained once, on first use.
let localization: ReturnType<typeof localizationOf>;
function chat(): EngineConversation {
  localization ??= localizationOf(localized, english);
  const content = localized.english;
  return new EngineConversation(new ConversationEngine(content, english, { pinnedCourt: content.courts.get('nynb'), maxMessageLength: 2000, localization }));
}

describe('choosing the language', () => {
  it('"Español" mid-walkthrough shows the same step in Spanish; "in English please" brings it back', () => {
    const c = chat();
    toStep1(c, 'how do i link my account');
    expect(c.state.walkthrough?.nodeId).toBe('step1');
    const spanish = c.say('Español');
    expect(spanish).toMatch(/Abra el sitio de CM\/ECF de su corte/);
    expect(c.state).toMatchObject({ locale: 'es', localeChosen: true, walkthrough: { nodeId: 'step1' } });
    const back = c.say('in English please');
    expect(back).toMatch(/Open your court's CM\/ECF site/);
    expect(c.state).toMatchObject({ locale: 'en', localeChosen: true, walkthrough: { nodeId: 'step1' } });
  });

  it('a switch with words around it ("ok en español otra vez") chooses the language and keeps the place', () => {
    const c = chat();
    toStep1(c, 'how do i link my account');
    expect(c.say('ok en español otra vez')).toMatch(/Abra el sitio de CM\/ECF de su corte/);
    expect(c.state).toMatchObject({ locale: 'es', localeChosen: true, walkthrough: { nodeId: 'step1' } });
  });

  it('after choosing English, a step move typed in Spanish ("siguiente") moves on and shows the step in English', () => {
    const c = chat();
    toStep1(c, 'how do i link my account');
    c.say('Español');
    c.say('English');
    const moved = c.say('siguiente');
    expect(c.state).toMatchObject({ locale: 'en', localeChosen: true, walkthrough: { nodeId: 'step2' } });
    expect(moved).toMatch(/Step 2 of 6/);
    expect(moved).not.toMatch(/Paso 2/);
  });

  it('a Spanish message is answered in Spanish, unless the user chose English', () => {
    const c = chat();
    expect(c.say('Hola')).toMatch(/^¡Hola! Le ayudo/);
    expect(c.state).toMatchObject({ locale: 'es' });
    expect(c.state.localeChosen).toBeUndefined();
    c.say('English');
    c.say('buenas tardes, necesito ayuda con mi cuenta de PACER por favor');
    expect(c.state.locale).toBe('en');
  });

  it('a short reply to an English question stays English, even a word Spanish also has ("ya" for "yeah")', () => {
    const c = chat();
    c.say('how do i link my account');
    expect(c.state.pending).toBeDefined();
    c.say('ya');
    expect(c.state.locale).toBe('en');
    expect(c.last!.trace.kind).not.toBe('didnt_catch');
  });

  it('an English button pressed after the conversation turned Spanish is read in English', () => {
    const c = chat();
    c.say('Hola');
    expect(c.state.locale).toBe('es');
    c.say('Continue the walkthrough');
    expect(c.state.locale).toBe('en');
    expect(c.last!.trace.kind).not.toBe('didnt_catch');
  });

  it('an English message long enough to tell switches a detected Spanish conversation back', () => {
    const c = chat();
    c.say('Hola');
    c.say('how do i link my account');
    expect(c.state.locale).toBe('en');
    expect(c.last!.trace.intent).toBe('start_linking');
  });

  it('welcomes in the channel\'s language (Web Chat or Teams locale "es-MX") until the user says otherwise', () => {
    const c = chat();
    const welcome = c.engine.welcome(undefined, 'es-MX');
    expect(welcome.replies.map((reply) => reply.text).join(' ')).toMatch(/Le ayudo a vincular/);
    expect(welcome.state.locale).toBe('es');
    expect(c.engine.welcome(undefined, 'fr-FR').state.locale).toBe('en');
  });

  it('"hablo español" with nothing under way: the welcome in Spanish', () => {
    const c = chat();
    expect(c.say('¡Hablo español!')).toMatch(/Le ayudo a vincular/);
  });
});
