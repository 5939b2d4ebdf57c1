import type { Request, Response, Server } from 'restify';
import type { Content, KeepMessageKey } from '../../dialogs/content/types';
import type { Localization } from '../../dialogs/engine/ports';
import type { ConversationState } from '../../dialogs/engine/state';
import { checklistFor } from '../../dialogs/keep/checklist';
import type { KeepOptions } from '../../dialogs/keep/keepReplies';
import { fillPlaceholders } from '../../dialogs/engine/placeholders';
import { localeOfTag } from '../../dialogs/locale/channelLocale';
import type { Logger } from '../platform/logger';
import type { ConversationStore } from '../storage/conversationStore';
import { conversationKey } from '../storage/storageKeys';
import { checklistPage, conversationPage, expiredPage } from './keepPages';
import type { KeepPurpose, KeepTokens } from './keepTokens';
import { KEEP_PATHS } from './keepTurns';
import { readTranscript, startedOn, transcriptEntries, type TranscriptReader } from './transcriptEntries';

export interface KeepRoutesDeps {
  readonly content: Content;
  /** The other languages' content: a page is in its conversation's language. */
  readonly localization?: Pick<Localization, 'byLocale'>;
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
  // Until the conversation is read, a page speaks the browser's language (an expired link has no conversation).
  let lang = browserLanguage(req, deps);
  try {
    const grant = await deps.tokens.open(new URL(req.url ?? '', 'http://x').searchParams.get('t'), purpose);
    if (!grant) return sendHtml(res, 404, expiredPage(wordsIn(contentIn(deps, lang)), lang));
    const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
    const state = await deps.conversations.peek(conversationKey(grant.channelId, grant.conversationId));
    lang = deps.localization?.byLocale.has(state.locale ?? '') ? state.locale! : 'en';
    const content = contentIn(deps, lang);
    if (purpose === 'checklist') return sendHtml(res, 200, checklistPage(checklistFor(content, state, deps.options), today, lang));
    const activities = deps.transcripts ? await readTranscript(deps.transcripts, grant.channelId, grant.conversationId) : [];
    return sendHtml(res, 200, conversationPage(transcriptEntries(activities), wordsIn(content), { started: startedOn(activities), today }, lang));
  } catch (error) {
    deps.logger.error({ purpose, err: { message: (error as Error).message } }, 'kept page could not be read');
    const words = wordsIn(contentIn(deps, lang));
    return sendHtml(res, 503, expiredPage(() => words('keepUnavailable'), lang));
  }
}

/** The first language of the browser's Accept-Language the bot speaks, else English. */
function browserLanguage(req: Request, deps: KeepRoutesDeps): string {
  const first = String(req.headers['accept-language'] ?? '').split(',')[0];
  return localeOfTag(first, [...deps.localization?.byLocale.keys() ?? []]) ?? 'en';
}

function contentIn(deps: KeepRoutesDeps, lang: string): Content {
  return deps.localization?.byLocale.get(lang)?.content ?? deps.content;
}

function wordsIn(content: Content): (key: KeepMessageKey, extra?: Readonly<Record<string, string>>) => string {
  return (key, extra = {}) => fillPlaceholders(content.responses.messages[key], extra);
}

function sendHtml(res: Response, status: number, body: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.sendRaw(status, body);
}
