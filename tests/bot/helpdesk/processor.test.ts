import { createHmac } from 'node:crypto';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { HandoffProcessor } from '../../../bot/helpdesk/handoff/handoffProcessor';
import { RetryQueue, doublingDelays } from '../../../bot/helpdesk/handoff/retryQueue';
import { TicketStore } from '../../../bot/helpdesk/handoff/ticketStore';
import { createLogger } from '../../../bot/platform/logger';
import { eventually } from '../../helpers/eventually';
import { SAMPLE_SUMMARY, startFakeWebhook } from '../../helpers/fakeWebhook';

const logger = createLogger('silent');
const input = { conversationId: 'conv-1', channelId: 'webchat', summary: SAMPLE_SUMMARY };
const SECRET = 'a-webhook-secret-0123456789';

/** A store that is down until `up` is set. */
class FlakyStorage extends MemoryStorage {
  up = false;
  override async read(keys: string[]): Promise<StoreItems> {
    if (!this.up) throw new Error('ECONNREFUSED');
    return super.read(keys);
  }
}

describe('HandoffProcessor', () => {
  let hook: Awaited<ReturnType<typeof startFakeWebhook>>;
  afterEach(async () => { await hook?.close(); });

  it('keeps the ticket while the webhook is down and delivers it once it is back (retries with backoff)', async () => {
    hook = await startFakeWebhook([503, 500]);
    const tickets = new TicketStore(new MemoryStorage());
    const queue = new RetryQueue({ delaysMs: [20, 40, 80] }, logger);
    const processor = new HandoffProcessor(tickets, queue, { webhookUrl: `${hook.url}/tickets`, webhookSecret: SECRET }, logger);
    const ticket = await processor.open(input, 'HD-ABC234');
    expect(await tickets.get('HD-ABC234')).toEqual(ticket);
    await queue.idle();
    expect(hook.received.map((post) => post.status)).toEqual([503, 500, 200]);
    const [delivered] = hook.delivered();
    expect(delivered).toEqual({ event: 'ticket.created', ticket: JSON.parse(JSON.stringify(ticket)) });
    const last = hook.received[2]!;
    expect(last.headers['content-type']).toBe('application/json');
    // Signed with the time it was sent, so a receiver can refuse a replayed copy.
    const timestamp = last.headers['x-helpbot-timestamp'] as string;
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(last.headers['x-helpbot-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${last.body}`).digest('hex')}`);
  });

  it('gives up after the last attempt, and at once on a refusal (4xx) that retrying cannot fix', async () => {
    hook = await startFakeWebhook([503, 503, 503, 400]);
    const queue = new RetryQueue({ delaysMs: [10, 10] }, logger);
    const processor = new HandoffProcessor(new TicketStore(new MemoryStorage()), queue, { webhookUrl: hook.url }, logger);
    await processor.open(input, 'HD-ABC234');
    await queue.idle();
    expect(hook.received).toHaveLength(3);
    await processor.open({ ...input, conversationId: 'conv-2' }, 'HD-ABC235');
    await queue.idle();
    expect(hook.received.map((post) => post.status)).toEqual([503, 503, 503, 400]);
  });

  it('posts an Adaptive Card to the clerks\' Teams channel, with user text in TextRuns (never markdown)', async () => {
    hook = await startFakeWebhook();
    const queue = new RetryQueue({ delaysMs: [] }, logger);
    const processor = new HandoffProcessor(new TicketStore(new MemoryStorage()), queue, { teamsWebhookUrl: `${hook.url}/teams` }, logger);
    await processor.open(input, 'HD-ABC234');
    await queue.idle();
    const message = hook.delivered()[0] as { type: string; attachments: { contentType: string; content: { body: Record<string, unknown>[] } }[] };
    expect(message.type).toBe('message');
    const card = message.attachments[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const text = JSON.stringify(card.content.body);
    expect(text).toContain('HD-ABC234');
    expect(text).toContain('Walkthrough step 3 of 6');
    const runs = card.content.body.filter((element) => element.type === 'RichTextBlock').flatMap((element) => element.inlines as { text: string }[]);
    expect(runs.map((run) => run.text)).toContain('[click me](https://evil.example) <b>bold</b>');
    const textBlocks = card.content.body.filter((element) => element.type === 'TextBlock').map((element) => element.text as string);
    expect(textBlocks.join(' ')).not.toContain('evil.example');
  });

  it('gives the user a ticket number even while the store is down: the write is retried, notifications still go', async () => {
    hook = await startFakeWebhook();
    const storage = new FlakyStorage();
    const tickets = new TicketStore(storage as Storage);
    const queue = new RetryQueue({ delaysMs: [30, 30, 30, 30] }, logger);
    const processor = new HandoffProcessor(tickets, queue, { webhookUrl: hook.url }, logger);
    const ticket = await processor.open(input, 'HD-ABC234');
    expect(ticket?.id).toBe('HD-ABC234');
    await eventually(() => hook.delivered().length === 1);
    storage.up = true;
    await queue.idle();
    expect(await tickets.get('HD-ABC234')).toMatchObject({ id: 'HD-ABC234', conversationId: 'conv-1' });
    expect((await tickets.list()).map((entry) => entry.id)).toEqual(['HD-ABC234']);
  });

  it('doubles the delays up to a cap, for a bounded number of attempts', () => {
    expect(doublingDelays(5, 2000, 10_000)).toEqual([2000, 4000, 8000, 10_000]);
    expect(doublingDelays(1)).toEqual([]);
  });
});
