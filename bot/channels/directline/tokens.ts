import { createHash, randomBytes } from 'node:crypto';

/** What a Direct Line token allows: one conversation, optionally as one user, until it expires. */
export interface Grant {
  readonly conversationId: string;
  readonly userId?: string;
  readonly expiresAt: number;
}

export interface IssuedToken {
  readonly token: string;
  /** Seconds, as Direct Line's `expires_in`. */
  readonly expiresIn: number;
  readonly grant: Grant;
}

export type Clock = () => number;

export interface TokenLimits {
  /** Live tokens per conversation (a refresh adds one; the oldest goes beyond this). */
  readonly perConversation: number;
  /** Live tokens in all; beyond it the ones closest to expiry go. */
  readonly total: number;
}

const DEFAULT_LIMITS: TokenLimits = { perConversation: 4, total: 50_000 };

/**
 * Direct Line tokens: 256 random bits each, bound to one conversation, expiring after a fixed lifetime and
 * renewable before they expire. Only a SHA-256 of each token is kept, so a memory dump shows no usable token.
 * Bounded: a grant is at most ~300 bytes (a 43-character digest, a 24-character conversation id, a user id of at
 * most 64), there are at most `perConversation` per conversation and `total` in all, so refreshing in a loop or
 * minting tokens cannot grow memory.
 */
export class TokenStore {
  /** In issue order, which with one lifetime for all is also expiry order. */
  private readonly grants = new Map<string, Grant>();
  private readonly byConversation = new Map<string, string[]>();

  constructor(private readonly lifetimeMs: number, private readonly now: Clock = Date.now, private readonly limits: TokenLimits = DEFAULT_LIMITS) {}

  issue(conversationId: string, userId?: string): IssuedToken {
    const token = randomBytes(32).toString('base64url');
    const grant: Grant = { conversationId, userId, expiresAt: this.now() + this.lifetimeMs };
    const key = digest(token);
    this.grants.set(key, grant);
    const keys = this.byConversation.get(conversationId) ?? [];
    keys.push(key);
    this.byConversation.set(conversationId, keys);
    while (keys.length > this.limits.perConversation) this.forget(keys[0]!);
    if (this.grants.size > this.limits.total) this.sweep();
    while (this.grants.size > this.limits.total) this.forget(this.grants.keys().next().value!);
    return { token, expiresIn: Math.round(this.lifetimeMs / 1000), grant };
  }

  /** The token's grant, or undefined when it is unknown or expired. */
  verify(token: string): Grant | undefined {
    const key = digest(token);
    const grant = this.grants.get(key);
    if (!grant) return undefined;
    if (grant.expiresAt <= this.now()) {
      this.forget(key);
      return undefined;
    }
    return grant;
  }

  /** A new token for the same conversation and user; the old one stays valid until it expires (as in Azure). */
  refresh(token: string): IssuedToken | undefined {
    const grant = this.verify(token);
    return grant && this.issue(grant.conversationId, grant.userId);
  }

  /** Seconds left on a valid token. */
  secondsLeft(grant: Grant): number {
    return Math.max(0, Math.round((grant.expiresAt - this.now()) / 1000));
  }

  /** Forgets every token of a conversation (when the conversation is removed). */
  revokeConversation(conversationId: string): void {
    for (const key of [...(this.byConversation.get(conversationId) ?? [])]) this.forget(key);
  }

  /** Expired grants are at the front (issue order = expiry order): the scan stops at the first live one. */
  sweep(): void {
    const now = this.now();
    for (const [key, grant] of this.grants) {
      if (grant.expiresAt > now) return;
      this.forget(key);
    }
  }

  get size(): number {
    return this.grants.size;
  }

  private forget(key: string): void {
    const grant = this.grants.get(key);
    if (!grant) return;
    this.grants.delete(key);
    // In place: issue() trims the very array it holds.
    const keys = this.byConversation.get(grant.conversationId) ?? [];
    const at = keys.indexOf(key);
    if (at >= 0) keys.splice(at, 1);
    if (keys.length === 0) this.byConversation.delete(grant.conversationId);
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
