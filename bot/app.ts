import { TranscriptLoggerMiddleware } from 'botbuilder';
import type { Server } from 'restify';
import { loadContent } from '../dialogs/content/loader';
import { trainingExamples } from '../dialogs/content/trainingExamples';
import type { Content, Court } from '../dialogs/content/types';
import { ConversationEngine, type Recognize } from '../dialogs/engine/engine';
import { INITIAL_STATE, type ConversationState } from '../dialogs/engine/state';
import { FrustrationDetector } from '../dialogs/nlu/frustration';
import { redact } from '../dialogs/privacy/redact';
import { trainRecognizer } from './nluCache';
import { createAdapter } from './adapter';
import { ConfigError, type Config } from './config';
import { createHelpDesk, type HelpDesk } from './desk/helpDesk';
import { HelpBot } from './helpBot';
import type { Logger } from './logger';
import { createServer } from './server';
import { createWebChannel } from './web/webChannel';
import { ConversationStore } from './storage/conversationStore';
import { createStores, type Stores } from './storage/createStores';
import { RedactingTranscriptStore } from './storage/redactingTranscriptStore';
import { triageRulesOf } from './triage/triageRules';

export interface App {
  readonly server: Server;
  readonly content: Content;
  /** Closed when the server closes. */
  readonly stores: Stores;
  /** Tickets, analytics, triage and /desk. */
  readonly helpDesk: HelpDesk;
  /** Settles once, after the server closed, the help desk has written its last counts and the stores are closed. */
  readonly released: Promise<void>;
}

/** Replacements for what createApp would build from config (tests: a store that fails on demand). */
export interface AppOverrides {
  readonly stores?: Stores;
}

/**
 * The composition root: content -> recognizer -> engine -> bot -> adapter -> server, each handed to the next.
 * Throws ContentError / ConfigError before anything listens.
 */
export function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): App {
  const content = loadContent(config.CONTENT_DIR);
  const nlu = trainNlu(content, config.NLU_CACHE_DIR);
  const engine = createEngine(config, content, nlu);
  const triageRules = triageRulesOf(content);
  // Opened last, so invalid content or config never leaves the database open.
  const stores = overrides.stores ?? createStores(config, logger);
  const conversations = new ConversationStore<ConversationState>(stores.storage, {
    initial: INITIAL_STATE, ttlMs: config.CONVERSATION_TTL_HOURS * 3_600_000,
  });
  const helpDesk = createHelpDesk({
    config, storage: stores.storage, content, engine, ...nlu, triageRules, pinnedCourt: pinnedCourtOf(content, config.COURT_ID), logger,
  });
  const bot = new HelpBot(engine, conversations, content.responses.messages.storageTrouble, logger, helpDesk.turns);
  const adapter = createAdapter(config, logger, content.responses.messages.turnError);
  if (stores.transcripts) adapter.use(new TranscriptLoggerMiddleware(new RedactingTranscriptStore(stores.transcripts, redact, logger)));
  const server = createServer({ config, adapter, bot, logger });
  createWebChannel({ config, adapter, bot, logger }).register(server);
  helpDesk.register(server);
  // The help desk writes its last analytics before the store it writes to is closed.
  const released = new Promise<void>((resolve) => {
    server.on('close', () => void helpDesk.close().finally(() => {
      stores.close();
      resolve();
    }));
  });
  return { server, content, stores, helpDesk, released };
}

/** Content -> recognizer -> engine, as the bot uses it (also the terminal chat's engine: `npm run chat`). */
export function createEngine(config: Config, content: Content, nlu: Nlu = trainNlu(content)): ConversationEngine {
  const pinnedCourt = pinnedCourtOf(content, config.COURT_ID);
  return new ConversationEngine(content, nlu.recognize, {
    pinnedCourt, helpDesk: config.HELP_DESK_CONTACT, maxMessageLength: config.MAX_MESSAGE_LENGTH, isFrustrated: nlu.isFrustrated,
  });
}

/** The recognizer and frustration check trained from the content, shared by the chat and the help desk's triage. */
export interface Nlu {
  readonly recognize: Recognize;
  readonly isFrustrated: (text: string) => boolean;
}

/** `cacheDir` (NLU_CACHE_DIR): keep the trained model there and reuse it while content and code are unchanged. */
export function trainNlu(content: Content, cacheDir?: string): Nlu {
  const examples = trainingExamples(content);
  const recognizer = trainRecognizer(examples, cacheDir);
  const frustration = FrustrationDetector.forContent(content);
  return { recognize: (text) => recognizer.recognize(text), isFrustrated: (text) => frustration.isFrustrated(text) };
}

/** The court a deployment serves (COURT_ID), checked against the content; unset, the bot asks users. */
function pinnedCourtOf(content: Content, courtId: string | undefined): Court | undefined {
  if (courtId === undefined) return undefined;
  const court = content.courts.get(courtId);
  if (!court) {
    throw new ConfigError(`Invalid configuration:\n- COURT_ID: "${courtId}" is not in content/courts.yaml (known: ${[...content.courts.keys()].join(', ')})`);
  }
  return court;
}
