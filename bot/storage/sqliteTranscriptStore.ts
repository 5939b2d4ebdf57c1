import type { Activity } from '../platform/activity';
import type { PagedResult, TranscriptInfo, TranscriptStore } from './storageTypes';
import type { SqliteDatabase } from './sqliteDatabase';

/** Same page size as botbuilder's BlobsTranscriptStore, so callers page through both alike. */
const PAGE_SIZE = 20;

interface ActivityRow { readonly seq: number; readonly activity: string }
interface ConversationRow { readonly conversation_id: string; readonly created: number; readonly first: number }

/**
 * botbuilder's TranscriptStore in the embedded SQLite file, next to conversation state. It stores what it is
 * given: redaction happens before (RedactingTranscriptStore), so nothing here ever sees a raw secret.
 */
export class SqliteTranscriptStore implements TranscriptStore {
  constructor(private readonly database: SqliteDatabase, private readonly now: () => number = Date.now) {}

  /**
   * A transaction per insert (several per turn: the user's message and each reply) meant an fsync each, blocking the
   * event loop (bench/README.md, "Measurements behind the code"), so activities go into the database's group commit
   * with every other write of the event-loop turn; logActivity settles once its row is committed (or with the error),
   * and every read below commits the queued writes first.
   */
  logActivity(activity: Activity): Promise<void> {
    const row = [activity.channelId ?? '', activity.conversation?.id ?? '', this.now(), JSON.stringify(activity)];
    return this.database.writeStatement('INSERT INTO transcript (channel_id, conversation_id, logged_at, activity) VALUES (?, ?, ?, ?)', row);
  }

  async getTranscriptActivities(
    channelId: string, conversationId: string, continuationToken?: string, startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    this.database.commitQueued();
    const rows = this.database.statement(
      'SELECT seq, activity FROM transcript WHERE channel_id = ? AND conversation_id = ? AND seq > ? AND logged_at >= ? ' +
      'ORDER BY seq LIMIT ?',
    ).all([channelId, conversationId, afterSeq(continuationToken), startDate?.getTime() ?? 0, PAGE_SIZE + 1]) as unknown as ActivityRow[];
    const page = rows.slice(0, PAGE_SIZE);
    return {
      items: page.map((row) => reviveActivity(row.activity)),
      continuationToken: rows.length > PAGE_SIZE ? String(page[page.length - 1]!.seq) : '',
    };
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    this.database.commitQueued();
    const rows = this.database.statement(
      'SELECT conversation_id, MIN(logged_at) AS created, MIN(seq) AS first FROM transcript WHERE channel_id = ? ' +
      'GROUP BY conversation_id HAVING first > ? ORDER BY first LIMIT ?',
    ).all([channelId, afterSeq(continuationToken), PAGE_SIZE + 1]) as unknown as ConversationRow[];
    const page = rows.slice(0, PAGE_SIZE);
    return {
      items: page.map((row) => ({ channelId, id: row.conversation_id, created: new Date(row.created) })),
      continuationToken: rows.length > PAGE_SIZE ? String(page[page.length - 1]!.first) : '',
    };
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    this.database.commitQueued();
    this.database.statement('DELETE FROM transcript WHERE channel_id = ? AND conversation_id = ?').run([channelId, conversationId]);
  }

  /** Retention: removes activities logged before `before` (epoch ms); returns how many. */
  removeOlderThan(before: number): number {
    this.database.commitQueued();
    return this.database.statement('DELETE FROM transcript WHERE logged_at < ?').run(before).changes;
  }
}

/** The sequence number a continuation token gives (0: from the start); the memory store's tokens are the same. */
export function afterSeq(continuationToken: string | undefined): number {
  const seq = Number.parseInt(continuationToken ?? '', 10);
  return Number.isSafeInteger(seq) ? seq : 0;
}

/** A logged activity read back, its timestamp a Date again. */
export function reviveActivity(json: string): Activity {
  const activity = JSON.parse(json) as Activity;
  return { ...activity, timestamp: activity.timestamp ? new Date(activity.timestamp) : undefined } as Activity;
}
