import type { Content } from '../content/types';
import { OTHER_COURT } from './courtDirectory';
import type { ConversationState, Position } from './state';

/**
 * State outlives content: a conversation saved before an edit may point at a node, flow or court that no longer
 * exists. Such positions are dropped (the user starts that part afresh) instead of failing every turn.
 */
export function reconcileState(content: Content, state: ConversationState): ConversationState {
  const walkthrough = keepIfValid(content, state.walkthrough);
  const tree = keepIfValid(content, state.tree);
  const more = state.more && keepIfValid(content, { ...state.more, history: [] }) ? state.more : undefined;
  const courtKnown = state.courtId === undefined || state.courtId === OTHER_COURT || content.courts.has(state.courtId);
  if (walkthrough === state.walkthrough && tree === state.tree && more === state.more && courtKnown) return state;
  const { pending: _pending, more: _more, ...rest } = state;
  return { ...rest, walkthrough, tree, ...(more ? { more } : {}), courtId: courtKnown ? state.courtId : undefined, interrupted: false };
}

function keepIfValid(content: Content, position: Position | undefined): Position | undefined {
  if (!position) return undefined;
  const flow = position.flowId === 'procedure' ? content.procedure.flow : content.topicsByIntent.get(position.flowId)?.flow;
  if (!flow?.nodes.has(position.nodeId)) return undefined;
  const history = position.history.filter((nodeId) => flow.nodes.has(nodeId));
  return history.length === position.history.length ? position : { ...position, history };
}
