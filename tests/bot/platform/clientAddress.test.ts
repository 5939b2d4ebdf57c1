import type { IncomingMessage } from 'node:http';
import { ClientResolver, normalise, parseTrustedProxies } from '../../../bot/platform/clientAddress';

const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('ClientResolver', () => {
  it('without TRUST_PROXY: the peer is the client, and a forwarded request is never local', () => {
    const clients = new ClientResolver();
    expect(clients.resolve(request('127.0.0.1'))).toEqual({ address: '127.0.0.1', key: '127.0.0.1', local: true });
    expect(clients.resolve(request('::ffff:127.0.0.1'))).toMatchObject({ address: '127.0.0.1', local: true });
    expect(clients.resolve(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.5' }))).toMatchObject({ address: '127.0.0.1', local: false });
    expect(clients.resolve(request('127.0.0.1', { forwarded: 'for=198.51.100.1;proto=https' })).local).toBe(false);
    expect(clients.resolve(request('127.0.0.1', { 'x-real-ip': '198.51.100.1' })).local).toBe(false);
    expect(clients.resolve(request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1' })).local).toBe(true);
    expect(clients.resolve(request('203.0.113.5', { 'x-forwarded-for': '127.0.0.1' }))).toMatchObject({ address: '203.0.113.5', local: false });
  });

  it('with TRUST_PROXY=loopback: the address the proxy forwarded for, walking past trusted hops only', () => {
    const clients = new ClientResolver('loopback');
    expect(clients.resolve(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.5' }))).toEqual({ address: '203.0.113.5', key: '203.0.113.5', local: false });
    // What the client itself wrote to the left of the proxy's entry is not believed.
    expect(clients.resolve(request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1, 203.0.113.5' })).address).toBe('203.0.113.5');
    expect(clients.resolve(request('127.0.0.1', { 'x-forwarded-for': '198.51.100.2, 127.0.0.1' })).address).toBe('198.51.100.2');
    expect(clients.resolve(request('127.0.0.1', { forwarded: 'for="[2001:db8:cafe::17]:4711";proto=https' }))).toMatchObject({
      address: '2001:db8:cafe::17', key: '2001:db8:cafe:0::/64', local: false,
    });
    expect(clients.resolve(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.5:51234' })).address).toBe('203.0.113.5');
    // A peer that is not a trusted proxy: its headers are ignored.
    expect(clients.resolve(request('198.51.100.9', { 'x-forwarded-for': '127.0.0.1' }))).toMatchObject({ address: '198.51.100.9', local: false });
    expect(clients.resolve(request('127.0.0.1'))).toMatchObject({ address: '127.0.0.1', local: true });
    expect(clients.resolve(request('127.0.0.1', { 'x-forwarded-for': 'not-an-address' }))).toMatchObject({ address: 'unknown', local: false });
  });

  it('one IPv6 /64 is one client', () => {
    const clients = new ClientResolver();
    expect(clients.resolve(request('2001:db8:1:2:aaaa::1')).key).toBe(clients.resolve(request('2001:db8:1:2:bbbb:cccc:dddd:eeee')).key);
    expect(clients.resolve(request('2001:db8:1:3::1')).key).not.toBe(clients.resolve(request('2001:db8:1:2::1')).key);
  });

  it('parses addresses, ranges and names, and names the bad entry', () => {
    expect(() => parseTrustedProxies('loopback, private, 10.1.2.3, 192.0.2.0/24, 2001:db8::/32')).not.toThrow();
    expect(() => parseTrustedProxies('loopback, nginx')).toThrow(/"nginx"/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(normalise('[::1]:80')).toBe('::1');
    expect(normalise('_hidden')).toBe('unknown');
  });
});
