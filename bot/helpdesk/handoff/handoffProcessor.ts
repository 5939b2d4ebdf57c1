import type { Logger } from '../../platform/logger';
import { StorageError } from '../../storage/storageErrors';
import { postJson } from './postJson';
import type { RetryQueue } from './retryQueue';
import { teamsTicketMessage } from './teamsCard';
import type { Ticket } from '../../../dialogs/helpdesk/ticket';
import type { NewTicket, TicketStore } from './ticketStore';

export interface HandoffTargets {
  /** Receives `{event: "ticket.created", ticket}` as JSON. */
  readonly webhookUrl?: string;
  readonly webhookSecret?: string;
  /** A Teams incoming-webhook / Workflows URL: receives an Adaptive Card message. */
  readonly teamsWebhookUrl?: string;
}

/** What travels in the handoff.initiate event: enough for a human-agent hub to route and brief the agent. */
export interface HandoffContext {
  readonly ticketId: string;
  readonly summary: Ticket['summary'];
}

/**
 * The help desk's side of a handoff: stores the ticket and notifies the clerks (webhook, Teams) in the background;
 * the host tells the channel (HelpBot sends the Bot Framework `handoff.initiate` event). A store that is down does
 * not cost the user their ticket: its number stands, the write is retried in the background and the notifications
 * still go out.
 */
export class HandoffProcessor {
  constructor(
    private readonly tickets: TicketStore,
    private readonly queue: RetryQueue,
    private readonly targets: HandoffTargets,
    private readonly logger: Logger,
  ) {}

  /**
   * Stores the ticket (under `preferredId` when free) and queues its notifications; never waits for them. A
   * conversation that already has an open ticket gets that one back, brought up to date, and notifies nobody again.
   * A new ticket is made only if `mayCreate` says so (per-client limits); undefined when it did not.
   */
  async open(input: NewTicket, preferredId: string, mayCreate: () => boolean = () => true): Promise<Ticket | undefined> {
    const createdAt = new Date();
    let ticket: Ticket;
    try {
      const opened = await this.tickets.open(input, preferredId, createdAt, mayCreate);
      if (!opened) return undefined;
      ticket = opened.ticket;
      if (opened.joined) {
        this.logger.info({ ticketId: ticket.id, conversationId: input.conversationId }, 'handoff joined the conversation\'s open ticket');
        return ticket;
      }
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      if (!mayCreate()) return undefined;
      const at = createdAt.toISOString();
      ticket = { id: preferredId, status: 'new', createdAt: at, updatedAt: at, ...input };
      this.logger.error({ ticketId: ticket.id, code: error.code }, 'ticket store unavailable; the ticket is kept for a retry');
      this.queue.submit(`store ${ticket.id}`, async () => { await this.tickets.open(input, preferredId, createdAt); });
    }
    this.logger.info({ ticketId: ticket.id, conversationId: input.conversationId, reason: input.summary.reason }, 'handoff ticket opened');
    this.notify(ticket);
    return ticket;
  }

  private notify(ticket: Ticket): void {
    const { webhookUrl, webhookSecret, teamsWebhookUrl } = this.targets;
    if (webhookUrl) {
      const body = { event: 'ticket.created', ticket };
      this.queue.submit(`webhook ${ticket.id}`, () => postJson(webhookUrl, body, { secret: webhookSecret }));
    }
    if (teamsWebhookUrl) {
      this.queue.submit(`teams ${ticket.id}`, () => postJson(teamsWebhookUrl, teamsTicketMessage(ticket)));
    }
  }
}
