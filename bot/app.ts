import type { Server } from 'restify';
import type { Content } from '../dialogs/content/types';
import { INITIAL_STATE, type ConversationState } from '../dialogs/engine/state';
import { redact } from '../dialogs/privacy/redact';
import { createWebChannel } from './channels/web/webChannel';
import { createHelpDesk, type HelpDesk } from './helpdesk/helpDesk';
import { createBotCore, createEngine, createTriage, languageWarmUps } from './host/botCore';
import { createBotHost } from './host/botHost';
import { HelpTurns } from './host/helpTurns';
import { createServer } from './http/server';
import { runBetweenRequests } from './platform/betweenRequests';
import { ClientResolver } from './platform/clientAddress';
import type { Config } from './platform/config';
import type { Logger } from './platform/logger';
import { ConversationStore } from './storage/conversationStore';
import { createStores, type Stores } from './storage/createStores';
import { RedactingTranscriptStore } from './storage/redactingTranscriptStore';
import { StoreHealth } from './storage/storeHealth';
import { createKeep } from './keep/createKeep';
import { MintedTokens } from './keep/mintedTokens';
import { maskCodesIn } from '../dialogs/keep/resumeCode';

export interface App {
  readonly server: Server;
  readonly content: Content;
  /** Closed when the server closes. */
  readonly stores: Stores;
  /** Tickets, analytics, triage and /desk. */
  readonly helpDesk: HelpDesk;
  /** Settles once, after the server closed, the help desk has written its last counts and the stores are closed. */
  readonly released: Promise<void>;
  /**
   * Makes the other languages ready (recognizer trained or loaded from NLU_CACHE_DIR, the engine's readers), so a
   * first message in Spanish does not wait for its training. `npm start` calls it once it listens; it runs in pieces
   * between requests (a request meanwhile waits for one piece, not the whole warm-up) and settles when all have run.
   */
  readonly warmLanguages: () => Promise<void>;
}

/** Replacements for what createApp would build from config (tests: a store that fails on demand). */
export interface AppOverrides {
  readonly stores?: Stores;
}

/**
 * The composition root: content -> recognizer -> engine -> turns -> host (BOT_SDK) -> server, each handed to the next.
 * Throws ContentError / ConfigError before anything listens.
 */
export function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): App {
  const core = createBotCore(config);
  const { content } = core;
  const engine = createEngine(config, core);
  const triage = createTriage(config, core);
  // Opened last, so invalid content or config never leaves the database open.
  const stores = overrides.stores ?? createStores(config, logger);
  const conversations = new ConversationStore<ConversationState>(stores.storage, {
    initial: INITIAL_STATE, ttlMs: config.CONVERSATION_TTL_HOURS * 3_600_000,
    onUnusableState: (key, error) => logger.error({ key, err: error }, 'stored conversation state is unusable: the conversation starts afresh'),
  });
  const clients = new ClientResolver(config.TRUST_PROXY);
  const helpDesk = createHelpDesk({ config, storage: stores.storage, content, engine, triage, recognize: core.recognize, logger, clients });
  // Continue-later codes are secrets too: a transcript keeps only their first half. The link tokens of the bot's own
  // replies are set aside while the rest is read, so a step card reads as the same text in every conversation.
  const minted = new MintedTokens();
  const redactTranscript = (text: string) => minted.redactAround(text, (rest) => maskCodesIn(redact(rest)));
  const transcripts = stores.transcripts && new RedactingTranscriptStore(stores.transcripts, redactTranscript, logger);
  const keep = createKeep({ config, core, engine, storage: stores.storage, conversations, transcripts, logger, ...(transcripts ? { minted } : {}) });
  const turns = new HelpTurns({
    engine, conversations, storageTrouble: content.responses.messages.storageTrouble, logger,
    helpDesk: helpDesk.turns, feedback: helpDesk.feedback, clerks: helpDesk.clerks, keep: keep.turns,
  });
  // BOT_SDK: botbuilder or the Microsoft 365 Agents SDK; everything around the host is the same for both.
  const host = createBotHost({ config, logger, turns, turnErrorText: content.responses.messages.turnError, transcripts });
  // A remote store is probed less often: each probe is a request to it.
  const health = new StoreHealth(stores.storage, { maxAgeMs: config.STORAGE === 'blob' ? 30_000 : 5_000 });
  const store = { dependency: 'store', failure: `the ${config.STORAGE} store cannot take writes`, ok: () => health.writable() };
  const server = createServer({ config, processIncoming: host.processIncoming, logger, clients, readiness: [store] });
  createWebChannel({ config, deliver: host.deliver, logger, clients }).register(server);
  helpDesk.register(server);
  keep.register(server);
  // The help desk writes its last analytics before the store it writes to is closed.
  const released = new Promise<void>((resolve) => {
    server.on('close', () => void helpDesk.close().finally(() => {
      stores.close();
      resolve();
    }));
  });
  return { server, content, stores, helpDesk, released, warmLanguages: () => runBetweenRequests(languageWarmUps(core, engine)) };
}
