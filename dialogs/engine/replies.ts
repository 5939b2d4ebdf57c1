/** Channel-neutral replies: the edge (bot/) renders them as cards, suggested actions or plain text. */
export interface Reply {
  readonly text: string;
  readonly title?: string;
  /** Present on procedure steps ("Step 2 of 6"). */
  readonly step?: { readonly number: number; readonly total: number };
  readonly tip?: string;
  readonly warning?: string;
}

/** What happened in a turn, for logging and analytics (never the user's raw text). */
export interface TurnTrace {
  readonly intent?: string;
  readonly score?: number;
  readonly ranked?: readonly { readonly intent: string; readonly score: number }[];
  readonly action: string;
}

export interface TurnResult<S> {
  readonly replies: readonly Reply[];
  /** Buttons offered after the replies; pressing one sends its label back as text. */
  readonly buttons: readonly string[];
  readonly state: S;
  readonly trace: TurnTrace;
}
