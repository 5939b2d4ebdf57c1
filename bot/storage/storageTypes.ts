import type { Activity } from '../platform/activity';

/*
 * The one storage interface behind every record but transcripts (conversation state, tickets, analytics), and the
 * transcript store's: the project's own types, in the shape both SDKs share (botbuilder's Storage and
 * TranscriptStore, the Microsoft 365 Agents SDK's of the same names), so their stores (MemoryStorage,
 * botbuilder-azure-blobs) plug in unchanged and each host hands ours to its SDK as they are.
 */

/** A stored record; `eTag` guards a write against a concurrent one ('*' or absent: last write wins). */
export interface StoreItem {
  eTag?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- both SDKs type stored records as any
  [key: string]: any;
}

/** Records by key. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- both SDKs type stored records as any
export type StoreItems = Record<string, any>;

export interface Storage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export interface PagedResult<T> {
  items: T[];
  continuationToken?: string;
}

export interface TranscriptInfo {
  channelId: string;
  id: string;
  created: Date;
}

/** Receives every activity in and out of a turn (the hosts' transcript middleware). */
export interface TranscriptLogger {
  logActivity(activity: Activity): void | Promise<void>;
}

export interface TranscriptStore extends TranscriptLogger {
  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>>;
  listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>>;
  deleteTranscript(channelId: string, conversationId: string): Promise<void>;
}
