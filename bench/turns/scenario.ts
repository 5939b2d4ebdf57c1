/*
 * The load the turn benchmark sends: one cycle of three conversations a virtual user goes through, again and again,
 * each with a fresh conversation id. Walkthrough turns dominate, as in real use, then a troubleshooting detour and
 * out-of-scope messages. The echo bot gets exactly the same messages.
 */

/** One message of the script. */
export interface ScriptedTurn {
  readonly text: string;
  /** This turn starts a new conversation (a fresh conversation id). */
  readonly newConversation?: boolean;
}

export const MIXED_SCRIPT: readonly ScriptedTurn[] = [
  // The guided walkthrough, checks then the six steps.
  { text: 'how do I link my account', newConversation: true },
  { text: 'yes' },
  { text: 'yes' },
  { text: 'Yes, it is upgraded' },
  { text: 'Yes, I know them' },
  { text: 'next' },
  { text: 'next' },
  { text: 'next' },
  { text: 'next' },
  { text: 'next' },
  // Troubleshooting questions.
  { text: "there's no link under Utilities", newConversation: true },
  { text: 'yes' },
  { text: 'how do I clear cookies' },
  { text: 'no' },
  // Out of scope.
  { text: "what's the weather tomorrow", newConversation: true },
  { text: 'can you book me a flight' },
];

/** Two turns per conversation: how the 10,000 conversations of the memory figure are made. */
export const MEMORY_SCRIPT: readonly ScriptedTurn[] = [
  { text: 'how do I link my account', newConversation: true },
  { text: 'yes' },
];

/** A Bot Framework message activity asking for its replies in the HTTP response (no credentials, no callback). */
export function activityJson(conversationId: string, text: string, seq: number): string {
  return JSON.stringify({
    type: 'message', id: String(seq), deliveryMode: 'expectReplies', channelId: 'bench', serviceUrl: 'http://127.0.0.1',
    from: { id: `user-${conversationId}` }, recipient: { id: 'bot' }, conversation: { id: conversationId }, text,
  });
}
