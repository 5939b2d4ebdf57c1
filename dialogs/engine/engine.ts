import type { Content, Court } from '../content/types';
import { containsSecret } from '../privacy/credentials';
import type { TurnResult } from './replies';
import { INITIAL_STATE, type ConversationState } from './state';
import { HandoffLayer, type IsFrustrated } from './handoff';
import { reconcileState } from './reconcile';
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
  /** Spots a clearly frustrated user, to offer a person (default: never). */
  readonly isFrustrated?: IsFrustrated;
}

/** The conversation engine: plain functions of (state, text), so any channel or SDK can host it. */
export class ConversationEngine {
  private readonly deps: TurnDeps;
  private readonly handoff: HandoffLayer;

  constructor(content: Content, recognize: Recognize, options: EngineOptions) {
    this.deps = { content, recognize, ...options };
    this.handoff = new HandoffLayer(this.deps, options.isFrustrated ?? (() => false));
  }

  welcome(state: ConversationState = INITIAL_STATE): TurnResult<ConversationState> {
    return new Turn(this.deps, reconcileState(this.deps.content, state)).welcome();
  }

  /** One user message. A result with `handoff` set asks the host to create a ticket, then call confirmHandoff. */
  turn(saved: ConversationState, text: string): TurnResult<ConversationState> {
    const state = reconcileState(this.deps.content, saved);
    // A password typed at any moment gets the warning first, even while contact details are asked for.
    const handled = containsSecret(text) ? undefined : this.handoff.before(state, text);
    if (handled) return handled;
    const result = new Turn(this.deps, state).handle(text);
    return result.trace.action === 'credential_warning' ? result : this.handoff.after(state, text, result);
  }

  confirmHandoff(state: ConversationState, ticketId: string, contactGiven: boolean): TurnResult<ConversationState> {
    return this.handoff.confirm(reconcileState(this.deps.content, state), ticketId, contactGiven);
  }

  /** Instead of confirmHandoff when the host could not take the ticket (too many from the user's network). */
  handoffUnavailable(state: ConversationState): TurnResult<ConversationState> {
    return this.handoff.unavailable(reconcileState(this.deps.content, state));
  }
}
