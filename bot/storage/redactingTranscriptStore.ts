import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { Logger } from '../platform/logger';

/** The one redactor (dialogs/privacy): text in, text with every secret masked out. */
export type Redact = (text: string) => string;

/**
 * Addressing fields are kept as they are, so a transcript can still be found and read in order; every other string
 * of an activity (text, speak, card content, submitted values, channel data, …) passes through the redactor.
 * Ids are never user-typed, and redacting them would scatter a conversation over meaningless keys.
 */
const ADDRESSING = new Set([
  'type', 'id', 'timestamp', 'localTimestamp', 'localTimezone', 'rawTimestamp', 'rawLocalTimestamp', 'serviceUrl',
  'channelId', 'from', 'recipient', 'conversation', 'replyToId', 'deliveryMode', 'textFormat', 'locale', 'inputHint',
  'callerId', 'membersAdded', 'membersRemoved', 'valueType', 'name', 'code',
]);

/**
 * Wraps any TranscriptStore so nothing reaches it unredacted, and so a failing store never breaks a turn:
 * TranscriptLoggerMiddleware logs after the turn without awaiting, and would print failures with console.error.
 */
export class RedactingTranscriptStore implements TranscriptStore {
  constructor(private readonly inner: TranscriptStore, private readonly redact: Redact, private readonly logger: Logger) {}

  async logActivity(activity: Activity): Promise<void> {
    try {
      await this.inner.logActivity(redactActivity(activity, this.redact));
    } catch (error) {
      this.logger.warn({ conversationId: activity.conversation?.id, err: summary(error) }, 'transcript not stored');
    }
  }

  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    return this.inner.getTranscriptActivities(channelId, conversationId, continuationToken, startDate);
  }

  listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    return this.inner.listTranscripts(channelId, continuationToken);
  }

  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    return this.inner.deleteTranscript(channelId, conversationId);
  }
}

/** A redacted deep copy; the original (still used by the turn) is left untouched. */
export function redactActivity(activity: Activity, redact: Redact): Activity {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(activity)) {
    copy[key] = ADDRESSING.has(key) ? value : redactDeep(value, redact);
  }
  // BlobsTranscriptStore names blobs by timestamp and insists on a Date.
  if (typeof copy.timestamp === 'string') copy.timestamp = new Date(copy.timestamp);
  return copy as unknown as Activity;
}

function redactDeep(value: unknown, redact: Redact): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]));
}

/** Just the message and code: a storage error can carry request details that do not belong in logs. */
function summary(error: unknown): { message: string; code?: unknown } {
  const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
  return { message: typeof message === 'string' ? message.split('\n')[0]! : String(error), code };
}
