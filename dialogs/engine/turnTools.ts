import type { EngineContext } from './context';
import { courtPlaceholders, resolveCourt } from './courtDirectory';
import { FlowView } from './flowView';
import { Questions } from './questions';
import type { ConversationState } from './state';
import { TopicAnswers } from './topicAnswers';
import { TurnShaper } from './turnShape';
import { Walkthrough } from './walkthrough';

/** The helpers of one turn, rendering for the conversation's court (cheap objects over the shared context). */
export interface TurnTools {
  readonly view: FlowView;
  readonly questions: Questions;
  readonly shaper: TurnShaper;
  readonly walkthrough: Walkthrough;
  readonly answers: TopicAnswers;
}

export function toolsFor(ctx: EngineContext, state: ConversationState): TurnTools {
  const court = resolveCourt(ctx.content, ctx.pinnedCourt, state);
  const view = new FlowView(ctx.content, courtPlaceholders(ctx.content, court, ctx.helpDesk));
  const questions = new Questions(ctx, view);
  const walkthrough = new Walkthrough(ctx, view);
  return {
    view, questions, walkthrough,
    shaper: new TurnShaper(ctx, view, questions),
    answers: new TopicAnswers(ctx, view, questions, walkthrough),
  };
}
