import type { DeliverToBot } from '../channels/directline/directLineService';
import type { ProcessIncoming } from '../http/messagesHandler';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import type { TranscriptLogger } from '../storage/storageTypes';
import type { HelpTurns } from './helpTurns';

/** What the rest of the product needs from a host: the way in for /api/messages and for the built-in Direct Line. */
export interface BotHost {
  readonly sdk: Config['BOT_SDK'];
  readonly processIncoming: ProcessIncoming;
  readonly deliver: DeliverToBot;
}

export interface BotHostDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly turns: HelpTurns;
  /** Said when a turn fails (content: messages.turnError). */
  readonly turnErrorText: string;
  /** Receives every activity in and out (already wrapped in the redactor). */
  readonly transcripts?: TranscriptLogger;
}

/**
 * The host BOT_SDK names. The Agents SDK is loaded only when chosen, so a botbuilder deployment pays nothing for it
 * (and the reverse: botbuilder's host module is not loaded by an agents deployment).
 */
export function createBotHost(deps: BotHostDeps): BotHost {
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (deps.config.BOT_SDK === 'agents') return (require('./agents/agentsHost') as typeof import('./agents/agentsHost')).createAgentsHost(deps);
  return (require('./botbuilderHost') as typeof import('./botbuilderHost')).createBotbuilderHost(deps);
  /* eslint-enable @typescript-eslint/no-require-imports */
}
