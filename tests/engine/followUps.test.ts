import { TopicNodes } from '../../dialogs/engine/topicNodes';
import { TopicWords } from '../../dialogs/engine/topicWords';
import { content } from '../helpers/engineHarness';

const topics = content().topics;
const flow = (intent: string) => content().topicsByIntent.get(intent)!.flow;

describe('topic words', () => {
  const words = new TopicWords(topics);

  it('hears a word that tells the topic, in its plural or past form', () => {
    expect(words.says('one_time_code', 'none of the texts came, what now')).toBe(true);
  });

  it('hears none in words every topic uses', () => {
    expect(words.says('one_time_code', 'how do i do that with my account')).toBe(false);
  });
});

describe('topic nodes', () => {
  const nodes = new TopicNodes(topics);

  it('finds the node of a topic that a follow-up asks about', () => {
    expect(nodes.answering(flow('shared_account'), 'can the firm pay the billing for all of us')).toBe('need_individual');
  });

  it('finds the node titled by a question, from anywhere, and none for words no title has', () => {
    expect(nodes.titled(flow('upgrade_account'), 'how do i upgrade my pacer account')).toBe('upgrade_steps');
    expect(nodes.titled(flow('upgrade_account'), 'how do i reset my pacer password')).toBeUndefined();
  });

  it('finds none when nothing stands out, and never the start again', () => {
    expect(nodes.answering(flow('shared_account'), 'what now')).toBeUndefined();
    expect(nodes.answering(flow('shared_account'), 'what is the shared account used for')).toBeUndefined();
  });
});

describe("a direct question's fact, in the topics it may be about", () => {
  const nodes = new TopicNodes(topics);
  const about = (needs: number, ...intents: string[]) => intents.map((intent) => ({ flow: flow(intent), needs }));

  it('finds the node saying a telling word the topic in focus does not say at its start', () => {
    expect(nodes.factAmong(about(1, 'shared_account'), 'and how is the billing handled then?')).toEqual({ flowId: 'shared_account', nodeId: 'need_individual' });
  });

  it('finds a fact of a guessed topic only when it says several telling words', () => {
    const question = 'if I upgrade, will upgrading break filing in courts that haven\'t switched yet?';
    expect(nodes.factAmong(about(3, 'court_not_live', 'multiple_courts'), question)).toEqual({ flowId: 'court_not_live', nodeId: 'not_yet' });
    expect(nodes.factAmong(about(3, 'shared_account'), 'and how is the billing handled then?')).toBeUndefined();
  });

  it('finds none in a topic whose start speaks to the question, nor in words users say about any topic', () => {
    expect(nodes.factAmong(about(1, 'multiple_courts'), "doesn't that carry over to the district courts?")).toBeUndefined();
    expect(nodes.factAmong(about(1, 'multiple_courts'), 'what do you want me to say?')).toBeUndefined();
  });
});
