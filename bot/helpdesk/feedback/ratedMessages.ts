import { createHash } from 'node:crypto';
import { readItem } from '../../storage/etagUpdate';
import { RATED_MESSAGE_PREFIX } from '../../storage/storageKeys';
import type { Storage } from '../../storage/storageTypes';

interface RatedMessage {
  /** The answer's `refKey` (no user text). */
  readonly answer: string;
}

/**
 * Teams' feedback names only the message it is about: which answer each rateable Teams message showed. Swept with
 * conversations (SQLite); on Blob Storage they live in the state container, under its lifecycle rule.
 */
export class RatedMessages {
  constructor(private readonly storage: Storage) {}

  async remember(channelId: string, conversationId: string, activityId: string, answer: string): Promise<void> {
    await this.storage.write({ [keyOf(channelId, conversationId, activityId)]: { answer } satisfies RatedMessage });
  }

  async answerOf(channelId: string, conversationId: string, activityId: string): Promise<string | undefined> {
    return (await readItem<RatedMessage>(this.storage, keyOf(channelId, conversationId, activityId)))?.answer;
  }
}

/** Hashed: ids of any length or alphabet make a short key that every store accepts. */
function keyOf(channelId: string, conversationId: string, activityId: string): string {
  return RATED_MESSAGE_PREFIX + createHash('sha256').update(JSON.stringify([channelId, conversationId, activityId])).digest('base64url');
}
