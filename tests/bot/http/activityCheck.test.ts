import { checkActivity, isSafeLocalDelivery, type CheckedActivity } from '../../../bot/http/activityCheck';

describe('isSafeLocalDelivery', () => {
  const activity = (serviceUrl: string, channelId = 'emulator', deliveryMode?: string) =>
    ({ type: 'message', channelId, serviceUrl, deliveryMode, conversation: { id: 'c' }, from: { id: 'u' } }) as CheckedActivity;
  it('lets replies go back in the response, or to the Emulator at its own address form', () => {
    expect(isSafeLocalDelivery(activity('https://example.com', 'test', 'expectReplies'))).toBe(true);
    for (const url of ['http://localhost:52764', 'http://127.0.0.1:52764/', 'http://[::1]:52764']) expect(isSafeLocalDelivery(activity(url))).toBe(true);
  });
  it.each([
    'http://127.0.0.1:6379/x', 'http://127.1:9200', 'http://0x7f.1:9200', 'http://2130706433:9200', 'http://[::1]:80/admin', 'http://127.0.0.2:80',
    'http://user@127.0.0.1:80', 'http://127.0.0.1:80?x', 'https://example.com', 'http://localhost', 'http://127.0.0.1:99999',
  ])('refuses to post replies to %s', (url) => {
    expect(isSafeLocalDelivery(activity(url))).toBe(false);
  });
  it('refuses loopback delivery for channels other than the Emulator', () => {
    expect(isSafeLocalDelivery(activity('http://localhost:52764', 'test'))).toBe(false);
  });
});

describe('checkActivity', () => {
  const valid = { type: 'message', id: '7', text: 'hi', channelId: 'webchat', serviceUrl: 'https://x', conversation: { id: 'c', name: 'n' }, from: { id: 'u' } };

  it('accepts an activity with what the bot needs, as it came (not a copy), other fields and all', () => {
    const body = { ...valid, recipient: { id: 'bot' }, deliveryMode: 'expectReplies', attachments: [], channelData: { tenant: 't' } };
    const checked = checkActivity(body);
    expect(checked).toEqual({ ok: true, activity: body });
    expect(checked.ok && checked.activity).toBe(body);
    const { id: _id, text: _text, ...least } = valid;
    expect(checkActivity(least).ok).toBe(true);
    expect(checkActivity({ ...valid, text: '', id: '' }).ok).toBe(true);
  });

  it.each([
    ['a missing type', { ...valid, type: undefined }, 'type: expected a string, got nothing'],
    ['an empty type', { ...valid, type: '' }, 'type: must not be empty'],
    ['a type too long', { ...valid, type: 'm'.repeat(65) }, 'type: must be at most 64 characters'],
    ['a numeric text', { ...valid, text: 5 }, 'text: expected a string, got number'],
    ['a null id', { ...valid, id: null }, 'id: expected a string, got null'],
    ['an id too long', { ...valid, id: 'i'.repeat(513) }, 'id: must be at most 512 characters'],
    ['no channel', { ...valid, channelId: undefined }, 'channelId: expected a string, got nothing'],
    ['a serviceUrl too long', { ...valid, serviceUrl: 'h'.repeat(2049) }, 'serviceUrl: must be at most 2048 characters'],
    ['no conversation', { ...valid, conversation: undefined }, 'conversation: expected an object, got nothing'],
    ['a conversation that is a list', { ...valid, conversation: [{ id: 'c' }] }, 'conversation: expected an object, got an array'],
    ['a conversation id of the wrong type', { ...valid, conversation: { id: 42 } }, 'conversation.id: expected a string, got number'],
    ['an empty sender id', { ...valid, from: { id: '' } }, 'from.id: must not be empty'],
    ['a recipient without an id', { ...valid, recipient: {} }, 'recipient.id: expected a string, got nothing'],
    ['a deliveryMode too long', { ...valid, deliveryMode: 'd'.repeat(65) }, 'deliveryMode: must be at most 64 characters'],
  ])('refuses an activity with %s, naming the field', (_name, body, problem) => {
    expect(checkActivity(body)).toEqual({ ok: false, message: `Malformed activity: ${problem}.` });
  });

  it('counts length in UTF-16 units, as JSON text does', () => {
    expect(checkActivity({ ...valid, type: '\u{1F600}'.repeat(32) }).ok).toBe(true);
    expect(checkActivity({ ...valid, type: '\u{1F600}'.repeat(33) }).ok).toBe(false);
  });

  it('names at most five problems, and refuses what is not one object', () => {
    const message = (checkActivity({}) as { message: string }).message;
    expect(message.split('; ')).toHaveLength(5);
    for (const body of [null, [], 42, 'x']) {
      expect(checkActivity(body)).toEqual({ ok: false, message: 'The request body must be one Bot Framework activity (a JSON object).' });
    }
  });
});
