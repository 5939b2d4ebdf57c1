import { isCanonicalPath } from '../../../bot/platform/canonicalPath';

describe('isCanonicalPath', () => {
  it.each(['/', '/api/messages', '/api/messages?x=1;y', '/v3/directline/conversations/Ab_c-9/activities', '/web/chat.js'])('accepts %s', (path) => {
    expect(isCanonicalPath(path)).toBe(true);
  });
  it.each([
    '/api/messages;x', '/api/directline/token;x', '/api/%6Dessages', '/api/messages%3B', '/api//messages', '//api/messages', '/api/messages/',
    '/api/./messages', '/api/x/../messages', '/api\\messages', '/api/messages#x', 'http://evil/api/messages', '*', '', '/desk;', '/api/mess\u00e4ges',
  ])('refuses %s', (path) => {
    expect(isCanonicalPath(path)).toBe(false);
  });
});
