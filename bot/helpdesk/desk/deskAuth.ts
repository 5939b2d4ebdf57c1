import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Request } from 'restify';
import type { ClientResolver } from '../../platform/clientAddress';
import type { WrongKeyThrottle } from '../../platform/keyThrottle';
import { isLoopbackHost, namesLoopbackHost } from '../../platform/loopback';
import { basicPassword, presentedApiKey, sameSecret } from '../../platform/secrets';
import { digest, SESSION_MS, type DeskSessions } from './deskSessions';

/** key: DESK_KEY set; loopback: no key, server bound to loopback (local use only); off: no key on an exposed host. */
export type DeskMode = 'key' | 'loopback' | 'off';
/** Who is using the desk; form tokens are bound to it. */
export type Principal = `session:${string}` | 'key' | 'loopback';
export type Access =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly reason: 'unauthenticated' | 'wrong-credentials' | 'not-found' }
  | { readonly ok: false; readonly reason: 'throttled'; readonly retryAfterSeconds: number };

export const SESSION_COOKIE = 'desk_session';
/** The sign-in form's own cookie: its form token is bound to it (a token taken from another browser is useless). */
export const LOGIN_COOKIE = 'desk_login';
const CSRF_MS = 12 * 3_600_000;
const LOGIN_NONCE = /^[A-Za-z0-9_-]{32}$/;

export interface DeskAuthDeps {
  readonly key: string | undefined;
  readonly bindHost: string;
  readonly sessions: DeskSessions;
  readonly clients: ClientResolver;
  /** Wrong keys per client, shared with /api/triage. */
  readonly throttle: WrongKeyThrottle;
  readonly now?: () => number;
}

/**
 * Who may use /desk. With DESK_KEY: a session (sign-in form; server-side, so signing out ends it everywhere), or
 * the key as HTTP Basic password / Bearer / x-api-key for tools. A client that sent too many wrong keys has no key
 * compared at all until its wait is over (429). Without DESK_KEY: only when the server listens on loopback, and
 * only for this machine's own requests naming a loopback host (so neither a proxy nor a DNS-rebinding page can
 * reach it); elsewhere /desk does not exist. Every state change needs a form token bound to the principal that
 * was given the page, and a same-origin request.
 */
export class DeskAuth {
  readonly mode: DeskMode;
  private readonly secret: Buffer;
  private readonly now: () => number;

  constructor(private readonly deps: DeskAuthDeps) {
    const { key, bindHost } = deps;
    this.mode = key !== undefined ? 'key' : isLoopbackHost(bindHost) ? 'loopback' : 'off';
    this.secret = key !== undefined ? createHash('sha256').update(`cmecf-desk:${key}`).digest() : randomBytes(32);
    this.now = deps.now ?? Date.now;
  }

  async check(req: Request): Promise<Access> {
    if (this.mode === 'off') return { ok: false, reason: 'not-found' };
    if (this.mode === 'loopback') {
      const local = this.deps.clients.resolve(req).local && namesLoopbackHost(req.header('host'));
      return local ? { ok: true, principal: 'loopback' } : { ok: false, reason: 'not-found' };
    }
    const session = await this.deps.sessions.find(cookie(req, SESSION_COOKIE));
    if (session !== undefined) return { ok: true, principal: `session:${session}` };
    const presented = basicPassword(req) ?? presentedApiKey(req);
    if (presented === undefined) return { ok: false, reason: 'unauthenticated' };
    return this.tryKey(req, presented) ?? { ok: true, principal: 'key' };
  }

  /** The sign-in form: a new session (its cookie value) when `given` is the key. */
  async login(req: Request, given: string | undefined): Promise<{ readonly session: string } | Extract<Access, { ok: false }>> {
    if (this.mode !== 'key') return { ok: false, reason: 'not-found' };
    return this.tryKey(req, given ?? '') ?? { session: await this.deps.sessions.open() };
  }

  /** Signing out ends the session on the server: a copy of the cookie is worth nothing afterwards. */
  logout(req: Request): Promise<void> {
    return this.deps.sessions.revoke(cookie(req, SESSION_COOKIE));
  }

  sessionCookie(value: string, secure: boolean): string {
    return `${SESSION_COOKIE}=${value}; Path=/desk; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}${secure ? '; Secure' : ''}`;
  }

  clearedCookie(secure: boolean): string {
    return `${SESSION_COOKIE}=; Path=/desk; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
  }

  /** The sign-in form's nonce (from its cookie, or a new one with the Set-Cookie to send). */
  loginNonce(req: Request, secure: boolean): { readonly nonce: string; readonly setCookie?: string } {
    const existing = cookie(req, LOGIN_COOKIE);
    if (existing !== undefined && LOGIN_NONCE.test(existing)) return { nonce: existing };
    const nonce = randomBytes(24).toString('base64url');
    return { nonce, setCookie: `${LOGIN_COOKIE}=${nonce}; Path=/desk; HttpOnly; SameSite=Strict; Max-Age=3600${secure ? '; Secure' : ''}` };
  }

  /** A form token for `principal` (or for the sign-in form of a login nonce). */
  csrfToken(principal: Principal | { readonly loginNonce: string }): string {
    const issued = this.now();
    return `${issued}.${this.sign(`csrf.${bindingOf(principal)}.${issued}`)}`;
  }

  /** A form post is accepted only with a fresh token given to this same principal, from a page of this same site. */
  checkForm(req: Request, token: unknown, principal: Principal | { readonly loginNonce: string }): boolean {
    if (!this.sameOrigin(req) || typeof token !== 'string') return false;
    const [time, mac] = token.split('.');
    const at = Number(time);
    if (!Number.isFinite(at) || mac === undefined || !sameSecret(mac, this.sign(`csrf.${bindingOf(principal)}.${time}`))) return false;
    const now = this.now();
    return at <= now && now - at <= CSRF_MS;
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

  /** undefined when `given` is the key; else why not (a throttled client's key is not even compared). */
  private tryKey(req: Request, given: string): Extract<Access, { ok: false }> | undefined {
    const client = this.deps.clients.resolve(req).key;
    const wait = this.deps.throttle.lockedFor(client);
    if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
    if (sameSecret(given, this.deps.key!)) return undefined;
    this.deps.throttle.failed(client);
    return { ok: false, reason: 'wrong-credentials' };
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64url');
  }
}

function bindingOf(principal: Principal | { readonly loginNonce: string }): string {
  return typeof principal === 'string' ? principal : `login:${digest(principal.loginNonce)}`;
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
