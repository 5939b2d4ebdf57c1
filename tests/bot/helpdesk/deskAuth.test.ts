import { MemoryStorage } from 'botbuilder';
import type { Request } from 'restify';
import { DeskAuth, type Access } from '../../../bot/helpdesk/desk/deskAuth';
import { DeskSessions } from '../../../bot/helpdesk/desk/deskSessions';
import { ClientResolver } from '../../../bot/platform/clientAddress';
import { WrongKeyThrottle } from '../../../bot/platform/keyThrottle';
import { basic } from '../../helpers/deskHarness';

function request(headers: Record<string, string>, remoteAddress = '127.0.0.1'): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return { header: (name: string) => lower[name.toLowerCase()], headers: lower, socket: { remoteAddress } } as unknown as Request;
}

const KEY = 'the-desk-key-1234';

function deskAuth(key: string | undefined, bindHost: string, clock = { now: 1_000_000 }, storage = new MemoryStorage()) {
  const now = () => clock.now;
  return new DeskAuth({
    key, bindHost, sessions: new DeskSessions(storage, `id-of-${key}`, now), clients: new ClientResolver(), throttle: new WrongKeyThrottle(), now,
  });
}

const principalOf = (access: Access) => (access.ok ? access.principal : access.reason);

describe('DeskAuth', () => {
  it('without a key: served on a loopback-bound server to this machine only, never on an exposed host', async () => {
    const local = deskAuth(undefined, '127.0.0.1');
    expect(local.mode).toBe('loopback');
    expect(principalOf(await local.check(request({ host: '127.0.0.1:3978' })))).toBe('loopback');
    expect(principalOf(await local.check(request({ host: 'localhost:3978' }, '::1')))).toBe('loopback');
    // A page on another site that rebinds its name to 127.0.0.1 still sends its own Host.
    expect(principalOf(await local.check(request({ host: 'evil.example:3978' })))).toBe('not-found');
    expect(principalOf(await local.check(request({ host: '127.0.0.1:3978' }, '10.0.0.5')))).toBe('not-found');
    // A proxy on this machine forwarding someone else's request is not this machine.
    expect(principalOf(await local.check(request({ host: '127.0.0.1:3978', 'x-forwarded-for': '203.0.113.9' })))).toBe('not-found');
    const exposed = deskAuth(undefined, '0.0.0.0');
    expect(exposed.mode).toBe('off');
    expect(principalOf(await exposed.check(request({ host: '127.0.0.1' })))).toBe('not-found');
  });

  it('with a key: server-side sessions that expire, end at sign-out (copied cookie included), and end when the key changes', async () => {
    const clock = { now: 1_000_000 };
    const storage = new MemoryStorage();
    const auth = deskAuth(KEY, '0.0.0.0', clock, storage);
    const opened = await auth.login(request({}), KEY);
    if (!('session' in opened)) throw new Error('no session');
    expect(await auth.login(request({}), 'wrong')).toMatchObject({ reason: 'wrong-credentials' });
    const cookie = `other=1; desk_session=${opened.session}`;
    expect(principalOf(await auth.check(request({ cookie })))).toMatch(/^session:/);
    expect(principalOf(await deskAuth('another-key-56789', '0.0.0.0', clock, storage).check(request({ cookie })))).toBe('unauthenticated');

    const copy = request({ cookie });
    await auth.logout(request({ cookie }));
    expect(principalOf(await auth.check(copy))).toBe('unauthenticated');

    const second = await auth.login(request({}), KEY);
    if (!('session' in second)) throw new Error('no session');
    clock.now += 9 * 3_600_000;
    expect(principalOf(await auth.check(request({ cookie: `desk_session=${second.session}` })))).toBe('unauthenticated');
  });

  it('after many wrong keys from one client refuses the right key too, until the wait is over', async () => {
    const auth = deskAuth(KEY, '0.0.0.0');
    const from = (headers: Record<string, string>, address: string) => auth.check(request(headers, address));
    for (let i = 0; i < 10; i += 1) expect(principalOf(await from(basic(`guess-${i}-wrong`), '198.51.100.7'))).toBe('wrong-credentials');
    const locked = await from(basic(KEY), '198.51.100.7');
    expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await auth.login(request({}, '198.51.100.7'), KEY)).toMatchObject({ reason: 'throttled' });
    // Another client is not affected.
    expect(principalOf(await from({ 'x-api-key': KEY }, '198.51.100.8'))).toBe('key');
  });

  it('binds form tokens to who was given the page: fresh, signed, same origin, same principal', async () => {
    const clock = { now: 5_000_000 };
    const auth = deskAuth(KEY, '0.0.0.0', clock);
    const token = auth.csrfToken('session:abc');
    const same = request({ host: 'desk.court.example', origin: 'https://desk.court.example' });
    expect(auth.checkForm(same, token, 'session:abc')).toBe(true);
    expect(auth.checkForm(request({ host: 'desk.court.example' }), token, 'session:abc')).toBe(true);
    expect(auth.checkForm(same, token, 'session:other')).toBe(false);
    expect(auth.checkForm(same, token, 'key')).toBe(false);
    expect(auth.checkForm(request({ host: 'desk.court.example', origin: 'https://evil.example' }), token, 'session:abc')).toBe(false);
    expect(auth.checkForm(request({ host: 'desk.court.example', origin: 'null' }), token, 'session:abc')).toBe(false);
    expect(auth.checkForm(same, `${token}x`, 'session:abc')).toBe(false);
    expect(auth.checkForm(same, undefined, 'session:abc')).toBe(false);
    // The sign-in form's token (handed out before anyone signed in) is good for signing in only.
    const loginToken = auth.csrfToken({ loginNonce: 'n'.repeat(32) });
    expect(auth.checkForm(same, loginToken, { loginNonce: 'n'.repeat(32) })).toBe(true);
    expect(auth.checkForm(same, loginToken, 'key')).toBe(false);
    expect(auth.checkForm(same, loginToken, { loginNonce: 'm'.repeat(32) })).toBe(false);
    clock.now += 13 * 3_600_000;
    expect(auth.checkForm(same, token, 'session:abc')).toBe(false);
  });
});
