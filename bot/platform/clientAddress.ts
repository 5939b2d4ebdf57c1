import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { isLoopbackHost } from './loopback';

/** Who sent a request, as far as this server can tell. */
export interface Client {
  /** The peer's address, or (TRUST_PROXY) the address a trusted proxy forwarded the request for; 'unknown' if unreadable. */
  readonly address: string;
  /** Key of per-client limits: the IPv4 address, or the /64 of an IPv6 one (one subscriber holds a whole /64). */
  readonly key: string;
  /** This machine: a loopback client, and no forwarding header names anyone else (so never a proxied request). */
  readonly local: boolean;
}

type Family = 'ipv4' | 'ipv6';
const NAMED_RANGES: Readonly<Record<string, readonly (readonly [string, number, Family])[]>> = {
  loopback: [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']],
  private: [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['fc00::', 7, 'ipv6']],
};
const CACHE = Symbol('client');

/**
 * Turn-state key (botbuilder TurnContext.turnState) of the per-client key of whoever sent the turn: set where
 * a turn enters from the network (HelpBotAdapter for /api/messages with credentials, the Direct Line bridge),
 * read by HelpBot, which hands it to per-client limits deeper in (new help-desk tickets). Absent for this
 * machine's own tools, which are not limited.
 */
export const REQUEST_CLIENT = Symbol('requestClient');

/**
 * TRUST_PROXY: comma-separated proxies whose forwarding headers are believed: addresses, CIDR ranges, or the names
 * `loopback` (a proxy on this machine, e.g. nginx) and `private` (RFC 1918 / ULA, e.g. a load balancer in the
 * same network). Returns the list, or throws an Error naming the first bad entry.
 */
export function parseTrustedProxies(setting: string): BlockList {
  const list = new BlockList();
  for (const entry of setting.split(',').map((part) => part.trim()).filter(Boolean)) {
    const named = NAMED_RANGES[entry.toLowerCase()];
    if (named) {
      for (const [network, prefix, family] of named) list.addSubnet(network, prefix, family);
      continue;
    }
    const [network = '', prefix] = entry.split('/');
    const family = isIP(network);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`"${entry}" is not an address, a CIDR range, "loopback" or "private"`);
    }
    list.addSubnet(network, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

/**
 * Reads a request's client. Without trusted proxies the peer is the client. With them, X-Forwarded-For (or, when
 * a proxy sends none, RFC 7239 Forwarded) is walked from the right past trusted hops: the first untrusted address
 * is the client (entries further left are whatever the client itself sent, so never believed). Either way a request
 * is `local` only when its client is loopback and no forwarding header names a non-loopback address: behind a
 * proxy on this machine, other people's requests are never mistaken for this machine's own.
 */
export class ClientResolver {
  private readonly trusted?: BlockList;

  constructor(trustProxy?: string) {
    this.trusted = trustProxy === undefined ? undefined : parseTrustedProxies(trustProxy);
  }

  resolve(req: IncomingMessage): Client {
    const cached = (req as IncomingMessage & { [CACHE]?: Client })[CACHE];
    if (cached) return cached;
    const peer = normalise(req.socket.remoteAddress);
    const forwardedFor = forwardedChain(req.headers);
    const address = this.isTrusted(peer) ? this.walk(forwardedFor, peer) : peer;
    const named = [...forwardedFor, ...forwardedHeader(req.headers['forwarded']), ...headerList(req.headers['x-real-ip'])];
    const local = isLoopbackHost(address) && named.every(isLoopbackHost);
    const client: Client = { address, key: limitKey(address), local };
    (req as IncomingMessage & { [CACHE]?: Client })[CACHE] = client;
    return client;
  }

  private walk(chain: readonly string[], peer: string): string {
    let client = peer;
    for (let i = chain.length - 1; i >= 0 && this.isTrusted(client); i -= 1) client = chain[i]!;
    return client;
  }

  private isTrusted(address: string): boolean {
    if (this.trusted === undefined) return false;
    const family = isIP(address);
    return family !== 0 && this.trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }
}

/** The hops a proxy recorded: X-Forwarded-For, else the `for=` of Forwarded. */
function forwardedChain(headers: IncomingHttpHeaders): string[] {
  const xff = headerList(headers['x-forwarded-for']);
  return xff.length > 0 ? xff : forwardedHeader(headers['forwarded']);
}

function headerList(value: string | string[] | undefined): string[] {
  // Most requests carry no forwarding header at all: nothing to split (a request reads three of them).
  if (value === undefined) return [];
  const joined = Array.isArray(value) ? value.join(',') : value ?? '';
  return joined.split(',').map((part) => part.trim()).filter(Boolean).map(normalise);
}

/** RFC 7239: `Forwarded: for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"`. */
function forwardedHeader(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const joined = Array.isArray(value) ? value.join(',') : value ?? '';
  const hops: string[] = [];
  for (const element of joined.split(',')) {
    const pair = element.split(';').map((part) => part.trim()).find((part) => part.toLowerCase().startsWith('for='));
    if (pair) hops.push(normalise(pair.slice(4).replace(/^"|"$/g, '')));
  }
  return hops;
}

/** A bare address from "1.2.3.4", "1.2.3.4:80", "[::1]:80", "::ffff:1.2.3.4"; 'unknown' when it is none. */
export function normalise(raw: string | undefined): string {
  let value = (raw ?? '').trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    value = value.slice(1, end < 0 ? undefined : end);
  } else if (value.indexOf(':') > 0 && value.indexOf(':') === value.lastIndexOf(':')) value = value.slice(0, value.indexOf(':'));
  if (value.startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) === 0 ? 'unknown' : value;
}

function limitKey(address: string): string {
  return isIP(address) === 6 ? ipv6Prefix64(address) : address;
}

function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0');
  const groups = [...headGroups, ...fill, ...tailGroups];
  return `${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(':')}::/64`;
}
