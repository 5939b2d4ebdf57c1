import { createHash } from 'node:crypto';
import type { Server } from 'restify';
import type { Content } from '../../dialogs/content/types';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { Triage } from '../../dialogs/helpdesk/triage';
import type { ClientResolver } from '../platform/clientAddress';
import type { Config } from '../platform/config';
import { WrongKeyThrottle } from '../platform/keyThrottle';
import type { Logger } from '../platform/logger';
import type { Storage } from '../storage/storageTypes';
import { AnalyticsRecorder } from './analytics/analyticsRecorder';
import { DeskAuth } from './desk/deskAuth';
import { registerDeskRoutes } from './desk/deskRoutes';
import { DeskSessions } from './desk/deskSessions';
import { HandoffProcessor } from './handoff/handoffProcessor';
import { doublingDelays, RetryQueue } from './handoff/retryQueue';
import { TicketStore } from './handoff/ticketStore';
import { HelpDeskTurns } from './helpDeskTurns';
import { triageHandler } from './triage/triageApi';

export interface HelpDeskDeps {
  readonly config: Config;
  readonly storage: Storage;
  readonly content: Content;
  readonly engine: ConversationEngine;
  /** Built on the chat's recognizer (bot/host/botCore.ts), so questions are filed as the chat understands them. */
  readonly triage: Triage;
  readonly logger: Logger;
  /** Who sent a request (TRUST_PROXY): wrong keys are counted per client. */
  readonly clients: ClientResolver;
  /** Pauses between webhook attempts (tests pass short ones); default from HANDOFF_RETRY_ATTEMPTS. */
  readonly retryDelaysMs?: readonly number[];
}

export interface HelpDesk {
  /** What HelpBot calls around each turn (handoff tickets, analytics). */
  readonly turns: HelpDeskTurns;
  readonly tickets: TicketStore;
  readonly analytics: AnalyticsRecorder;
  /** Adds /desk and /api/triage to the server. */
  register(server: Server): void;
  /** Writes the last analytics and stops background work; call before the store closes. */
  close(): Promise<void>;
}

/** The help desk's composition: tickets, notifications, analytics, triage and the clerks' page. */
export function createHelpDesk(deps: HelpDeskDeps): HelpDesk {
  const { config, storage, content, logger } = deps;
  const tickets = new TicketStore(storage);
  const queue = new RetryQueue({ delaysMs: deps.retryDelaysMs ?? doublingDelays(config.HANDOFF_RETRY_ATTEMPTS) }, logger.child({ part: 'handoff-delivery' }));
  const handoffs = new HandoffProcessor(tickets, queue, {
    webhookUrl: config.HANDOFF_WEBHOOK_URL, webhookSecret: config.HANDOFF_WEBHOOK_SECRET, teamsWebhookUrl: config.HANDOFF_TEAMS_WEBHOOK_URL,
  }, logger.child({ part: 'handoff' }));
  const analytics = new AnalyticsRecorder(storage, content, logger.child({ part: 'analytics' }));
  analytics.start(config.ANALYTICS_FLUSH_SECONDS * 1000);
  // One count of wrong keys per client for /desk and /api/triage: guessing one does not reset the other.
  const throttle = new WrongKeyThrottle();
  const sessions = new DeskSessions(storage, createHash('sha256').update(`desk-key-id:${config.DESK_KEY ?? ''}`).digest('base64url'));
  const auth = new DeskAuth({ key: config.DESK_KEY, bindHost: config.HOST, sessions, clients: deps.clients, throttle });
  if (auth.mode === 'off') logger.info('/desk is off: set DESK_KEY to serve it on a non-loopback HOST');
  return {
    turns: new HelpDeskTurns(deps.engine, handoffs, analytics, logger.child({ part: 'handoff' })),
    tickets,
    analytics,
    register(server: Server): void {
      server.post('/api/triage', triageHandler(deps.triage, { apiKey: config.TRIAGE_API_KEY, clients: deps.clients, throttle }, logger.child({ part: 'triage' })));
      registerDeskRoutes(server, { auth, tickets, analytics, content, reportDays: config.DESK_REPORT_DAYS, logger: logger.child({ part: 'desk' }) });
    },
    async close(): Promise<void> {
      queue.close();
      await analytics.close();
    },
  };
}
