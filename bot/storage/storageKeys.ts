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
/** Which answer each rateable Teams message showed (bot/helpdesk/feedback), swept with conversations. */
export const RATED_MESSAGE_PREFIX = 'rated-message/';

/** Channel and conversation ids are unique only together (the same id may exist in Teams and Web Chat). */
export function conversationKey(channelId: string, conversationId: string): string {
  return `${CONVERSATION_PREFIX}${channelId}/${conversationId}`;
}

export function userKey(channelId: string, userId: string): string {
  return `${USER_PREFIX}${channelId}/${userId}`;
}
/** Continue-later codes (bot/storage/resumeCodeStore.ts), by a hash of the code; swept once they have expired. */
export const RESUME_CODE_PREFIX = 'resume-code/';
export const RESUME_CODE_MS = 7 * 24 * 3_600_000;
/** The key that seals the links users keep (bot/storage/keepKeyStore.ts). */
export const KEEP_KEY = 'keep-key/links';
