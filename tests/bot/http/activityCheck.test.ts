import { isSafeLocalDelivery, type CheckedActivity } from '../../../bot/http/activityCheck';

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
