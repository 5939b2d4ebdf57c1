import { trainRecognizer } from '../../bot/host/nluCache';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';
import { trainingExamples } from '../../dialogs/content/trainingExamples';
import { findGlossaryTerm } from '../../dialogs/content/glossary';
import { ConversationEngine } from '../../dialogs/engine/engine';
import { content, EngineConversation, engineWith, fakeRecognizer } from '../helpers/engineHarness';

/** What users of the new topics must get: information plus the right office, never the wrong one. */
const asked = (intent: string) => fakeRecognizer({ question: { intent, score: 0.95 } });
/** The whole answer: a long one is cut to keep a turn short, and "more" shows the rest (issue 17). */
const answerTo = (intent: string) => {
  const chat = new EngineConversation(engineWith(asked(intent)));
  let text = chat.say('question');
  const buttons = chat.buttons;
  for (let i = 0; i < 5 && chat.state.more; i += 1) text += `\n\n${chat.say('more')}`;
  return { text, buttons };
};
const techDesk = () => content().courts.get('nynb')!.helpDesk ?? content().responses.messages.helpDeskUnknown;

describe('answers users can trust', () => {
  it('a legal question gets the legal-information line, the clerk\'s office for the case and a lawyer or legal aid for advice, not the technical help desk', () => {
    const { text } = answerTo('legal_question');
    expect(text).toContain('general information about e-filing accounts, not legal advice');
    expect(text).toMatch(/clerk's office/);
    expect(text).toMatch(/lawyer/);
    expect(text).toMatch(/legal aid/);
    expect(text).toMatch(/self-help/);
    expect(text).not.toContain(techDesk());
  });

  it('a deadline at risk gets calm, information-only steps and the offer of a person, never "outside what I can help with"', () => {
    const { text, buttons } = answerTo('deadline_risk');
    expect(text).toMatch(/clerk's office today/i);
    expect(text).toMatch(/local rules or CM\/ECF procedures/);
    expect(text).toMatch(/may not count as a "technical failure"/);
    expect(text).toMatch(/can't be extended/);
    expect(text).toMatch(/lawyer/);
    expect(text).toContain(content().responses.messages.handoffOffer.trim().slice(0, 40));
    expect(text).not.toMatch(/outside what I can help|will be excused|will accept/i);
    expect(buttons).toContain(content().responses.buttons.handoffAccept);
  });

  it('one-time codes and PACER bills go to the PACER Service Center, with its number from the named facts', () => {
    for (const intent of ['one_time_code', 'pacer_billing']) {
      const { text } = answerTo(intent);
      expect(text).toContain('PACER Service Center');
      expect(text).toContain('800-676-6856');
      expect(text).not.toContain('{facts.');
      expect(text).not.toContain(techDesk());
    }
  });

  it('says which login goes where, that it cannot link for the user, and what self-represented filers should know', () => {
    expect(answerTo('which_password').text).toMatch(/Step 2[\s\S]*PACER[\s\S]*Step 4[\s\S]*old CM\/ECF/);
    expect(answerTo('link_for_me').text).toMatch(/can't log in or link for you/);
    expect(answerTo('self_represented').text).toMatch(/Not every court accepts e-filing from non-attorneys/);
  });

  it('"what can you do" lists what the bot does, with the legal-information line; so does the welcome', () => {
    expect(answerTo('what_can_you_do').text).toContain('general information about e-filing accounts, not legal advice');
    const engine = engineWith(asked('greeting'));
    expect(engine.welcome().replies.map((reply) => reply.text).join(' ')).toMatch(/general information about e-filing accounts,\s+not legal advice/);
  });

  it('an unrelated question hears what the bot does, without a word about legal advice', () => {
    const { text } = answerTo('out_of_scope');
    expect(text).toMatch(/link/);
    expect(text).not.toMatch(/legal advice/);
  });

  it('"what does … mean?" answers the word asked about from the glossary, with its source', () => {
    const engine = new ConversationEngine(content(), asked('define_term'), { maxMessageLength: 2000 });
    const result = engine.turn(engine.welcome().state, 'question');
    expect(result.replies.map((reply) => reply.text).join(' ')).toContain('Which word');
    const glossary = content().glossary;
    expect(findGlossaryTerm(glossary, 'what does upgraded PACER account mean?')?.term).toBe('upgraded account');
    expect(findGlossaryTerm(glossary, 'so what is NextGen exactly')?.term).toBe('NextGen');
    expect(findGlossaryTerm(glossary, 'what does it all mean')).toBeUndefined();
    const chat = new EngineConversation(engineWith(fakeRecognizer({ 'what does nextgen mean': { intent: 'define_term', score: 0.9 } })));
    const answer = chat.say('what does nextgen mean');
    expect(answer).toMatch(/\*\*NextGen CM\/ECF\*\* is the "Next Generation" of CM\/ECF/);
    expect(answer).toMatch(/Source: \[tned\.uscourts\.gov\]\(https:\/\/www\.tned\.uscourts\.gov\//);
  });

  it('every answer and step carries a source link; small talk (topics of kind "conversation") carries none', () => {
    const c = content();
    const answers = c.topics.filter((topic) => topic.kind === 'answer');
    const flows = [c.procedure.flow, ...answers.map((topic) => topic.flow)];
    const uncited = flows.flatMap((flow) => [...flow.nodes.values()].filter((node) => !node.cite?.url.startsWith('https://') && !node.cite?.url.startsWith('http://')).map((node) => `${flow.id}/${node.id}`));
    expect(uncited).toEqual([]);
    const smallTalk = c.topics.filter((topic) => topic.kind === 'conversation');
    expect(smallTalk.map((topic) => topic.intent).sort()).toEqual(['goodbye', 'greeting', 'out_of_scope', 'thanks', 'what_can_you_do']);
    expect(smallTalk.flatMap((topic) => [...topic.flow.nodes.values()].filter((node) => node.cite !== undefined))).toEqual([]);
  });
});

describe('the recognizer on the new kinds of question (phrasings not in the content)', () => {
  const recognizer = trainRecognizer(trainingExamples(content()), TEST_NLU_CACHE_DIR);
  // A late filing with no login trouble is a legal question, but the deadline answer serves it too: both give
  // information only and send the filer to the clerk's office.
  it.each([
    ['is it ok if I hand in my reply brief two days late', ['legal_question', 'deadline_risk']],
    ['my response is due by 5 today and linking keeps failing', ['deadline_risk']],
    ['pacer now wants a code from an app when I sign in', ['one_time_code']],
    ['why am I being billed by PACER', ['pacer_billing']],
    ['what does NextGen mean', ['define_term']],
  ])('%s -> %s', (text, intents) => {
    expect(intents).toContain(recognizer.recognize(text).intent);
  });
});
