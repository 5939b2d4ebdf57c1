import { ConversationState, MemoryStorage } from 'botbuilder';
import type { Server } from 'restify';
import { loadContent } from '../dialogs/content/loader';
import { trainingExamples } from '../dialogs/content/trainingExamples';
import type { Content, Court } from '../dialogs/content/types';
import { ConversationEngine } from '../dialogs/engine/engine';
import { Recognizer } from '../dialogs/nlu/recognizer';
import { createAdapter } from './adapter';
import { ConfigError, type Config } from './config';
import { HelpBot } from './helpBot';
import type { Logger } from './logger';
import { createServer } from './server';

export interface App {
  readonly server: Server;
  readonly content: Content;
}

/**
 * The composition root: content -> recognizer -> engine -> bot -> adapter -> server, each handed to the next.
 * Throws ContentError / ConfigError before anything listens.
 */
export function createApp(config: Config, logger: Logger): App {
  const content = loadContent(config.CONTENT_DIR);
  const pinnedCourt = pinnedCourtOf(content, config.COURT_ID);
  const recognizer = Recognizer.train(trainingExamples(content));
  const engine = new ConversationEngine(content, (text) => recognizer.recognize(text), {
    pinnedCourt, helpDesk: config.HELP_DESK_CONTACT, maxMessageLength: config.MAX_MESSAGE_LENGTH,
  });
  const conversationState = new ConversationState(new MemoryStorage());
  const bot = new HelpBot(engine, conversationState, logger);
  const adapter = createAdapter(config, logger, content.responses.messages.turnError);
  return { server: createServer({ adapter, bot, logger }), content };
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
