/**
 * Everything the engine remembers about one conversation. Kept small and plain (JSON) because it is stored
 * once per conversation; anything derivable from content (labels, texts) is looked up, not stored.
 */
export interface Position {
  /** 'procedure' or a topic's intent. */
  readonly flowId: string;
  readonly nodeId: string;
  /** Node ids visited before this one in the same flow, for "back". */
  readonly history: readonly string[];
}

export interface ConversationState {
  /** Where the user is in the guided walkthrough, kept while other questions are answered. */
  readonly walkthrough?: Position;
  /** A troubleshooting tree (or a multi-part answer) waiting for the user's choice. */
  readonly tree?: Position;
  /** The last answer given outside a tree, whose suggestion buttons are still on screen. */
  readonly lastAnswer?: Position;
  /** A question answered while the walkthrough was paused: the bot offered to go back. */
  readonly interrupted?: boolean;
  /** Intents offered by "Did you mean …?". */
  readonly clarifying?: readonly string[];
  /** The court the user named (a courts.yaml id), or 'other' when theirs is not listed. */
  readonly courtId?: string;
  /** Consecutive messages the bot could not answer. */
  readonly misses: number;
}

export const INITIAL_STATE: ConversationState = Object.freeze({ misses: 0 });
