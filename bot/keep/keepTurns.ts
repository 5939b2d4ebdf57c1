import type { Content } from '../../dialogs/content/types';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { TurnResult } from '../../dialogs/engine/replies';
import type { ConversationState } from '../../dialogs/engine/state';
import { checklistFor } from '../../dialogs/keep/checklist';
import type { Localization } from '../../dialogs/engine/ports';
import { KeepReader, KeepReaders, type KeepRequest } from '../../dialogs/keep/keepReader';
import { KeepReplies, type KeepOptions } from '../../dialogs/keep/keepReplies';
import { isWellFormed, maskCode, newResumeCode } from '../../dialogs/keep/resumeCode';
import { parsePlace, placeOf, restoredState } from '../../dialogs/keep/savedPlace';
import { channelProfile } from '../channels/render/render';
import { channelLocale } from '../channels/teams/teamsInput';
import type { Activity } from '../platform/activity';
import type { ResumeCodeStore } from '../storage/resumeCodeStore';
import type { CodeThrottle } from './codeThrottle';
import type { KeepPurpose, KeepTokens } from './keepTokens';

type Result = TurnResult<ConversationState>;

/** How long the links last: the checklist is printed soon; the conversation link is short-lived, it shows more. */
export const CHECKLIST_LINK_MS = 24 * 3_600_000;
export const TRANSCRIPT_LINK_MS = 2 * 3_600_000;
/** Where the pages are served (bot/keep/keepRoutes.ts). */
export const KEEP_PATHS: Readonly<Record<KeepPurpose, string>> = { checklist: '/keep/checklist', conversation: '/keep/conversation' };

/** A keep request, planned before the turn: the step runs inside the conversation's transaction, `finish` after it. */
export interface KeepPlan {
  /** Pure (may run again after an eTag conflict). */
  step(state: ConversationState): Result;
  /** After the state is stored: anything the answer needs kept (a code), and the answer to send. */
  finish<R extends Result>(result: R): Promise<R>;
  /** What the log and analytics may see of the message (a code only masked). */
  readonly said: string;
}

export interface KeepTurnsDeps {
  readonly content: Content;
  /** The other languages' content (content/locales/), and the language a conversation starts in. */
  readonly localization?: Pick<Localization, 'byLocale' | 'initial'>;
  readonly engine: ConversationEngine;
  readonly tokens: KeepTokens;
  readonly codes: ResumeCodeStore;
  readonly throttle: CodeThrottle;
  readonly options: KeepOptions;
  /** False when TRANSCRIPT_RETENTION_DAYS is 0: there is no conversation to give. */
  readonly transcriptsKept: boolean;
  /** The public address links start with (PUBLIC_BASE_URL); '' for links relative to the bot's own page. */
  readonly baseUrl: string;
  /** contentVersion(content), computed once. */
  readonly contentVersion: string;
}

/** Where the turn comes from: the conversation it belongs to, and the client (for the code throttle). */
export interface KeepAddress {
  readonly channelId: string;
  readonly conversationId: string;
  readonly client?: string;
  /** The channel's language tag ("es-MX"), for a conversation that has no language yet. */
  readonly locale?: string;
}

/** One language's side of keep: its content, and the answers in its words. */
interface KeepSpeaker {
  readonly content: Content;
  readonly replies: KeepReplies;
}

/**
 * The host's side of what users keep (issue 23): it reads a keep request before the engine's turn, mints links,
 * keeps and redeems continue-later codes, and puts the checklist link on step cards. Everything said comes from
 * content (KeepReplies); nothing here runs on a turn that is not a keep request, except the step-card link.
 */
export class KeepTurns {
  private readonly readers: KeepReaders;
  /** Every language's content and replies, English first; built once (a few maps each). */
  private readonly speakers: ReadonlyMap<string, KeepSpeaker>;

  constructor(private readonly deps: KeepTurnsDeps) {
    const contents = new Map([['en', deps.content], ...[...deps.localization?.byLocale ?? []].map(([locale, { content }]) => [locale, content] as const)]);
    this.speakers = new Map([...contents].map(([locale, content]) => [locale, { content, replies: new KeepReplies(content, deps.options) }]));
    this.readers = new KeepReaders(new Map([...contents].map(([locale, content]) => [locale, new KeepReader(content.responses, locale)])));
  }

  /** The plan for a keep request, or undefined for any other message (the engine's turn). May throw StorageError. */
  async plan(address: KeepAddress, text: string): Promise<KeepPlan | undefined> {
    const read = this.readers.read(text);
    if (!read) return undefined;
    const { request, locales } = read;
    const plan = await this.planFor(address, request, text);
    // The answer is in the conversation's language, or in the language the request was written in.
    return { ...plan, step: (state) => plan.step(this.inLanguage(state, locales, address.locale)) };
  }

  private planFor(address: KeepAddress, request: KeepRequest, text: string): Promise<KeepPlan> | KeepPlan {
    switch (request.kind) {
      case 'checklist': return this.checklist(address);
      case 'transcript': return this.transcript(address);
      case 'saveplace': return this.savePlace(text);
      case 'code': return this.redeem(address, request.code);
    }
  }

  /**
   * The state with the turn's language, chosen as the engine would for words it reads in one language only: the
   * user's own choice wins; else the conversation's language (or the channel's) when the request is in it; else the
   * language of the request's words ("dame los pasos" in a conversation begun in English).
   */
  private inLanguage(state: ConversationState, locales: readonly string[], channelTag: string | undefined): ConversationState {
    const current = this.deps.localization?.initial(state, channelTag) ?? 'en';
    const locale = state.localeChosen || locales.includes(current) ? current : locales[0] ?? current;
    return locale === state.locale ? state : { ...state, locale };
  }

