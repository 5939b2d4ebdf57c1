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
  /** A person was offered (and why), or the bot is waiting for contact details before creating a ticket. */
  readonly handoff?: { readonly phase: 'offered' | 'contact'; readonly reason: HandoffReason };
  /** A person was already offered because the user sounded frustrated: don't nag. */
  readonly frustrationOffered?: boolean;
  /** The last few turns, redacted, for the help desk's summary. */
  readonly recent?: readonly RecentTurn[];
  /** Consecutive messages the bot could not answer. */
  readonly misses: number;
}

export type HandoffReason = 'asked' | 'repeated_miss' | 'frustrated';

export interface RecentTurn {
  /** What the user said, redacted and shortened. */
  readonly said: string;
  readonly action: string;
  readonly intent?: string;
  readonly score?: number;
}

export const INITIAL_STATE: ConversationState = Object.freeze({ misses: 0 });
