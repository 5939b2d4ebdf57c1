import type { Content } from '../content/types';
import { containsSecret } from '../privacy/credentials';
import { createContext, type EngineContext } from './context';
import { HandoffLayer } from './handoff';
import type { EngineOptions, Recognize } from './ports';
import { reconcileState } from './reconcile';
import type { TurnResult } from './replies';
import { INITIAL_STATE, type ConversationState } from './state';
import { Turn } from './turn';

export type { EngineOptions, IntentRecognition, IsFrustrated, Recognize } from './ports';

/** The conversation engine: plain functions of (state, text), so any channel or SDK can host it. */
export class ConversationEngine {
  private readonly ctx: EngineContext;
  private readonly handoff: HandoffLayer;

  constructor(content: Content, recognize: Recognize, options: EngineOptions) {
    this.ctx = createContext({ content, recognize, ...options });
    this.handoff = new HandoffLayer(this.ctx);
  }

  welcome(state: ConversationState = INITIAL_STATE): TurnResult<ConversationState> {
    return this.turnOn(state).welcome();
  }

  /** One user message. A result with `handoff` set asks the host to create a ticket, then call confirmHandoff. */
  turn(saved: ConversationState, text: string): TurnResult<ConversationState> {
    return this.turnOn(saved).handle(text, containsSecret(text));
  }

  confirmHandoff(state: ConversationState, ticketId: string, contactGiven: boolean): TurnResult<ConversationState> {
    return this.turnOn(state).confirmHandoff(ticketId, contactGiven);
  }

  /** Instead of confirmHandoff when the host could not take the ticket (too many from the user's network). */
  handoffUnavailable(state: ConversationState): TurnResult<ConversationState> {
    return this.turnOn(state).handoffUnavailable();
  }

  private turnOn(saved: ConversationState): Turn {
    return new Turn(this.ctx, this.handoff, reconcileState(this.ctx.content, saved));
  }
}
