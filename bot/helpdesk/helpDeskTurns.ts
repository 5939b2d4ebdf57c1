import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { HandoffSummary, TurnResult } from '../../dialogs/engine/replies';
import type { ConversationState } from '../../dialogs/engine/state';
import { newTicketId } from '../../dialogs/helpdesk/ticket';
import type { Logger } from '../platform/logger';
import { RateLimiter } from '../platform/rateLimiter';
import type { AnalyticsRecorder } from './analytics/analyticsRecorder';
import type { HandoffContext, HandoffProcessor } from './handoff/handoffProcessor';

type Result = TurnResult<ConversationState>;

/** Where a turn happened. Conversation ids are unique only within a channel. */
export interface TurnAddress {
  readonly channelId: string;
  readonly conversationId: string;
  /** The per-client key of whoever sent the turn (limits new tickets); undefined for this machine's own tools. */
  readonly client?: string;
}

/** Tells the user's channel that a ticket was opened (the host sends Bot Framework's `handoff.initiate` event). */
export type AnnounceHandoff = (handoff: HandoffContext) => Promise<unknown>;

/** A turn result ready to be stored: when the user accepted a handoff, the confirmation is already part of it. */
export interface PreparedTurn extends Result {
  /** The ticket id the confirmation names (reserved here, stored by `complete`). */
  readonly ticketId?: string;
  /** How many replies are the turn's own (the confirmation follows them). */
  readonly ownReplies?: number;
}

/**
 * Where HelpBot meets the help desk, in two calls around the state write:
 * - `prepare` (pure, inside the state transaction, may run more than once): when the engine asks for a ticket,
 *   reserve its id and append engine.confirmHandoff's replies, so the state that is stored is the confirmed one;
 * - `complete` (once, after the state is stored, before anything is sent): record the turn for the report; for a
 *   handoff, store the ticket, have the channel told (`announce`) and queue the clerks' notifications.
 */
export class HelpDeskTurns {
  /** New tickets per client (the turn address's `client`): 5 at once, then one every 3 minutes. */
  private readonly perClient = new RateLimiter(5, 1 / 180, 10_000);

  constructor(
    private readonly engine: ConversationEngine,
    private readonly handoffs: HandoffProcessor,
    private readonly analytics: AnalyticsRecorder,
    private readonly logger: Logger,
  ) {}

  prepare(result: Result): PreparedTurn {
    if (!result.handoff) return result;
    return this.confirmed(result, result.replies.length, newTicketId());
  }

  /** Returns what to send: the prepared turn, or (if the reserved id was taken meanwhile) the same with the real id. */
  async complete(address: TurnAddress, turn: PreparedTurn, text: string, announce: AnnounceHandoff): Promise<Result> {
    const { conversationId, channelId } = address;
    const outcome = turn.handoff && turn.ticketId
      ? await this.handOff(address, turn, turn.handoff, turn.ticketId, announce)
      : { result: turn, opened: false };
    // Conversation ids are unique only within a channel.
    this.analytics.record({ conversationId: `${channelId}/${conversationId}`, result: turn, text, ticketOpened: outcome.opened });
    return outcome.result;
  }

  /**
   * Stores the ticket (or joins the conversation's open one) and tells the channel. A client over its rate of new
   * tickets gets told where to turn instead (the state stored is the same: the handoff is over either way).
   */
  private async handOff(
    address: TurnAddress, turn: PreparedTurn, summary: HandoffSummary, ticketId: string, announce: AnnounceHandoff,
  ): Promise<{ result: Result; opened: boolean }> {
    const { conversationId, channelId, client } = address;
    const mayCreate = () => client === undefined || this.perClient.take(client);
    const ticket = await this.handoffs.open({ conversationId, channelId, summary }, ticketId, mayCreate);
    if (!ticket) {
      this.logger.warn({ conversationId, channelId }, 'handoff refused: too many new tickets from this client');
      return { result: this.unavailable(turn), opened: false };
    }
    try {
      await announce({ ticketId: ticket.id, summary: ticket.summary });
    } catch (error) {
      // A channel that refuses event activities must not cost the user the confirmation: the ticket exists.
      this.logger.warn({ ticketId: ticket.id, channelId, reason: (error as Error).message }, 'handoff.initiate event not delivered');
    }
    // The stored state does not depend on the id (confirmHandoff only clears the handoff), so only the words change.
    return { result: ticket.id === ticketId ? turn : this.confirmed(turn, turn.ownReplies ?? 0, ticket.id), opened: true };
  }

  /** The turn's own replies, then where to turn instead of a ticket. */
  private unavailable(turn: PreparedTurn): Result {
    const instead = this.engine.handoffUnavailable(turn.state);
    return { ...turn, replies: [...turn.replies.slice(0, turn.ownReplies ?? 0), ...instead.replies], buttons: instead.buttons };
  }

  private confirmed(result: Result, ownReplies: number, ticketId: string): PreparedTurn {
    const confirmation = this.engine.confirmHandoff(result.state, ticketId, result.handoff?.contact);
    return {
      ...result,
      replies: [...result.replies.slice(0, ownReplies), ...confirmation.replies],
      buttons: confirmation.buttons,
      state: confirmation.state,
      ticketId,
      ownReplies,
    };
  }
}
