import { createHash } from 'node:crypto';
import type { Content, Court, KeepMessageKey } from '../content/types';
import { courtPlaceholders, resolveCourt } from '../engine/courtDirectory';
import { FlowView } from '../engine/flowView';
import type { Reply, TurnResult } from '../engine/replies';
import type { ConversationState } from '../engine/state';
import type { Checklist } from './checklist';
import { placeOf, type SavedPlace } from './savedPlace';

type Result = TurnResult<ConversationState>;
type Extra = Readonly<Record<string, string | number>>;

export interface KeepOptions {
  readonly pinnedCourt?: Court;
  readonly helpDesk?: string;
}

/**
 * The bot's answers to keep requests, channel-neutral like the engine's: the state is kept as it is (the user's
 * place is not lost), and while a walkthrough waits its "continue" button is offered, the turn asking nothing.
 */
export class KeepReplies {
  constructor(private readonly content: Content, private readonly options: KeepOptions) {}

  /** A link to a page (checklist or conversation) as a titled reply: a card in Web Chat and Teams. */
  link(state: ConversationState, key: 'keepChecklistLink' | 'keepTranscriptLink', title: KeepMessageKey, extra: Extra): Result {
    return this.answer(state, [{ title: this.say(state, title), text: this.say(state, key, extra) }], key);
  }

  /** The checklist as text, where a channel shows neither cards nor links well (SMS, telephony, e-mail). */
  plainChecklist(state: ConversationState, checklist: Checklist): Result {
    const words = (key: KeepMessageKey) => checklist.words(key);
    const lines = checklist.steps.map((step) => `${step.done ? '[x]' : '[ ]'} ${step.number}. ${step.title}: ${step.text}${step.warning ? ` ${words('keepChecklistImportant')}: ${step.warning}` : ''}`);
    const sources = `${words('keepSourcesHeading')}: ${checklist.sources.map((source) => source.url).join(', ')}`;
    return this.answer(state, [{ text: [this.say(state, 'keepChecklistPlain'), ...lines, sources].join('\n\n') }], 'keepChecklistPlain');
  }

  /** "Continue later": the code and what it brings back, or why there is nothing to keep yet. */
  saved(state: ConversationState, code: string, days: number): Result {
    const place = placeOf(state);
    if (!place) return this.notice(state, 'keepNothingToSave');
    const view = this.view(state);
    const node = view.node(place.walkthrough);
    const extra = { code, days, step: node.step ?? '', title: node.title === undefined ? '' : view.fill(node.title) };
    return this.notice(state, node.step === undefined ? 'keepSavedNoStep' : 'keepSaved', extra);
  }

  /** A message of its own (a refused code, a store that is down …), nothing else changed. */
  notice(state: ConversationState, key: KeepMessageKey, extra: Extra = {}): Result {
    return this.answer(state, [{ text: this.say(state, key, extra) }], key);
  }

  /** The engine's turn at the restored place, after "welcome back". */
  resumed(result: Result): Result {
    const welcome: Reply = { text: this.say(result.state, 'keepResumed') };
    return { ...result, replies: [welcome, ...result.replies], trace: { ...result.trace, action: 'keep_resumed' } };
  }

  /** The line added to step cards: the checklist's link and the offer to continue later. */
  stepLinks(state: ConversationState, checklistUrl: string): string {
    return this.say(state, 'keepStepLinks', { 'checklist.url': checklistUrl });
  }

  say(state: ConversationState, key: KeepMessageKey, extra: Extra = {}): string {
    const stringy = Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, String(value)]));
    return this.view(state).fill(this.content.responses.messages[key], stringy);
  }

  private answer(state: ConversationState, replies: readonly Reply[], action: string): Result {
    const waiting = state.walkthrough !== undefined && !state.pending && !state.handoff;
    // Like any side answer: "continue" then shows the step the user was on, not the next one.
    const next = waiting && !state.stopped ? { ...state, interrupted: true } : state;
    return { replies, buttons: waiting ? [this.content.responses.buttons.resume] : [], state: next, trace: { action, kind: 'answer' } };
  }

  private view(state: ConversationState): FlowView {
    const court = resolveCourt(this.content, this.options.pinnedCourt, state);
    return new FlowView(this.content, courtPlaceholders(this.content, court, this.options.helpDesk));
  }
}

/**
 * The version of the content an answer came from: first 8 hex digits of a SHA-256 over the loaded content, every
 * language's (a change to a Spanish answer is a new version too).
 */
export function contentVersion(...contents: readonly Content[]): string {
  const json = JSON.stringify(contents, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value));
  return createHash('sha256').update(json).digest('hex').slice(0, 8);
}

export type { SavedPlace };
