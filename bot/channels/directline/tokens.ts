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

/**
 * Direct Line tokens: 256 random bits each, bound to one conversation, expiring after a fixed lifetime and
 * renewable before they expire. Only a SHA-256 of each token is kept, so a memory dump shows no usable token.
 */
export class TokenStore {
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly lifetimeMs: number, private readonly now: Clock = Date.now) {}

  issue(conversationId: string, userId?: string): IssuedToken {
    const token = randomBytes(32).toString('base64url');
    const grant: Grant = { conversationId, userId, expiresAt: this.now() + this.lifetimeMs };
    this.grants.set(digest(token), grant);
    return { token, expiresIn: Math.round(this.lifetimeMs / 1000), grant };
  }

  /** The token's grant, or undefined when it is unknown or expired. */
  verify(token: string): Grant | undefined {
    const grant = this.grants.get(digest(token));
    if (!grant) return undefined;
    if (grant.expiresAt <= this.now()) {
      this.grants.delete(digest(token));
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
    for (const [key, grant] of this.grants) if (grant.conversationId === conversationId) this.grants.delete(key);
  }

  sweep(): void {
    const now = this.now();
    for (const [key, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(key);
  }

  get size(): number {
    return this.grants.size;
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
