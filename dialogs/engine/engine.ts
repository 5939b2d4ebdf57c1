import type { Content } from '../content/types';
import { containsSecret } from '../privacy/credentials';
import { createContext, type EngineContext } from './context';
import { HandoffLayer } from './handoff';
import type { EngineOptions, Recognize } from './ports';
import { reconcileState } from './reconcile';
import { placedNothing, type TurnKind, type TurnResult } from './replies';
import { INITIAL_STATE, type ConversationState } from './state';
import { Turn } from './turn';
import { withinTurn } from './turnMemo';

export type { EngineOptions, IntentRecognition, IsFrustrated, Recognize } from './ports';

/** Turns that placed nothing: a message in another language than the chosen one may still be read in it. */
/** Turns that moved or showed the walkthrough: their place can be shown in any language. */
const WALKTHROUGH_MOVES: ReadonlySet<TurnKind | undefined> = new Set(['step', 'prerequisite']);

/** One language's readers (built once, on its first turn) and handoff layer. */
interface Speaker { readonly ctx: EngineContext; readonly handoff: HandoffLayer }

/** The conversation engine: plain functions of (state, text), so any channel or SDK can host it. */
export class ConversationEngine {
  private readonly speakers = new Map<string, Speaker>();

  constructor(content: Content, recognize: Recognize, private readonly options: EngineOptions) {
    this.speakers.set('en', speakerOf(createContext({ content, recognize, ...options })));
  }

  /** `channelLocale`: the channel's language tag (Web Chat's or Teams' `locale`), for a conversation with none yet. */
  welcome(state: ConversationState = INITIAL_STATE, channelLocale?: string): TurnResult<ConversationState> {
    const locale = this.options.localization?.initial(state, channelLocale);
    return this.labelled(this.turnOn(locale === undefined || locale === state.locale ? state : { ...state, locale }).welcome());
  }

  /** One user message. A result with `handoff` set asks the host to create a ticket, then call confirmHandoff. */
  turn(saved: ConversationState, text: string, channelLocale?: string): TurnResult<ConversationState> {
    return withinTurn(() => this.turnOnce(saved, text, channelLocale), text);
  }

  private turnOnce(saved: ConversationState, text: string, channelLocale?: string): TurnResult<ConversationState> {
    const choice = this.options.localization?.choose(saved, text, channelLocale);
    if (!choice) return this.labelled(this.turnOn(saved).handle(text, containsSecret(text)));
    const state = { ...saved, locale: choice.locale, localeChosen: choice.chosen || undefined };
    const turn = this.turnOn(state);
    const result = choice.switchOnly ? this.showPlace(turn, state) : this.handleChosen(turn, state, text, choice.chosen);
    // Whatever the turn did with the state (a restart starts afresh), the language stays; a ticket says it.
    const handoff = result.handoff && { ...result.handoff, language: choice.locale };
    return this.labelled({ ...result, state: { ...result.state, locale: state.locale, localeChosen: state.localeChosen }, ...(handoff ? { handoff } : {}) });
  }

  /** `contact`: the ticket's contact details (its summary's `contact`), which the confirmation says it will use. */
  confirmHandoff(state: ConversationState, ticketId: string, contact: string | undefined): TurnResult<ConversationState> {
    return this.labelled(this.turnOn(state).confirmHandoff(ticketId, contact));
  }

  /** Instead of confirmHandoff when the host could not take the ticket (too many from the user's network). */
  handoffUnavailable(state: ConversationState): TurnResult<ConversationState> {
    return this.labelled(this.turnOn(state).handoffUnavailable());
  }

  /**
   * A user who chose a language still types the other one's short replies out of habit ("sí", "siguiente" after
   * asking for English): a message the chosen language cannot place, that moves the walkthrough when read in another
   * of the bot's languages, moves it there, and the place it reaches is shown in the chosen language.
   */
  private handleChosen(turn: Turn, state: ConversationState, text: string, chosen: boolean): TurnResult<ConversationState> {
    const secret = containsSecret(text);
    const result = turn.handle(text, secret);
    if (!chosen || result.handoff || !placedNothing(result.trace)) return result;
    const others = ['en', ...(this.options.localization?.byLocale.keys() ?? [])].filter((locale) => locale !== state.locale);
    for (const locale of others) {
      const read = this.turnOn({ ...state, locale }).handle(text, secret);
      if (read.handoff || !WALKTHROUGH_MOVES.has(read.trace.kind) || !read.state.walkthrough || read.state.tree) continue;
      const moved = { ...read.state, locale: state.locale, localeChosen: state.localeChosen };
      return this.showPlace(this.turnOn(moved), moved);
    }
    return result;
  }

  /** After "Español" / "English": the step or question the user was on, now in that language; else the welcome. */
  private showPlace(turn: Turn, state: ConversationState): TurnResult<ConversationState> {
    if (!state.walkthrough && !state.tree) return turn.welcome();
    const where = this.speaker(state).ctx.content.responses.commands.where[0]!;
    return turn.handle(where, false);
  }

  /** Every reply carries the words written around it ("Paso 2 de 6", "Source") in the conversation's language. */
  private labelled(result: TurnResult<ConversationState>): TurnResult<ConversationState> {
    const { labels } = this.speaker(result.state).ctx.content.responses;
    return { ...result, replies: result.replies.map((reply) => ({ ...reply, labels })) };
  }

  private turnOn(saved: ConversationState): Turn {
    const { ctx, handoff } = this.speaker(saved);
    return new Turn(ctx, handoff, reconcileState(ctx.content, saved));
  }

  /** The readers of the conversation's language (English when it has none or the engine does not speak it). */
  private speaker(state: ConversationState): Speaker {
    const locale = state.locale ?? 'en';
    const known = this.speakers.get(locale);
    if (known) return known;
    const language = this.options.localization?.byLocale.get(locale);
    if (!language) return this.speakers.get('en')!;
    const { content, recognize, isFrustrated = this.options.isFrustrated } = language;
    const speaker = speakerOf(createContext({ ...this.options, content, recognize, isFrustrated }));
    this.speakers.set(locale, speaker);
    return speaker;
  }
}


function speakerOf(ctx: EngineContext): Speaker {
  return { ctx, handoff: new HandoffLayer(ctx) };
}
