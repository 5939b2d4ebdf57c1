import type { Activity } from '../../platform/activity';

/*
 * The Agents SDK keeps an activity in its own class: the channel id in a private `_channelId` (behind a getter), and
 * a conversation reference's bot under `agent`. Its connector client converts them back when it posts to a channel,
 * but the activities it returns for expectReplies, hands to transcript loggers and passes to send hooks are the class
 * itself. These two functions convert at the host's edge, so everything around the host (HTTP answers, Direct Line,
 * transcripts) sees the Activity protocol's own field names, as with botbuilder.
 */

/**
 * A plain protocol activity from one of the SDK's: a shallow copy with the protocol's names (its nested objects are
 * the SDK activity's, which nothing changes after it was sent or logged). What it feeds copies or serialises it
 * anyway (the HTTP answer, Direct Line's history, the redacting transcript store): a deep JSON copy here cost a few
 * per cent of a turn's CPU (bench/README.md, "Issue 25").
 */
export function toWire(activity: unknown): Partial<Activity> {
  const { _channelId: channelId, ...copy } = activity as Record<string, unknown>;
  if (channelId !== undefined) copy.channelId = String(channelId);
  const relatesTo = copy.relatesTo as Record<string, unknown> | undefined;
  if (relatesTo && relatesTo.agent !== undefined) {
    copy.relatesTo = { ...relatesTo };
    renameReferenceAccount(copy, 'agent', 'bot');
  }
  return copy as Partial<Activity>;
}

/** The protocol activity in the shape the SDK reads (a conversation reference's `bot` is its `agent`). */
export function toSdkShape(activity: Partial<Activity>): Partial<Activity> {
  const relatesTo = activity.relatesTo as Record<string, unknown> | undefined;
  if (!relatesTo || relatesTo.bot === undefined) return activity;
  const copy = { ...activity, relatesTo: { ...relatesTo } };
  renameReferenceAccount(copy as Record<string, unknown>, 'bot', 'agent');
  return copy;
}

function renameReferenceAccount(activity: Record<string, unknown>, from: string, to: string): void {
  const relatesTo = activity.relatesTo as Record<string, unknown> | undefined;
  if (!relatesTo || relatesTo[from] === undefined) return;
  relatesTo[to] = relatesTo[from];
  delete relatesTo[from];
}

const ACCOUNTS = ['from', 'recipient', 'conversation'] as const;
const ACCOUNT_LISTS = ['membersAdded', 'membersRemoved'] as const;

/**
 * An incoming activity the SDK's schema accepts: it refuses an empty string in any optional field (a Teams
 * conversation's `name: ""`, an account's empty `role` …), where botbuilder reads it as absent. Empty optional
 * strings carry nothing, so they are dropped (at the top level and in accounts); `text` may be empty and is kept.
 */
export function withoutEmptyFields(activity: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...dropEmpty(activity, KEPT_WHEN_EMPTY) };
  for (const key of ACCOUNTS) if (isRecord(copy[key])) copy[key] = dropEmpty(copy[key]);
  for (const key of ACCOUNT_LISTS) {
    const list = copy[key];
    if (Array.isArray(list)) copy[key] = list.map((member: unknown) => (isRecord(member) ? dropEmpty(member) : member));
  }
  return copy;
}

const KEPT_WHEN_EMPTY: ReadonlySet<string> = new Set(['text']);
const NONE: ReadonlySet<string> = new Set();

/** The record without its empty strings: itself when it has none (the usual case: no copy per turn). */
function dropEmpty(record: Record<string, unknown>, keep: ReadonlySet<string> = NONE): Record<string, unknown> {
  const empty = Object.keys(record).filter((key) => record[key] === '' && !keep.has(key));
  if (empty.length === 0) return record;
  const copy = { ...record };
  for (const key of empty) delete copy[key];
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An expectReplies answer (`{ activities: [...] }`) with protocol activities; any other body unchanged. */
export function wireBody(body: unknown): unknown {
  const activities = (body as { activities?: unknown } | undefined)?.activities;
  return Array.isArray(activities) ? { ...(body as object), activities: activities.map(toWire) } : body;
}
