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
  const nodes = new TopicNodes(topics.map((topic) => topic.flow));

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
