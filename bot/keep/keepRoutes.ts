import type { Request, Response, Server } from 'restify';
import type { Content, KeepMessageKey } from '../../dialogs/content/types';
import type { ConversationState } from '../../dialogs/engine/state';
import { checklistFor } from '../../dialogs/keep/checklist';
import type { KeepOptions } from '../../dialogs/keep/keepReplies';
import { fillPlaceholders } from '../../dialogs/engine/placeholders';
import type { Logger } from '../platform/logger';
import type { ConversationStore } from '../storage/conversationStore';
import { conversationKey } from '../storage/storageKeys';
import { checklistPage, conversationPage, expiredPage } from './keepPages';
import type { KeepPurpose, KeepTokens } from './keepTokens';
import { KEEP_PATHS } from './keepTurns';
import { readTranscript, startedOn, transcriptEntries, type TranscriptReader } from './transcriptEntries';

export interface KeepRoutesDeps {
  readonly content: Content;
  readonly tokens: KeepTokens;
  readonly conversations: ConversationStore<ConversationState>;
  /** The redacted transcripts (unset when TRANSCRIPT_RETENTION_DAYS is 0). */
  readonly transcripts?: TranscriptReader;
  readonly options: KeepOptions;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/**
 * GET /keep/checklist?t=… and GET /keep/conversation?t=…: the pages behind the links the bot gives in a chat.
 * The token is the only key (bot/keep/keepTokens.ts): it opens the one conversation it was minted for, for its
 * one purpose, until it expires. Anything else gets the same 404 page, which says nothing about why.
 */
export function registerKeepRoutes(server: Server, deps: KeepRoutesDeps): void {
  server.get(KEEP_PATHS.checklist, (req, res) => serve(req, res, deps, 'checklist'));
  server.get(KEEP_PATHS.conversation, (req, res) => serve(req, res, deps, 'conversation'));
}

async function serve(req: Request, res: Response, deps: KeepRoutesDeps, purpose: KeepPurpose): Promise<void> {
  const words = (key: KeepMessageKey, extra: Readonly<Record<string, string>> = {}) => fillPlaceholders(deps.content.responses.messages[key], extra);
  try {
    const grant = await deps.tokens.open(new URL(req.url ?? '', 'http://x').searchParams.get('t'), purpose);
    if (!grant) return sendHtml(res, 404, expiredPage(words));
    const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
    if (purpose === 'checklist') {
      const state = await deps.conversations.peek(conversationKey(grant.channelId, grant.conversationId));
      return sendHtml(res, 200, checklistPage(checklistFor(deps.content, state, deps.options), today));
    }
    const activities = deps.transcripts ? await readTranscript(deps.transcripts, grant.channelId, grant.conversationId) : [];
    return sendHtml(res, 200, conversationPage(transcriptEntries(activities), words, { started: startedOn(activities), today }));
  } catch (error) {
    deps.logger.error({ purpose, err: { message: (error as Error).message } }, 'kept page could not be read');
    return sendHtml(res, 503, page503(words));
  }
}

function page503(words: (key: KeepMessageKey) => string): string {
  return expiredPage(() => words('keepUnavailable'));
}

function sendHtml(res: Response, status: number, body: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.sendRaw(status, body);
}
