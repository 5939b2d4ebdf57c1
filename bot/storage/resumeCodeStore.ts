import { createHash } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { createItem, readItem } from './etagUpdate';
import { isEtagConflict } from './storageErrors';
import { RESUME_CODE_MS, RESUME_CODE_PREFIX } from './storageKeys';

/** A stored code: what it keeps (a saved place, opaque here) and until when. */
interface StoredCode {
  readonly place: unknown;
  readonly expires: number;
  /** Set by the redeeming write, so that two chats typing the code at once cannot both take it. */
  readonly used?: true;
}

/**
 * Continue-later codes in the project's Storage, so they survive a restart (and are shared by instances) where the
 * store does. Keyed by a SHA-256 of the code: a copy of the store does not give working codes. Single-use: the
 * first redemption takes the code (an eTag-guarded write) and deletes it.
 */
export class ResumeCodeStore {
  constructor(private readonly storage: Storage, private readonly now: () => number = Date.now, private readonly lifetimeMs = RESUME_CODE_MS) {}

  get lifetimeDays(): number {
    return Math.round(this.lifetimeMs / 86_400_000);
  }

  /** Keeps `place` under `code`; false when that code already exists (the caller draws another). */
  save(code: string, place: unknown): Promise<boolean> {
    return createItem<StoredCode>(this.storage, keyOf(code), { place, expires: this.now() + this.lifetimeMs });
  }

  /** The place kept under `code`, taken once; undefined for a code that is unknown, used or expired (alike). */
  async redeem(code: string): Promise<unknown> {
    const key = keyOf(code);
    const stored = await readItem<StoredCode>(this.storage, key);
    if (!stored || stored.used || stored.expires <= this.now()) return undefined;
    try {
      // Written with the eTag just read: of two chats redeeming at once, only one write succeeds.
      await this.storage.write({ [key]: { ...stored, used: true } });
    } catch (error) {
      if (isEtagConflict(error)) return undefined;
      throw error;
    }
    await this.storage.delete([key]);
    return stored.place;
  }
}

function keyOf(code: string): string {
  return RESUME_CODE_PREFIX + createHash('sha256').update(code).digest('base64url');
}
