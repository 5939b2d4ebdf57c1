import type { Activity } from '../platform/activity';
import { afterSeq, reviveActivity } from './sqliteTranscriptStore';
import type { PagedResult, Storage, StoreItems, TranscriptInfo, TranscriptStore } from './storageTypes';

/** Same page size as the other transcript stores, so callers page through all alike. */
const PAGE_SIZE = 20;

/**
 * STORAGE=memory (tests, trying things out): the project's own store in the process, with the eTag rules of the
 * others (tests/helpers/storageContract.ts). Its own rather than an SDK's, so choosing a store loads no SDK: a
 * deployment on the Agents SDK never loads botbuilder (DESIGN.md: botbuilder stays at the edge).
 */
export class MemoryStore implements Storage {
  private readonly items = new Map<string, string>();
  private nextETag = 1;

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const json = this.items.get(key);
      if (json !== undefined) found[key] = JSON.parse(json);
    }
    return found;
  }

  /** An item given an eTag other than '*' is written only over that version (or where the key is absent). */
  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const { eTag } = (change ?? {}) as { eTag?: string };
      const stored = this.items.get(key);
      const storedETag = stored === undefined ? undefined : (JSON.parse(stored) as { eTag: string }).eTag;
      if (storedETag !== undefined && eTag !== undefined && eTag !== '*' && eTag !== storedETag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      this.items.set(key, JSON.stringify({ ...change, eTag: String(this.nextETag++) }));
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }
}

interface Logged { readonly seq: number; readonly loggedAt: number; readonly channelId: string; readonly conversationId: string; readonly json: string }

/** Transcripts in the process, read as the embedded store reads them (pages of 20, oldest first, `startDate` by time logged). */
export class MemoryTranscripts implements TranscriptStore {
  private readonly logged: Logged[] = [];
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  logActivity(activity: Activity): void {
    this.seq += 1;
    this.logged.push({
      seq: this.seq, loggedAt: this.now(), channelId: activity.channelId ?? '', conversationId: activity.conversation?.id ?? '', json: JSON.stringify(activity),
    });
  }

  async getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    const after = afterSeq(continuationToken);
    const from = startDate?.getTime() ?? 0;
    const rows = this.logged.filter((row) => row.channelId === channelId && row.conversationId === conversationId && row.seq > after && row.loggedAt >= from);
    return page(rows, (row) => reviveActivity(row.json), (row) => row.seq);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    const firsts = new Map<string, Logged>();
    for (const row of this.logged) if (row.channelId === channelId && !firsts.has(row.conversationId)) firsts.set(row.conversationId, row);
    const after = afterSeq(continuationToken);
    const rows = [...firsts.values()].filter((row) => row.seq > after);
    return page(rows, (row) => ({ channelId, id: row.conversationId, created: new Date(row.loggedAt) }), (row) => row.seq);
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    const kept = this.logged.filter((row) => row.channelId !== channelId || row.conversationId !== conversationId);
    this.logged.splice(0, this.logged.length, ...kept);
  }
}

function page<T>(rows: readonly Logged[], item: (row: Logged) => T, seq: (row: Logged) => number): PagedResult<T> {
  const shown = rows.slice(0, PAGE_SIZE);
  return { items: shown.map(item), continuationToken: rows.length > PAGE_SIZE ? String(seq(shown[shown.length - 1]!)) : '' };
}
