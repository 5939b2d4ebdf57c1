import path from 'node:path';
import { ConversationEngine } from '../../dialogs/engine/engine';
import { INITIAL_STATE } from '../../dialogs/engine/state';
import { trainRecognizer } from '../../bot/host/nluCache';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';
import { trainingExamples } from '../../dialogs/content/trainingExamples';
import { readQuestionFile } from '../../bot/helpdesk/triage/questionFile';
import { Triage } from '../../dialogs/helpdesk/triage';
import { triageRulesOf, urgentPhrasesIn } from '../../dialogs/helpdesk/triageRules';
import { loadContent } from '../../dialogs/content/loader';
import { FIXTURES, standaloneTriage } from '../helpers/triageHarness';

describe('triage of help-desk questions', () => {
  const { triage, content } = standaloneTriage();
  const questions = readQuestionFile(path.join(FIXTURES, 'questions.csv'));

  it('files the sample under the expected topics, and flags every misfiled question for a person', () => {
    const results = questions.map((q, i) => triage.classify(q, i));
    const correct = results.filter((r) => r.intent === r.expected);
    console.log(`triage sample: ${correct.length}/${results.length} filed under the expected topic; ` +
      `${results.filter((r) => r.needsHuman).length} flagged for a person`);
    expect(correct.length / results.length).toBeGreaterThanOrEqual(0.85);
    expect(results.filter((r) => r.intent !== r.expected).every((r) => r.needsHuman)).toBe(true);
  });

  it('files each question exactly as the chat understands it (same recognizer, same rules)', () => {
    const examples = trainingExamples(content);
    const recognizer = trainRecognizer(examples, TEST_NLU_CACHE_DIR);
    const engine = new ConversationEngine(content, (text) => recognizer.recognize(text), { maxMessageLength: 2000, pinnedCourt: content.courts.get('nynb') });
    for (const question of questions) {
      const chat = engine.turn(INITIAL_STATE, question.text).trace;
      if (chat.intent === undefined) continue; // the chat answered with a password warning, not a topic
      expect({ id: question.id, intent: triage.classify(question).intent }).toEqual({ id: question.id, intent: chat.intent });
    }
  });

  it('flags urgent, out-of-scope, password and person-asking questions, with reasons', () => {
    const byId = new Map(questions.map((q, i) => [q.id, triage.classify(q, i)]));
    expect(byId.get('T-020')).toMatchObject({ urgent: true, needsHuman: true });
    expect(byId.get('T-020')!.urgentWords).toEqual(expect.arrayContaining(['urgent', 'today', 'deadline', 'asap']));
    expect(byId.get('T-037')).toMatchObject({ urgent: true, urgentWords: ['trial'] });
    expect(byId.get('T-025')!.reasons).toContain('out_of_scope');
    expect(byId.get('T-018')!.reasons).toContain('asks_for_person');
    expect(byId.get('T-022')!.reasons).toContain('password');
    expect(byId.get('T-001')).toMatchObject({ needsHuman: false, urgent: false, reasons: [] });
  });

  it('never returns a password or contact details, and suggests the topic\'s first answer from the content', () => {
    const leaked = triage.classify({ text: 'my username is jsmith22 and password is Sunny!Day77, mail me at pat@example.com' });
    expect(JSON.stringify(leaked)).not.toMatch(/Sunny!Day77|pat@example\.com/);
    const answered = triage.classify({ text: 'I cannot find the link under Utilities' });
    const start = content.topicsByIntent.get('missing_utilities_link')!.flow;
    expect(answered.suggestedAnswer).toContain(start.nodes.get(start.start)!.say.slice(0, 40));
    expect(triage.classify({ text: 'what is the capital of France' }).suggestedAnswer).toBeUndefined();
  });

  it('takes its urgent words from content/triage.yaml, matching word endings', () => {
    const rules = triageRulesOf(loadContent());
    expect(urgentPhrasesIn('Two DEADLINES are coming', rules)).toEqual(['deadline']);
    expect(urgentPhrasesIn('the hearings were moved', rules)).toEqual(['hearing']);
    expect(urgentPhrasesIn('I used to link accounts before', rules)).toEqual([]);
    const strict = new Triage({ content, rules: { ...rules, urgent: [] }, recognize: () => ({ intent: 'thanks', score: 0.99, ranked: [], ambiguous: false }),
      isFrustrated: () => false, maxMessageLength: 2000 });
    expect(strict.classify({ text: 'urgent today' })).toMatchObject({ urgent: false, needsHuman: false });
  });
});
