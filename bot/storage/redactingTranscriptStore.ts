import type { Activity } from '../platform/activity';
import type { PagedResult, TranscriptInfo, TranscriptStore } from './storageTypes';
import type { Logger } from '../platform/logger';

/** The one redactor (dialogs/privacy): text in, text with every secret masked out. */
export type Redact = (text: string) => string;

/**
 * Addressing fields are kept, so a transcript can still be found and read in order; every other string of an
 * activity (text, speak, card content, submitted values, channel data, …) passes through the redactor. Ids are
 * never user-typed, and redacting them would scatter a conversation over meaningless keys. What a user or a page
 * can type into an addressing field is not kept: display names of accounts and conversations are dropped, and
 * protocol fields (event name, time zone, value type, locale, code) are kept only in their protocol's form.
 */
const ADDRESSING = new Set([
  'type', 'id', 'timestamp', 'localTimestamp', 'rawTimestamp', 'rawLocalTimestamp', 'serviceUrl',
  'channelId', 'replyToId', 'deliveryMode', 'textFormat', 'inputHint', 'callerId',
]);
const ACCOUNTS = new Set(['from', 'recipient', 'conversation']);
const ACCOUNT_LISTS = new Set(['membersAdded', 'membersRemoved']);
/** Structural fields of an account or conversation; anything else (name, properties, …) is dropped. */
const ACCOUNT_FIELDS = new Set(['id', 'role', 'aadObjectId', 'tenantId', 'conversationType', 'isGroup']);
const PROTOCOL_FORMS: Readonly<Record<string, RegExp>> = {
  name: /^[A-Za-z][\w./:-]{0,63}$/,
  localTimezone: /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){0,2}$/,
  valueType: /^[\w./:+#-]{1,128}$/,
  locale: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/,
  code: /^[A-Za-z]{1,64}$/,
};

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
  const fields = activity as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    const kept = addressing(key, value);
    if (kept !== DROP) put(copy, key, kept === CONTENT ? redactDeep(value, redact) : kept);
  }
  // BlobsTranscriptStore names blobs by timestamp and insists on a Date.
  if (typeof copy.timestamp === 'string') copy.timestamp = new Date(copy.timestamp);
  return copy as unknown as Activity;
}

const DROP = Symbol('drop');
const CONTENT = Symbol('content');

/** An addressing field as it may be stored, DROP when it is not in its protocol's form, CONTENT for other fields. */
function addressing(key: string, value: unknown): unknown {
  if (ADDRESSING.has(key)) return value;
  if (ACCOUNTS.has(key)) return account(value);
  if (ACCOUNT_LISTS.has(key)) return Array.isArray(value) ? value.map(account) : DROP;
  const form = PROTOCOL_FORMS[key];
  if (!form) return CONTENT;
  return typeof value === 'string' && form.test(value) ? value : DROP;
}

function account(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return DROP;
  const copy: Record<string, unknown> = {};
  for (const field of Object.keys(value)) if (ACCOUNT_FIELDS.has(field)) copy[field] = (value as Record<string, unknown>)[field];
  return copy;
}

/*
 * The copies are built field by field rather than through Object.entries / Object.fromEntries, which made an array
 * per field and per object (each transcript activity is copied: the redaction was ~7 % of what a turn allocates;
 * bench/README.md, "perf-turn16"). A field named "__proto__" (a channel's JSON may carry one) is defined as an own
 * field, as fromEntries did, never set as the copy's prototype.
 */
function redactDeep(value: unknown, redact: Redact): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) put(copy, key, redactDeep((value as Record<string, unknown>)[key], redact));
  return copy;
}

function put(copy: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(copy, key, { value, writable: true, enumerable: true, configurable: true });
  else copy[key] = value;
}

/** Just the message and code: a storage error can carry request details that do not belong in logs. */
function summary(error: unknown): { message: string; code?: unknown } {
  const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
  return { message: typeof message === 'string' ? message.split('\n')[0]! : String(error), code };
}
