import { LEGAL_QUESTION_INTENT } from '../content/intents';
import type { CardLabels, SourceLink } from '../content/types';

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
  /**
   * The words the edge writes around the reply ("Step 2 of 6", "⚠ Important", "Source"), from the content of the
   * reply's language: the engine sets them on every reply it returns.
   */
  readonly labels?: CardLabels;
  /** This reply is a question that waits for the user's answer (always a turn's last reply; the buttons answer it). */
  readonly asks?: true;
}

/**
 * What kind of turn this was, as a user would name it (the conversation evaluation's vocabulary,
 * tests/conversations-eval/README.md). One per turn.
 */
export type TurnKind =
  | 'welcome' | 'greeting' | 'thanks' | 'goodbye' | 'help_menu'
  | 'prerequisite' | 'step' | 'walkthrough_done' | 'stopped'
  | 'answer' | 'tree_question' | 'clarify' | 'didnt_catch' | 'out_of_scope'
  | 'court_asked' | 'court_noted' | 'credential_warning' | 'too_long'
  | 'person_offered' | 'contact_asked' | 'ticket_created';

/** What happened in a turn, for logging and analytics (never the user's raw text). */
export interface TurnTrace {
  /** The intent recognised or chosen (a button, a choice leading to a topic, a court id for `court`). */
  readonly intent?: string;
  readonly score?: number;
  readonly ranked?: readonly { readonly intent: string; readonly score: number }[];
  /** How the engine handled the message: answer, choice, next, resume, didnt_catch, out_of_scope … */
  readonly action: string;
  /** Always set by the engine (optional only for traces built elsewhere, e.g. in tests). */
  readonly kind?: TurnKind;
  /** The kind of the question the turn ends with (prerequisite, court_asked, person_offered …), if it asks one. */
  readonly asked?: TurnKind;
  /** The intent whose answer the turn shows, when it shows one. */
  readonly topic?: string;
  /** The node the turn showed, as "flow/node" ("procedure/step3", "login_cookies/fixed"). */
  readonly node?: string;
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
  /** The conversation's language (a locale: 'en', 'es'), so the clerk answers in it. */
  readonly language?: string;
}

export interface TurnResult<S> {
  /** At most one of them asks a question (`asks`), and it is the last. */
  readonly replies: readonly Reply[];
  /** Buttons offered after the replies (at most 6); pressing one sends its label back as text. */
  readonly buttons: readonly string[];
  readonly state: S;
  readonly trace: TurnTrace;
  /** Set when the user accepted a handoff: the host creates a ticket, then calls confirmHandoff. */
  readonly handoff?: HandoffSummary;
}

/**
 * The turn placed the message nowhere: "I didn't catch that", or the generic out-of-scope answer. The legal-information
 * boundary is out of scope too, but it answers a question it understood (intents.ts), so other readings never win over it.
 */
export function placedNothing(trace: Pick<TurnTrace, 'kind' | 'topic'>, orDidntCatch = true): boolean {
  if (trace.kind === 'didnt_catch') return orDidntCatch;
  return trace.kind === 'out_of_scope' && trace.topic !== LEGAL_QUESTION_INTENT;
}
