import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Request } from 'restify';
import { isLoopbackHost } from '../../platform/loopback';
import { basicPassword, hostName, presentedApiKey, sameSecret } from '../../platform/secrets';

/** key: DESK_KEY set; loopback: no key, server bound to loopback (local use only); off: no key on an exposed host. */
export type DeskMode = 'key' | 'loopback' | 'off';
export type Access = 'ok' | 'unauthenticated' | 'wrong-credentials' | 'not-found';

export const SESSION_COOKIE = 'desk_session';
const SESSION_MS = 8 * 3_600_000;
const CSRF_MS = 12 * 3_600_000;

/**
 * Who may use /desk. With DESK_KEY: the key as a login (HttpOnly, SameSite=Strict session cookie signed with a
 * key-derived secret, so changing the key signs everyone out and several instances agree without shared state),
 * or as HTTP Basic password / Bearer / x-api-key for tools. Without it: only when the server listens on loopback,
 * and only for requests that name a loopback host (so a DNS-rebinding page cannot reach it); elsewhere /desk
 * does not exist. Every state change also needs a CSRF token and a same-origin request.
 */
export class DeskAuth {
  readonly mode: DeskMode;
  private readonly secret: Buffer;

  constructor(private readonly key: string | undefined, bindHost: string, private readonly now: () => number = Date.now) {
    this.mode = key !== undefined ? 'key' : isLoopbackHost(bindHost) ? 'loopback' : 'off';
    this.secret = key !== undefined ? createHash('sha256').update(`cmecf-desk:${key}`).digest() : randomBytes(32);
  }

  check(req: Request): Access {
    if (this.mode === 'off') return 'not-found';
    if (this.mode === 'loopback') return isLoopbackHost(hostName(req.header('host'))) && isLoopbackHost(req.socket.remoteAddress ?? '') ? 'ok' : 'not-found';
    if (this.validSession(cookie(req, SESSION_COOKIE))) return 'ok';
    const presented = basicPassword(req) ?? presentedApiKey(req);
    if (presented === undefined) return 'unauthenticated';
    return sameSecret(presented, this.key!) ? 'ok' : 'wrong-credentials';
  }

  /** A session cookie value when `given` is the key. */
  login(given: string | undefined): string | undefined {
    if (this.mode !== 'key' || !sameSecret(given, this.key!)) return undefined;
    const expires = this.now() + SESSION_MS;
    return `${expires}.${this.sign(`session.${expires}`)}`;
  }

  sessionCookie(value: string, secure: boolean): string {
    return `${SESSION_COOKIE}=${value}; Path=/desk; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}${secure ? '; Secure' : ''}`;
  }

  clearedCookie(secure: boolean): string {
    return `${SESSION_COOKIE}=; Path=/desk; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
  }

  csrfToken(): string {
    const issued = this.now();
    return `${issued}.${this.sign(`csrf.${issued}`)}`;
  }

  /** A form post is accepted only with a fresh token of ours, from a page of this same site. */
  checkForm(req: Request, token: unknown): boolean {
    return this.sameOrigin(req) && typeof token === 'string' && this.validSigned(token, 'csrf', CSRF_MS);
  }

  /** Browsers say where a request comes from; another site's page must not drive the clerks' forms. */
  sameOrigin(req: Request): boolean {
    const site = req.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') return false;
    const origin = req.header('origin');
    if (!origin || origin === 'null') return !origin;
    try {
      return new URL(origin).host === (req.header('host') ?? '');
    } catch {
      return false;
    }
  }

  private validSession(value: string | undefined): boolean {
    return this.mode === 'key' && value !== undefined && this.validSigned(value, 'session', SESSION_MS, true);
  }

  /** `<time>.<hmac>`; `time` is the issue time (or, for sessions, the expiry). */
  private validSigned(value: string, purpose: string, maxAgeMs: number, isExpiry = false): boolean {
    const [time, mac] = value.split('.');
    const at = Number(time);
    if (!Number.isFinite(at) || mac === undefined || !sameSecret(mac, this.sign(`${purpose}.${time}`))) return false;
    const now = this.now();
    return isExpiry ? now < at && at - now <= maxAgeMs : at <= now && now - at <= maxAgeMs;
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64url');
  }
}

/** One cookie's value from the Cookie header. */
export function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Behind a TLS-terminating proxy (App Service) the request arrives as http with X-Forwarded-Proto: https. */
export function isHttps(req: Request): boolean {
  return req.isSecure() || (req.header('x-forwarded-proto') ?? '').split(',')[0]?.trim() === 'https';
}
