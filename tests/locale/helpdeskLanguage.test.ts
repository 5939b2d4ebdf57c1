import { loadLocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { ConversationEngine } from '../../dialogs/engine/engine';
import { Triage } from '../../dialogs/helpdesk/triage';
import { triageRulesOf } from '../../dialogs/helpdesk/triageRules';
import { languageLabel } from '../../dialogs/helpdesk/ticketLabels';
import { localizationOf } from '../../dialogs/locale/localization';
import { EngineConversation, fakeRecognizer } from '../helpers/engineHarness';
import type { LocaleFixture } from './localeFixture';
import { spanishFixture } from './fixtures/spanishOverlay';

let fixture: LocaleFixture;
beforeAll(() => { fixture = spanishFixture(); });
afterAll(() => fixture.remove());

const english = fakeRecognizer({
  'i want to talk to a real person': { intent: 'contact_help_desk', score: 0.95 },
  'my login page keeps coming back': { intent: 'login_cookies', score: 0.92 },
});

describe('the help desk knows the user\'s language', () => {
  it('a ticket from a conversation in Spanish says Spanish', () => {
    const localized = loadLocalizedContent(fixture.dir, 'warn');
    const localization = localizationOf(localized, english);
    const content = localized.english;
    const chat = new EngineConversation(new ConversationEngine(content, english, { pinnedCourt: content.courts.get('nynb'), maxMessageLength: 2000, localization }));
    chat.say('Español');
    // The fixture translates few topics and no answer words: the Spanish readers still know the English ones.
    chat.say('i want to talk to a real person');
    chat.say('yes please');
    const result = chat.engine.turn(chat.state, 'juana@example.com');
    expect(result.handoff).toBeDefined();
    expect(result.handoff!.language).toBe('es');
    expect(languageLabel(result.handoff!)).toBe('Spanish (español)');
  });

  it('triage files a Spanish question with the Spanish recognizer and an English one with the English', () => {
    const localized = loadLocalizedContent(fixture.dir, 'warn');
    const localization = localizationOf(localized, english);
    const content = localized.english;
    const byLocale = new Map([...localization.byLocale].map(([locale, l]) => [locale, { ...l, rules: triageRulesOf(l.content) }]));
    const triage = new Triage({ content, recognize: english, rules: triageRulesOf(content), isFrustrated: () => false, maxMessageLength: 2000,
      pinnedCourt: content.courts.get('nynb'), languages: { byLocale, choose: (text) => localization.choose({}, text).locale } });
    const spanish = triage.classify({ text: 'Hola, buenas tardes' });
    expect(spanish).toMatchObject({ intent: 'greeting', language: 'es', topic: content.topicsByIntent.get('greeting')!.title });
    expect(spanish.suggestedAnswer).toMatch(/^¡Hola!/);
    expect(triage.classify({ text: 'my login page keeps coming back' })).toMatchObject({ intent: 'login_cookies', language: 'en' });
  });
});
