import { replyWords } from '../../dialogs/engine/answerParts';
import type { Content, Topic } from '../../dialogs/content/types';
import { ConversationEngine } from '../../dialogs/engine/engine';
import { content, EngineConversation, engineWith, fakeRecognizer } from '../helpers/engineHarness';

/** The conversation rules every turn obeys, checked on every topic's answer and on long answers cut short. */
const everyTopic = Object.fromEntries(content().topics.map((topic) => [`tell me about ${topic.intent}`, { intent: topic.intent, score: 0.9 }]));
const recognize = fakeRecognizer({ ...everyTopic, 'how do i link': { intent: 'start_linking', score: 0.9 } });

function expectShape(chat: EngineConversation): void {
  const { replies, buttons } = chat.last!;
  const asking = replies.flatMap((reply, index) => (reply.asks ? [index] : []));
  expect(asking.length).toBeLessThanOrEqual(1);
  if (asking.length === 1) expect(asking[0]).toBe(replies.length - 1);
  expect(buttons.length).toBeLessThanOrEqual(6);
  expect(replies.reduce((sum, reply) => sum + replyWords(reply), 0)).toBeLessThanOrEqual(120);
}

describe('turn shape', () => {
  it.each(content().topics.map((topic) => topic.intent))('answers %s in shape, alone and in the middle of the walkthrough', (intent) => {
    const alone = new EngineConversation(engineWith(recognize, null));
    alone.say(`tell me about ${intent}`);
    expectShape(alone);
    const during = new EngineConversation(engineWith(recognize, null));
    during.say('how do i link');
    during.say('nysb');
    during.say(`tell me about ${intent}`);
    expectShape(during);
  });

  it('cuts a long answer short, says how to see the rest, and "more" shows it', () => {
    const chat = new EngineConversation(new ConversationEngine(withLongAnswer('client_code'), recognize, { maxMessageLength: 2000 }));
    chat.say('tell me about client_code');
    expectShape(chat);
    const cut = chat.state.more!;
    expect(cut).toMatchObject({ flowId: 'client_code', shown: expect.any(Number) });
    chat.say('tell me more');
    expect(chat.at).toMatchObject({ kind: 'answer', action: 'more' });
    expect(chat.last!.trace.topic).toBe('client_code');
    expect(chat.state.more?.shown ?? Number.POSITIVE_INFINITY).toBeGreaterThan(cut.shown);
    expectShape(chat);
  });
});

/** The content with one topic's answer made long: twelve paragraphs of twenty words. */
function withLongAnswer(intent: string): Content {
  const c = content();
  const topic = c.topicsByIntent.get(intent)!;
  const paragraph = (n: number) => `Paragraph ${n} says something useful about this topic in exactly twenty words, so that the answer is long enough here.`;
  const start = topic.flow.nodes.get(topic.flow.start)!;
  const long = { ...start, say: Array.from({ length: 12 }, (_, n) => paragraph(n + 1)).join('\n\n') };
  const flow = { ...topic.flow, nodes: new Map([...topic.flow.nodes, [start.id, long]]) };
  const changed: Topic = { ...topic, flow };
  const topics = c.topics.map((t) => (t.intent === intent ? changed : t));
  return { ...c, topics, topicsByIntent: new Map(topics.map((t) => [t.intent, t])) };
}