  /** The content and replies of the conversation's language (English when it has none the bot speaks). */
  private speaker(state: ConversationState): KeepSpeaker {
    return this.speakers.get(state.locale ?? 'en') ?? this.speakers.get('en')!;
  }

  /**
   * Step cards get a line with the checklist's link and the offer to continue later; stopping at a step gets the
   * offer of a code. A cheap check on every turn: a link is minted only for a turn that shows a step.
   */
  async withStepLinks(result: TurnResult<unknown>, address: KeepAddress): Promise<TurnResult<unknown>> {
    const state = result.state as ConversationState;
    if (result.trace.kind === 'stopped' && state.walkthrough && state.stopped) {
      return { ...result, replies: [...result.replies, { text: this.speaker(state).replies.say(state, 'keepStopOffer') }] };
    }
    if (!result.replies.some((reply) => reply.step !== undefined) || channelProfile(address.channelId) === 'plain') return result;
    // The link is extra: a store that cannot give the links' key must not cost the user their step.
    const url = await this.url('checklist', address).catch(() => undefined);
    if (url === undefined) return result;
    const replies = result.replies.map((reply) => (reply.step === undefined ? reply : { ...reply, text: `${reply.text}\n\n${this.speaker(state).replies.stepLinks(state, url)}` }));
    return { ...result, replies };
  }

  private async checklist(address: KeepAddress): Promise<KeepPlan> {
    if (channelProfile(address.channelId) === 'plain') {
      return this.immediate((state) => {
        const { content, replies } = this.speaker(state);
        return replies.plainChecklist(state, checklistFor(content, state, this.deps.options));
      }, 'checklist');
    }
    const url = await this.url('checklist', address);
    return this.immediate((state) => this.speaker(state).replies.link(state, 'keepChecklistLink', 'keepChecklistTitle',
      { 'checklist.url': url, hours: CHECKLIST_LINK_MS / 3_600_000 }), 'checklist');
  }

  private async transcript(address: KeepAddress): Promise<KeepPlan> {
    if (!this.deps.transcriptsKept) return this.immediate((state) => this.speaker(state).replies.notice(state, 'keepTranscriptOff'), 'transcript');
    const url = await this.url('conversation', address);
    return this.immediate((state) => this.speaker(state).replies.link(state, 'keepTranscriptLink', 'keepTranscriptTitle',
      { 'transcript.url': url, hours: TRANSCRIPT_LINK_MS / 3_600_000 }), 'transcript');
  }

  /** The code is drawn now and shown in the answer; it is stored with the place once the turn's state is stored. */
  private savePlace(text: string): KeepPlan {
    const code = newResumeCode();
    return {
      said: text,
      step: (state) => this.speaker(state).replies.saved(state, code, this.deps.codes.lifetimeDays),
      finish: async <R extends Result>(result: R): Promise<R> => {
        const place = placeOf(result.state);
        if (!place || await this.deps.codes.save(code, place)) return result;
        const { replies, buttons } = this.speaker(result.state).replies.notice(result.state, 'keepUnavailable');
        return { ...result, replies, buttons };
      },
    };
  }

  /** A code typed in: refused alike whether unknown, used or expired; every wrong one counts against guessing. */
  private async redeem(address: KeepAddress, code: string): Promise<KeepPlan> {
    const said = `[continue-later code ${maskCode(code)}]`;
    const conversation = `${address.channelId}/${address.conversationId}`;
    const { throttle } = this.deps;
    if (throttle.locked(conversation, address.client)) return this.immediate((state) => this.speaker(state).replies.notice(state, 'keepCodeThrottled'), said);
    const place = isWellFormed(code) ? parsePlace(await this.deps.codes.redeem(code), this.deps.content) : undefined;
    if (!place) {
      throttle.failed(conversation, address.client);
      return this.immediate((state) => this.speaker(state).replies.notice(state, 'keepCodeRefused'), said);
    }
    // The place comes back in the new chat's language: "where was I" in its words shows it there.
    return this.immediate((state) => {
      const { content, replies } = this.speaker(state);
      const restored = { ...restoredState(state, place), locale: state.locale, localeChosen: state.localeChosen };
      return replies.resumed(this.deps.engine.turn(restored, content.responses.commands.where[0]!));
    }, said);
  }

  private immediate(step: (state: ConversationState) => Result, said: string): KeepPlan {
    return { step, said, finish: (result) => Promise.resolve(result) };
  }

  /** Every message the bot sends carries the version of the content it came from, for the kept conversation. */
  stamped<A extends { channelData?: unknown }>(activities: A[]): A[] {
    for (const activity of activities) activity.channelData = { ...(activity.channelData as object | undefined), contentVersion: this.deps.contentVersion };
    return activities;
  }

  private async url(purpose: KeepPurpose, address: KeepAddress): Promise<string> {
    const lifetime = purpose === 'checklist' ? CHECKLIST_LINK_MS : TRANSCRIPT_LINK_MS;
    const token = await this.deps.tokens.issue({ purpose, channelId: address.channelId, conversationId: address.conversationId }, lifetime);
    return `${this.deps.baseUrl}${KEEP_PATHS[purpose]}?t=${token}`;
  }
}

/** The conversation an activity belongs to, as KeepTurns addresses it. */
export function keepAddress(activity: Activity, client: string | undefined): KeepAddress {
  const locale = channelLocale(activity);
  return { channelId: activity.channelId ?? '', conversationId: activity.conversation?.id ?? '', ...(client !== undefined ? { client } : {}),
    ...(locale !== undefined ? { locale } : {}) };
}
