import { MemoryTranscriptStore, type Activity, type TranscriptStore } from 'botbuilder';
import { createLogger } from '../../../bot/platform/logger';
import { RedactingTranscriptStore, redactActivity } from '../../../bot/storage/redactingTranscriptStore';
import { redact } from '../../../dialogs/privacy/redact';

const PASSWORD = 'Tr0ub4dor&3x';
const incoming = (): Activity => ({
  type: 'message', id: 'm1', channelId: 'webchat', serviceUrl: 'http://127.0.0.1',
  conversation: { id: 'Conv-8aZ2k-Q9' }, from: { id: 'user-Abc123!x', name: 'Pat' }, recipient: { id: 'bot' },
  timestamp: '2026-01-02T03:04:05.000Z' as unknown as Date,
  text: `my password is ${PASSWORD}`,
  value: { text: `pw: ${PASSWORD}`, nested: [`login jdoe / ${PASSWORD}`] },
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [{ type: 'TextBlock', text: `password ${PASSWORD}` }] } }],
  channelData: { note: `call me at (555) 555-0100 or pat@example.com, password: ${PASSWORD}` },
} as unknown as Activity);

describe('transcript redaction', () => {
  it('masks every secret in every content field and keeps the addressing intact', () => {
    const original = incoming();
    const before = JSON.stringify(original);
    const copy = redactActivity(original, redact);
    const stored = JSON.stringify(copy);
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain('pat@example.com');
    expect(stored).not.toContain('555-0100');
    expect(copy.text).toBe('my password is [PASSWORD]');
    // Ids that look like strong passwords are addressing, not user text: they stay.
    expect(copy.conversation?.id).toBe('Conv-8aZ2k-Q9');
    expect(copy.from?.id).toBe('user-Abc123!x');
    expect(copy.timestamp).toBeInstanceOf(Date);
    expect(JSON.stringify(original)).toBe(before);
  });

  it('drops what a user or page typed into addressing fields: names, and protocol fields not in their protocol form', () => {
    const typed = `my password is ${PASSWORD}`;
    const copy = redactActivity({
      ...incoming(), type: 'event', name: typed, localTimezone: typed, valueType: typed, locale: typed,
      from: { id: 'u1', name: typed, role: 'user', properties: { note: typed } },
      conversation: { id: 'c1', name: typed, isGroup: false },
      recipient: { id: 'bot', name: typed },
      membersAdded: [{ id: 'u1', name: typed }],
    } as unknown as Activity, redact);
    expect(JSON.stringify(copy)).not.toContain(PASSWORD);
    expect(copy.from).toEqual({ id: 'u1', role: 'user' });
    expect(copy.conversation).toEqual({ id: 'c1', isGroup: false });
    expect(copy.membersAdded).toEqual([{ id: 'u1' }]);
    expect(copy.name).toBeUndefined();
    const protocol = redactActivity({ ...incoming(), type: 'event', name: 'webchat/join', localTimezone: 'America/New_York', locale: 'en-US', valueType: 'application/json' } as unknown as Activity, redact);
    expect(protocol).toMatchObject({ name: 'webchat/join', localTimezone: 'America/New_York', locale: 'en-US', valueType: 'application/json' });
  });

  it('keeps a field named __proto__ as a field of the copy, never as its prototype', () => {
    const sent = JSON.parse(`{"type":"message","text":"hi","channelData":{"__proto__":{"note":"password: ${PASSWORD}"},"k":"v"}}`) as Activity;
    const copy = redactActivity(sent, redact) as unknown as { channelData: Record<string, unknown> };
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(copy.channelData)).toBe(Object.prototype);
    expect(Object.keys(copy.channelData)).toEqual(['__proto__', 'k']);
    expect(JSON.stringify(copy)).toBe('{"type":"message","text":"hi","channelData":{"__proto__":{"note":"password: [PASSWORD]"},"k":"v"}}');
  });

  it('stores only the redacted copy, and never fails the turn when the store fails', async () => {
    const inner = new MemoryTranscriptStore();
    const store = new RedactingTranscriptStore(inner, redact, createLogger('silent'));
    await store.logActivity(incoming());
    const { items } = await store.getTranscriptActivities('webchat', 'Conv-8aZ2k-Q9');
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items)).not.toContain(PASSWORD);

    const broken = { logActivity: async () => { throw new Error('store down'); } } as unknown as TranscriptStore;
    await expect(new RedactingTranscriptStore(broken, redact, createLogger('silent')).logActivity(incoming())).resolves.toBeUndefined();
  });
});
