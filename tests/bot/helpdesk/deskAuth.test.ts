import type { Request } from 'restify';
import { DeskAuth } from '../../../bot/helpdesk/desk/deskAuth';

function request(headers: Record<string, string>, remoteAddress = '127.0.0.1'): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return { header: (name: string) => lower[name.toLowerCase()], socket: { remoteAddress } } as unknown as Request;
}

describe('DeskAuth', () => {
  it('without a key: served on a loopback-bound server to loopback requests only, never on an exposed host', () => {
    const local = new DeskAuth(undefined, '127.0.0.1');
    expect(local.mode).toBe('loopback');
    expect(local.check(request({ host: '127.0.0.1:3978' }))).toBe('ok');
    expect(local.check(request({ host: 'localhost:3978' }, '::1'))).toBe('ok');
    // A page on another site that rebinds its name to 127.0.0.1 still sends its own Host.
    expect(local.check(request({ host: 'evil.example:3978' }))).toBe('not-found');
    expect(local.check(request({ host: '127.0.0.1:3978' }, '10.0.0.5'))).toBe('not-found');
    const exposed = new DeskAuth(undefined, '0.0.0.0');
    expect(exposed.mode).toBe('off');
    expect(exposed.check(request({ host: '127.0.0.1' }))).toBe('not-found');
  });

  it('with a key: sessions expire, and a changed key signs everyone out', () => {
    let now = 1_000_000;
    const auth = new DeskAuth('the-desk-key-1234', '0.0.0.0', () => now);
    const session = auth.login('the-desk-key-1234')!;
    expect(auth.login('wrong')).toBeUndefined();
    expect(auth.check(request({ cookie: `other=1; desk_session=${session}` }))).toBe('ok');
    expect(new DeskAuth('another-key-56789', '0.0.0.0', () => now).check(request({ cookie: `desk_session=${session}` }))).toBe('unauthenticated');
    now += 9 * 3_600_000;
    expect(auth.check(request({ cookie: `desk_session=${session}` }))).toBe('unauthenticated');
  });

  it('accepts form tokens only when fresh, signed and from the same origin', () => {
    let now = 5_000_000;
    const auth = new DeskAuth('the-desk-key-1234', '0.0.0.0', () => now);
    const token = auth.csrfToken();
    const same = request({ host: 'desk.court.example', origin: 'https://desk.court.example' });
    expect(auth.checkForm(same, token)).toBe(true);
    expect(auth.checkForm(request({ host: 'desk.court.example' }), token)).toBe(true);
    expect(auth.checkForm(request({ host: 'desk.court.example', origin: 'https://evil.example' }), token)).toBe(false);
    expect(auth.checkForm(request({ host: 'desk.court.example', origin: 'null' }), token)).toBe(false);
    expect(auth.checkForm(same, `${token}x`)).toBe(false);
    expect(auth.checkForm(same, undefined)).toBe(false);
    now += 13 * 3_600_000;
    expect(auth.checkForm(same, token)).toBe(false);
  });
});
