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

/**
 * The one question the last turn ended with, which the next message is read against first. The person offer and
 * the contact question live in `handoff`; a node's question is found from the position in focus.
 */
export type PendingQuestion =
  | { readonly kind: 'node' }
  | { readonly kind: 'court'; readonly candidates?: readonly string[] }
  | { readonly kind: 'clarify'; readonly intents: readonly string[] };

export interface ConversationState {
  /** Where the user is in the guided walkthrough, kept while other questions are answered. */
  readonly walkthrough?: Position;
  /** The walkthrough was stopped at the user's request; its position is kept for "continue". */
  readonly stopped?: boolean;
  /** A troubleshooting tree (or a multi-part answer) waiting for the user's choice. */
  readonly tree?: Position;
  /** A question answered while the walkthrough was paused at a step: "continue" and "yes" go back to it. */
  readonly interrupted?: boolean;
  /** The question the last turn asked, if any. */
  readonly pending?: PendingQuestion;
  /** The topics whose buttons the last turn offered without asking ("help"'s menu, suggestions): "the first one". */
  readonly suggested?: readonly string[];
  /** Facts the user's answers established (content `fact` names): a question about one is not asked twice. */
  readonly facts?: readonly string[];
  /** The court the user named (a courts.yaml id), or 'other' when theirs is not listed. */
  readonly courtId?: string;
  /** A long answer was shortened: the node and how many of its parts were shown ("more" shows the rest). */
  readonly more?: { readonly flowId: string; readonly nodeId: string; readonly shown: number };
  /** A person was offered (and why), or the bot is waiting for contact details before creating a ticket. */
  readonly handoff?: { readonly phase: 'offered' | 'contact'; readonly reason: HandoffReason };
  /**
   * A person was offered in this conversation, and whether the user said no: asked for again, a person needs no
   * second offer (the contact question comes at once); anger offers one again unless the user said no.
   */
  readonly personOffer?: 'offered' | 'declined';
  /** The last few turns, redacted, for the help desk's summary. */
  readonly recent?: readonly RecentTurn[];
  /** Consecutive messages the bot could not answer or place. */
  readonly misses: number;
  /** The conversation's language (unset: English), and whether the user chose it (dialogs/locale). */
  readonly locale?: string;
  readonly localeChosen?: boolean;
}

export type HandoffReason = 'asked' | 'repeated_miss' | 'frustrated';

export interface RecentTurn {
  /** What the user said, redacted and shortened. */
  readonly said: string;
  readonly action: string;
  readonly intent?: string;
  readonly score?: number;
  /** The node the bot's answer showed ("flow/node"): what a follow-up's "they" or "it" points back at. */
  readonly node?: string;
}

export const INITIAL_STATE: ConversationState = Object.freeze({ misses: 0 });
