import { replyMarkdown } from '../../bot/channels/render/render';
import { countWords } from '../../dialogs/engine/answerParts';
import type { TurnKind, TurnResult } from '../../dialogs/engine/replies';
import type { ConversationState } from '../../dialogs/engine/state';
import { findSecrets } from '../../dialogs/privacy/credentials';

/** What a user would notice about one turn, measured from the engine's result (see README.md, "The vocabulary"). */
export interface TurnObservation {
  /** The turn's kind, and the kinds it also is (README.md, "How kinds are read from the trace"). */
  readonly kinds: readonly string[];
  readonly topic?: string;
  readonly step?: number;
  /** Replies that ask a question needing an answer, and whether the only one is the last bubble. */
  readonly questions: number;
  readonly questionIsLast: boolean;
  readonly buttons: number;
  readonly words: number;
  /** Visible text: every bubble (card text included) and the buttons' labels. */
  readonly text: string;
  readonly keptPlace: boolean;
  readonly offeredPerson: boolean;
  readonly ticket: boolean;
  /** A password the user typed that appears in the reply. */
  readonly leakedSecret: boolean;
  /** The intent recognised or chosen, and what the engine did (its trace). */
  readonly intent?: string;
  readonly action: string;
}

type Result = TurnResult<ConversationState>;

export function observe(before: ConversationState, userText: string, result: Result, ticketMade: boolean): TurnObservation {
  const bubbles = result.replies.map(replyMarkdown);
  const asking = result.replies.map((reply, index) => (reply.asks ? index : -1)).filter((index) => index >= 0);
  const text = [...bubbles, ...result.buttons].join('\n');
  const secrets = findSecrets(userText).map((span) => userText.slice(span.start, span.end));
  return {
    kinds: kindsOf(result),
    topic: result.trace.topic,
    step: result.replies.find((reply) => reply.step)?.step?.number,
    questions: asking.length,
    questionIsLast: asking.length === 0 || asking[asking.length - 1] === result.replies.length - 1,
    buttons: result.buttons.length,
    words: bubbles.reduce((sum, bubble) => sum + countWords(bubble), 0),
    text,
    keptPlace: placeOf(before) === placeOf(result.state),
    offeredPerson: result.trace.asked === 'person_offered',
    ticket: ticketMade,
    leakedSecret: secrets.some((secret) => text.includes(secret)),
    intent: result.trace.intent,
    action: result.trace.action,
  };
}

/**
 * The engine reports one kind per turn; a turn also is the kind of question it ends with when that question is
 * part of its own job: the court asked among the walkthrough's prerequisites is a prerequisite too, and a turn that
 * notes the court and goes on to the next question is that question's kind as well.
 */
function kindsOf(result: Result): string[] {
  const { kind, asked } = result.trace;
  const kinds: TurnKind[] = kind ? [kind] : [];
  const inWalkthrough = result.state.walkthrough !== undefined && !result.state.stopped;
  if (asked === 'court_asked' && inWalkthrough) kinds.push('court_asked', 'prerequisite');
  if (kind === 'court_noted' && asked) kinds.push(asked);
  return [...new Set(kinds)];
}

/** The saved walkthrough position (step or prerequisite), as a user would name it. */
function placeOf(state: ConversationState): string {
  return state.walkthrough ? `${state.walkthrough.flowId}/${state.walkthrough.nodeId}` : '';
}
