import { tokens } from './answerReader';
import type { EngineContext } from './context';
import type { FlowView } from './flowView';
import { activeWalkthrough } from './questions';
import type { ConversationState } from './state';
import { clauses } from './textMatch';

/** A remark this short at a step that the recognizer cannot place, pointing at something, is about the step ("found it"). */
const REMARK_WORDS = 5;
/** A question sharing this many of the step card's words is about the card ("where do i find document filing system"). */
const SHARED_WORDS = 2;
/** Shorter words are too common to tie a question to a card. */
const MIN_WORD = 4;

/**
 * What a message the recognizer cannot place is, when a step card is on screen and nothing else waits: a question
 * in the card's own words ('explain': the step's explanation), or a short remark ('acknowledge'). Either keeps
 * the place; neither is "outside what I can help with".
 */
export function remarkOnStep(ctx: EngineContext, view: FlowView, state: ConversationState, text: string): 'explain' | 'acknowledge' | undefined {
  const at = state.tree || state.pending || state.handoff ? undefined : activeWalkthrough(state, view);
  if (!at || view.node(at).step === undefined) return undefined;
  const card = view.render(at);
  const cardWords = new Set(tokens([card.title, card.text, card.tip].filter(Boolean).join(' ')));
  const shared = new Set(tokens(text).filter((word) => word.length >= MIN_WORD && cardWords.has(word))).size;
  if (ctx.answers.isQuestion(text)) return shared >= SHARED_WORDS ? 'explain' : undefined;
  // A yes at a step answers a question already behind ("like i said, ED Pa, and yes to all of it": the walkthrough took
  // its answers from an earlier message): agreement, acknowledged.
  if (clauses(text).some((clause) => ctx.answers.polarity(clause)?.polarity === 'yes')) return 'acknowledge';
  // A remark points at something ("found it") or names the card ("ok the login page is open"); "purple monkey" does not.
  const aboutCard = ctx.answers.refersBack(text) || shared > 0;
  return aboutCard && tokens(text).length <= REMARK_WORDS ? 'acknowledge' : undefined;
}
