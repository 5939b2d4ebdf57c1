import type { SourceLink } from '../content/types';

/** Channel-neutral replies: the edge (bot/) renders them as cards, suggested actions or plain text. */
export interface Reply {
  readonly text: string;
  readonly title?: string;
  /** Present on procedure steps ("Step 2 of 6"). */
  readonly step?: { readonly number: number; readonly total: number };
  readonly tip?: string;
  readonly warning?: string;
  /** Where an answer's facts come from (answers and steps; not the bot's own messages). */
  readonly source?: SourceLink;
}

/** What happened in a turn, for logging and analytics (never the user's raw text). */
export interface TurnTrace {
  readonly intent?: string;
  readonly score?: number;
  readonly ranked?: readonly { readonly intent: string; readonly score: number }[];
  readonly action: string;
  /** The answer shown asks for a person to be offered (content flag `handoff`). */
  readonly offerHandoff?: boolean;
}

/** What a clerk needs to act on a handed-over conversation without reading the transcript. */
export interface HandoffSummary {
  readonly reason: 'asked' | 'repeated_miss' | 'frustrated';
  readonly court: string;
  readonly courtId?: string;
  readonly whereInProcedure: string;
  readonly tried: readonly string[];
  readonly topics: readonly { readonly intent: string; readonly score: number }[];
  /** The user's recent messages, redacted (no passwords, e-mails, phones, SSNs or card numbers). */
  readonly userWords: readonly string[];
  /** Contact details the user gave for this purpose, with consent. */
  readonly contact?: string;
  readonly suggestedReply?: string;
}

export interface TurnResult<S> {
  readonly replies: readonly Reply[];
  /** Buttons offered after the replies; pressing one sends its label back as text. */
  readonly buttons: readonly string[];
  readonly state: S;
  readonly trace: TurnTrace;
  /** Set when the user accepted a handoff: the host creates a ticket, then calls confirmHandoff. */
  readonly handoff?: HandoffSummary;
}
