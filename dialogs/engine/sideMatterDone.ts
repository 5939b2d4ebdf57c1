import { isNegation, tokens } from './answerReader';
import { readCommand } from './commandReader';
import type { EngineContext } from './context';
import { isConfident } from './reading';
import type { ConversationState } from './state';
import { isSmallTalk } from './topicAnswers';
import { clauses } from './textMatch';

/**
 * A topic the recognizer gives a statement at most this likely is a lean of its words, not what it is about: "ok i
 * made it just now" leans to undo_link (0.5); "the link page shows someone else's name" is names_dont_match (0.98).
 */
const LEAN = 0.6;

/**
 * "ok the court reset it. now what?", "made the account just now, what's next": while a side topic's question is
 * open, the matter it was about told as done (statements that ask nothing, negate nothing and say nothing still goes
 * wrong), then the walkthrough asked for ("now what", "what's next": a `next` command in the last clause). The side
 * topic is over: the walkthrough starts (the turn asks this only when none is under way). A statement about another topic ("the link page shows someone else's
 * name. now what?") is that topic's question, not this.
 */
export function toldSideMatterDone(ctx: EngineContext, state: ConversationState, text: string): boolean {
  const topic = state.tree?.flowId;
  if (topic === undefined) return false;
  // A court named after it ("ya la recuperé. vamos, distrito de arizona") is where to go on, noted when it starts.
  const parts = withoutCourtAtEnd(ctx, clauses(text));
  if (parts.length < 2) return false;
  if (readCommand(ctx, state, parts[parts.length - 1]!)?.command !== 'next') return false;
  return parts.slice(0, -1).every((part) => toldDone(ctx, topic, part));
}

function toldDone(ctx: EngineContext, topic: string, part: string): boolean {
  const { answers } = ctx;
  const words = tokens(part);
  if (answers.isQuestion(part) || part.includes('?') || words.some(isNegation) || answers.saysStuck(part)) return false;
  // "after that's done, then what" asks about later (content's words that put a time after another), not what was done.
  const later = ctx.content.responses.answers.after;
  if (words.some((word) => later.includes(word))) return false;
  if (ctx.isFrustrated?.(part)) return false;
  const reading = ctx.recognize(part);
  return !isConfident(reading) || reading.intent === topic || isSmallTalk(reading.intent) || reading.score < LEAN;
}

/** The clauses without a last one that only names a court (the court the walkthrough is to go on in). */
function withoutCourtAtEnd(ctx: EngineContext, parts: string[]): string[] {
  const last = parts[parts.length - 1];
  if (parts.length < 3 || last === undefined || ctx.pinnedCourt) return parts;
  const court = ctx.courts.read(last, false);
  const only = court?.kind === 'court' && tokens(ctx.courts.withoutCourts(last, [court.id])).length === 0;
  return only ? parts.slice(0, -1) : parts;
}
