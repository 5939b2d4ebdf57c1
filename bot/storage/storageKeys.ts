/*
 * Every kind of record shares one Storage, told apart by key prefix. Prefixes are also what retention works on
 * (the SQLite sweep removes stale "conversation/" items; an Azure lifecycle rule can match the same prefix).
 * Later kinds (help-desk tickets, analytics events) take their own prefix here, e.g. "ticket/", "event/".
 */

export const CONVERSATION_PREFIX = 'conversation/';
export const USER_PREFIX = 'user/';
/** Signed-in /desk sessions (bot/helpdesk/desk/deskSessions.ts), swept once they can no longer be valid. */
export const DESK_SESSION_PREFIX = 'desk-session/';
export const DESK_SESSION_MS = 8 * 3_600_000;

/** Channel and conversation ids are unique only together (the same id may exist in Teams and Web Chat). */
export function conversationKey(channelId: string, conversationId: string): string {
  return `${CONVERSATION_PREFIX}${channelId}/${conversationId}`;
}

export function userKey(channelId: string, userId: string): string {
  return `${USER_PREFIX}${channelId}/${userId}`;
}
