import type { Content } from '../content/types';
import { INITIAL_STATE, type ConversationState, type Position } from '../engine/state';

/**
 * What a continue-later code keeps: the walkthrough's place, the court and the answers given (content fact names
 * such as "efiler"). Nothing the user typed, and nothing that names them.
 */
export interface SavedPlace {
  readonly walkthrough: Position;
  readonly courtId?: string;
  readonly facts?: readonly string[];
}

/** The place to keep, or undefined when the walkthrough has not started (nothing worth a code). */
export function placeOf(state: ConversationState): SavedPlace | undefined {
  if (!state.walkthrough) return undefined;
  return {
    walkthrough: state.walkthrough,
    ...(state.courtId !== undefined ? { courtId: state.courtId } : {}),
    ...(state.facts && state.facts.length > 0 ? { facts: state.facts } : {}),
  };
}

/**
 * The conversation state a code brings back: the saved place in a fresh state (whatever the new chat did before,
 * the code's place wins), paused so that "where was I" shows the same step rather than the next one.
 */
export function restoredState(current: ConversationState, place: SavedPlace): ConversationState {
  return {
    ...INITIAL_STATE,
    recent: current.recent,
    walkthrough: place.walkthrough,
    stopped: true,
    ...(place.courtId !== undefined ? { courtId: place.courtId } : {}),
    ...(place.facts ? { facts: place.facts } : {}),
  };
}

/** Reads a stored place defensively (it comes from storage): undefined when its shape is not a place. */
export function parsePlace(value: unknown, content: Content): SavedPlace | undefined {
  const place = value as Partial<SavedPlace> | null;
  const at = place?.walkthrough;
  if (!at || at.flowId !== 'procedure' || typeof at.nodeId !== 'string' || !Array.isArray(at.history)) return undefined;
  if (!content.procedure.flow.nodes.has(at.nodeId)) return undefined;
  if (place.courtId !== undefined && typeof place.courtId !== 'string') return undefined;
  const facts = Array.isArray(place.facts) ? place.facts.filter((fact): fact is string => typeof fact === 'string') : undefined;
  return { walkthrough: { flowId: 'procedure', nodeId: at.nodeId, history: at.history.filter((id): id is string => typeof id === 'string') },
    ...(place.courtId !== undefined ? { courtId: place.courtId } : {}), ...(facts ? { facts } : {}) };
}
