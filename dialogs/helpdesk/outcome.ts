/**
 * Where a conversation stood at its last message of the day, for the resolution figures on /desk. Each conversation
 * has exactly one outcome at a time, so the outcomes of a day add up to its conversations.
 *
 * "Resolved" needs a sign from the user: an answer rated helpful, or the walkthrough followed to its last step.
 * A user who was answered and simply left is "answered, then left", never resolved.
 */
export type Outcome = 'resolved' | 'not_helpful' | 'handed_off' | 'left_in_walkthrough' | 'answered_then_left' | 'unanswered';

export const OUTCOMES: readonly Outcome[] = ['resolved', 'not_helpful', 'handed_off', 'left_in_walkthrough', 'answered_then_left', 'unanswered'];

/** What is known of one conversation on one day. */
export interface ConversationFacts {
  /** Given at least one answer of a topic or a walkthrough step. */
  answered: boolean;
  /** The user's latest rating. */
  rating?: 'helpful' | 'not_helpful';
  handedOff: boolean;
  /** Reached the walkthrough's last step. */
  walkthroughDone: boolean;
  /** The walkthrough step the user is at (0: its questions before step 1); undefined outside the walkthrough. */
  step?: number;
  /** The topic of the last answer ('' before any). */
  topic: string;
}

export interface OutcomeOf {
  readonly outcome: Outcome;
  /** For left_in_walkthrough: the step the user was at. */
  readonly step?: number;
  readonly topic: string;
}

/** Handed to a person first (whatever else happened), then what the user told us, then where they stopped. */
export function outcomeOf(facts: ConversationFacts): OutcomeOf {
  const { topic } = facts;
  if (facts.handedOff) return { outcome: 'handed_off', topic };
  if (facts.rating === 'not_helpful') return { outcome: 'not_helpful', topic };
  if (facts.rating === 'helpful' || facts.walkthroughDone) return { outcome: 'resolved', topic };
  if (facts.step !== undefined) return { outcome: 'left_in_walkthrough', step: facts.step, topic };
  return { outcome: facts.answered ? 'answered_then_left' : 'unanswered', topic };
}

/** The storage form: `left_in_walkthrough@3|start_linking`, `resolved|login_cookies`, `unanswered|`. */
export function outcomeKey(of: OutcomeOf): string {
  return `${of.outcome}${of.step === undefined ? '' : `@${of.step}`}|${of.topic}`;
}

export function parseOutcomeKey(key: string): OutcomeOf | undefined {
  const match = /^([a-z_]+)(?:@(\d+))?\|([a-z_]*)$/.exec(key);
  const outcome = match?.[1] as Outcome | undefined;
  if (!match || !outcome || !OUTCOMES.includes(outcome)) return undefined;
  return { outcome, step: match[2] === undefined ? undefined : Number(match[2]), topic: match[3] ?? '' };
}
