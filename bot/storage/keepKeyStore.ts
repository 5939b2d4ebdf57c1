import { randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { createItem, readItem } from './etagUpdate';
import { KEEP_KEY } from './storageKeys';

/**
 * The secret key that seals the links users keep (bot/keep/keepTokens.ts), kept in the project's Storage: links
 * outlive a restart, and every instance behind a load balancer opens the others' links, wherever the store allows.
 * Created by the first instance that needs it (create-only write; a losing instance reads the winner's key).
 */
export class KeepKeyStore {
  private key?: Promise<Buffer>;

  constructor(private readonly storage: Storage) {}

  get(): Promise<Buffer> {
    this.key ??= this.load().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async load(): Promise<Buffer> {
    const stored = await readItem<{ key: string }>(this.storage, KEEP_KEY);
    if (stored) return Buffer.from(stored.key, 'base64');
    await createItem(this.storage, KEEP_KEY, { key: randomBytes(32).toString('base64') });
    const created = await readItem<{ key: string }>(this.storage, KEEP_KEY);
    return Buffer.from(created!.key, 'base64');
  }
}
