import type { Content, Court } from '../content/types';
import type { TurnResult } from './replies';
import { INITIAL_STATE, type ConversationState } from './state';
import { Turn, type TurnDeps } from './turn';

/** What the engine needs from a recognizer: text in, ranked intents out (see dialogs/nlu/recognizer). */
export interface IntentRecognition {
  readonly intent: string;
  readonly score: number;
  readonly ranked: readonly { readonly intent: string; readonly score: number }[];
  readonly ambiguous: boolean;
}
export type Recognize = (text: string) => IntentRecognition;

export interface EngineOptions {
  /** The court a deployment serves; unset, the bot asks when an answer depends on the court. */
  readonly pinnedCourt?: Court;
  /** How to reach a person when the court's entry has no help desk (from config). */
  readonly helpDesk?: string;
  readonly maxMessageLength: number;
}

/** The conversation engine: plain functions of (state, text), so any channel or SDK can host it. */
export class ConversationEngine {
  private readonly deps: TurnDeps;

  constructor(content: Content, recognize: Recognize, options: EngineOptions) {
    this.deps = { content, recognize, ...options };
  }

  welcome(state: ConversationState = INITIAL_STATE): TurnResult<ConversationState> {
    return new Turn(this.deps, state).welcome();
  }

  turn(state: ConversationState, text: string): TurnResult<ConversationState> {
    return new Turn(this.deps, state).handle(text);
  }
}
