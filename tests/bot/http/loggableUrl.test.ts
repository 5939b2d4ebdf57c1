import { loggableUrl } from '../../../bot/http/loggableUrl';

describe('loggableUrl', () => {
  it('keeps the path and harmless parameters, never a token', () => {
    expect(loggableUrl('/v3/directline/conversations/abc/stream?watermark=3&t=SECRET.TOKEN')).toBe('/v3/directline/conversations/abc/stream?watermark=3&t=[REDACTED]');
    expect(loggableUrl('/desk?show=all&key=hunter2')).toBe('/desk?show=all&key=[REDACTED]');
    expect(loggableUrl('/healthz')).toBe('/healthz');
  });
});
