import type { Server } from 'restify';
import type { BotCore } from '../host/botCore';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { ConversationState } from '../../dialogs/engine/state';
import { contentVersion } from '../../dialogs/keep/keepReplies';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import type { ConversationStore } from '../storage/conversationStore';
import { KeepKeyStore } from '../storage/keepKeyStore';
import { ResumeCodeStore } from '../storage/resumeCodeStore';
import type { Storage } from '../storage/storageTypes';
import type { TranscriptReader } from './transcriptEntries';
import { CodeThrottle } from './codeThrottle';
import { registerKeepRoutes } from './keepRoutes';
import { KeepTokens } from './keepTokens';
import type { MintedTokens } from './mintedTokens';
import { KeepTurns } from './keepTurns';

export interface KeepDeps {
  readonly config: Config;
  readonly core: BotCore;
  readonly engine: ConversationEngine;
  readonly storage: Storage;
  readonly conversations: ConversationStore<ConversationState>;
  /** The redacting transcript store, when transcripts are kept. */
  readonly transcripts?: TranscriptReader;
  readonly logger: Logger;
  /** Told every link token minted, when the transcript's redactor sets them aside (app.ts). */
  readonly minted?: MintedTokens;
}

export interface Keep {
  readonly turns: KeepTurns;
  register(server: Server): void;
}

/** Wires what users keep (issue 23): the turns the bot hosts, and the pages the links open. */
export function createKeep({ config, core, engine, storage, conversations, transcripts, logger, minted }: KeepDeps): Keep {
  const keys = new KeepKeyStore(storage);
  const tokens = new KeepTokens(() => keys.get(), Date.now, minted);
  const options = { pinnedCourt: core.pinnedCourt, helpDesk: config.HELP_DESK_CONTACT };
  const turns = new KeepTurns({
    content: core.content, localization: core.localization, engine, tokens, codes: new ResumeCodeStore(storage), throttle: new CodeThrottle(), options,
    transcriptsKept: transcripts !== undefined, baseUrl: baseUrlOf(config),
    contentVersion: contentVersion(core.content, ...[...core.localization.byLocale.values()].map((language) => language.content)),
  });
  return {
    turns,
    register: (server) => registerKeepRoutes(server, { content: core.content, localization: core.localization, tokens, conversations, transcripts, options, logger }),
  };
}

/**
 * Where the links point: PUBLIC_BASE_URL, else this server's own address (local mode: the machine it serves).
 * Links must be absolute: chat clients drop relative ones, and the renderer keeps only http(s) links.
 */
export function baseUrlOf(config: Config): string {
  if (config.PUBLIC_BASE_URL) return config.PUBLIC_BASE_URL.replace(/\/+$/, '');
  const host = ['0.0.0.0', '::', ''].includes(config.HOST) ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}`;
}
