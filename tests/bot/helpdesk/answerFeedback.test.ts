import { MemoryStorage, type Activity } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { AnalyticsRecorder } from '../../../bot/helpdesk/analytics/analyticsRecorder';
import { AnswerFeedback } from '../../../bot/helpdesk/feedback/answerFeedback';
import { RatedMessages } from '../../../bot/helpdesk/feedback/ratedMessages';
import { renderReplies } from '../../../bot/channels/render/render';
import { createLogger } from '../../../bot/platform/logger';
import { buildResolution } from '../../../dialogs/helpdesk/resolution';
import { content, EngineConversation, engineWith, fakeRecognizer } from '../../helpers/engineHarness';
import { startTestServer } from '../../helpers/testServer';

const logger = createLogger('silent');
const NOW = new Date('2026-12-03T15:00:00Z');
const DAY = '2026-12-03';

function setUp() {
  const storage = new MemoryStorage();
  const analytics = new AnalyticsRecorder(storage, content(), logger, () => NOW);
  return { storage, analytics, feedback: new AnswerFeedback(content(), analytics, new RatedMessages(storage), logger) };
}

/** One answer of the engine, as a turn result. */
function answerTurn(intent: string) {
  const engine = engineWith(fakeRecognizer({ question: { intent, score: 0.95 } }));
  return engine.turn(new EngineConversation(engine).state, 'question');
}

describe('rating answers', () => {
  it('puts Teams\' feedback loop on the answer and nowhere else, with no button added', () => {
    const result = answerTurn('login_cookies');
    const { feedback } = setUp();
    const rated = feedback.rated(result);
    expect(rated?.key).toMatch(/^login_cookies\/[\w-]+@[0-9a-f]{8}$/);
    const plain = renderReplies(result.replies, result.buttons, 'msteams');
    const activities = renderReplies(result.replies, result.buttons, 'msteams', rated);
    expect(activities.filter((activity) => (activity.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled)).toHaveLength(1);
    // Same cards and buttons as without a rating: the turn's shape does not change.
    expect(activities.map((activity) => activity.attachments)).toEqual(plain.map((activity) => activity.attachments));
  });

  it('offers no rating on small talk or the out-of-scope answer', () => {
    const { feedback } = setUp();
    for (const intent of ['greeting', 'thanks', 'out_of_scope']) expect(feedback.rated(answerTurn(intent))).toBeUndefined();
  });

  it('a Teams thumbs down with its "what was wrong" text is counted against the answer it was given on, redacted', async () => {
    const { analytics, feedback } = setUp();
    const result = answerTurn('forgot_pacer_password');
    const rated = feedback.rated(result)!;
    const conversation = { id: 'a:teams-1' };
    analytics.record({ conversationId: 'msteams/a:teams-1', result, text: 'I forgot my password' });
    await feedback.sent({ channelId: 'msteams', conversation } as Partial<Activity>, rated, rated.replyIndex === 0 ? ['msg-1'] : [...Array(rated.replyIndex).fill('x'), 'msg-1']);
    await feedback.receiveTeams({
      type: 'invoke', name: 'message/submitAction', channelId: 'msteams', conversation, replyToId: 'msg-1',
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'Wrong page. my password is Secret#991' }) } },
    } as Partial<Activity>);
    const [day] = await analytics.read([DAY]);
    expect(day!.notHelpful).toEqual({ [rated.key]: 1 });
    const resolution = buildResolution([day!], content());
    expect(resolution.complaints).toMatchObject([{ question: 'I forgot my password', comment: 'Wrong page. my password is [PASSWORD]' }]);
    expect(JSON.stringify(day)).not.toContain('Secret#991');
    expect(resolution.total.byOutcome.not_helpful).toBe(1);
  });

  it('ignores feedback on a message it never rated, and a forged answer id', async () => {
    const { analytics, feedback } = setUp();
    await feedback.receiveTeams({ name: 'message/submitAction', channelId: 'msteams', conversation: { id: 'c' }, replyToId: 'unknown',
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '' } } } as Partial<Activity>);
    feedback.receiveEvent({ type: 'event', name: 'webchat:activity-status/feedback', channelId: 'webchat', conversation: { id: 'c' } as Activity['conversation'],
      entities: [{ '@type': 'LikeAction', '@id': 'helpbot-answer:no_such_topic/start@00000000' } as never] });
    const [day] = await analytics.read([DAY]);
    expect(day!.helpful ?? {}).toEqual({});
    expect(day!.notHelpful ?? {}).toEqual({});
  });
});

describe('Teams feedback through the server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it('answers the message/submitAction invoke with 200 and says nothing in the chat', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke', name: 'message/submitAction', id: randomUUID(), deliveryMode: 'expectReplies', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/amer/',
        from: { id: '29:user' }, recipient: { id: '28:bot' }, conversation: { id: 'a:1', conversationType: 'personal' }, replyToId: 'x',
        value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{"feedbackText":""}' } },
      }),
    });
    expect(response.status).toBe(200);
    const body = await response.json() as { activities?: Partial<Activity>[] };
    expect((body.activities ?? []).filter((activity) => activity.type === 'message')).toEqual([]);
  });
});
