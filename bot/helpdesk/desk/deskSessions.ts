import { createHash, randomBytes } from 'node:crypto';
import type { Storage } from '../../storage/storageTypes';
import { readItem } from '../../storage/etagUpdate';
import { StorageUnavailableError } from '../../storage/storageErrors';
import { DESK_SESSION_MS, DESK_SESSION_PREFIX } from '../../storage/storageKeys';

export const SESSION_MS = DESK_SESSION_MS;
const SESSION_VALUE = /^[A-Za-z0-9_-]{43}$/;

interface StoredSession {
  readonly expiresAt: number;
  /** Which DESK_KEY opened it: a changed key signs everyone out. */
  readonly keyId: string;
}

/**
 * Server-side /desk sessions, in the bot's Storage so every instance sees them and signing out ends the session
 * everywhere (a copied cookie stops working). The cookie holds 256 random bits; only its SHA-256 is stored, so
 * reading the store gives no usable cookie. `find` answers the session's id (that digest), which CSRF tokens
 * are bound to.
 */
export class DeskSessions {
  constructor(private readonly storage: Storage, private readonly keyId: string, private readonly now: () => number = Date.now) {}

  /** A new session; returns the cookie value. */
  async open(): Promise<string> {
    const value = randomBytes(32).toString('base64url');
    const session: StoredSession = { expiresAt: this.now() + SESSION_MS, keyId: this.keyId };
    await this.write({ [sessionKey(value)]: session });
    return value;
  }

  /** The session id of a live session cookie, or undefined. */
  async find(value: string | undefined): Promise<string | undefined> {
    if (value === undefined || !SESSION_VALUE.test(value)) return undefined;
    const session = await readItem<StoredSession>(this.storage, sessionKey(value));
    if (!session || session.keyId !== this.keyId || session.expiresAt <= this.now()) return undefined;
    return digest(value);
  }

  /** Ends a session (sign out). */
  async revoke(value: string | undefined): Promise<void> {
    if (value === undefined || !SESSION_VALUE.test(value)) return;
    try {
      await this.storage.delete([sessionKey(value)]);
    } catch (error) {
      throw new StorageUnavailableError('delete', error);
    }
  }

  private async write(items: Record<string, StoredSession>): Promise<void> {
    try {
      await this.storage.write(items);
    } catch (error) {
      throw new StorageUnavailableError('write', error);
    }
  }
}

export function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function sessionKey(value: string): string {
  return `${DESK_SESSION_PREFIX}${digest(value)}`;
}
