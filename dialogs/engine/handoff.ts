import { findPersonalData, redact } from '../privacy/redact';
import { courtPlaceholders, resolveCourt } from './courtDirectory';
import { FlowView } from './flowView';
import type { HandoffSummary, Reply, TurnResult } from './replies';
import type { ConversationState, HandoffReason, RecentTurn } from './state';
import { matchesAny } from './textMatch';
import type { TurnDeps } from './turn';
import { OUT_OF_SCOPE_INTENT } from '../content/loader';
import type { MessageKey } from '../content/types';

type Result = TurnResult<ConversationState>;
const RECENT_TURNS = 6;
const SAID_LENGTH = 160;

/** Tells whether a message sounds clearly frustrated (see dialogs/nlu/frustration). */
export type IsFrustrated = (text: string) => boolean;

/**
 * Handing a conversation to a person: offered when asked for, after two misses in a row, or when the user
 * sounds frustrated; accepted, it asks (with consent) how to reach the user and returns a summary for a ticket.
 * Wraps the ordinary turn: `before` handles the handoff's own replies, `after` adds offers and remembers the turn.
 */
export class HandoffLayer {
  constructor(private readonly deps: TurnDeps, private readonly isFrustrated: IsFrustrated) {}

  before(state: ConversationState, text: string): Result | undefined {
    const { buttons } = this.deps.content.responses;
    if (matchesAny(text, [buttons.handoffAccept])) return this.askContact(state, state.handoff?.reason ?? 'asked');
    if (state.handoff?.phase === 'offered' && matchesAny(text, [buttons.handoffDecline])) {
      return this.reply({ ...state, handoff: undefined }, [{ text: this.view(state).fill(this.message('handoffDeclined')) }], [], 'handoff_declined');
    }
    if (state.handoff?.phase === 'contact') return this.requestTicket(state, text);
    return undefined;
  }

  after(before: ConversationState, text: string, result: Result): Result {
    const remembered = remember(result.state, text, result.trace);
    const withMemory: Result = { ...result, state: { ...remembered, handoff: undefined } };
    if (result.trace.action === 'repeated_miss') return this.offer(withMemory, 'repeated_miss', []);
    if (result.trace.offerHandoff) return this.offer(withMemory, 'asked', []);
    if (!before.frustrationOffered && this.isFrustrated(text)) {
      const offered = this.offer(withMemory, 'frustrated', [{ text: this.message('frustrationNoticed') }]);
      return { ...offered, state: { ...offered.state, frustrationOffered: true } };
    }
    return withMemory;
  }

  /** The replies once the host has created the ticket. */
  confirm(state: ConversationState, ticketId: string, contactGiven: boolean): Result {
    const contact = this.message(contactGiven ? 'contactGiven' : 'contactNotGiven');
    const text = this.view(state).fill(this.message('handoffCreated'), { 'ticket.id': ticketId, contact });
    return this.reply({ ...state, handoff: undefined }, [{ text }], [], 'handoff_confirmed');
  }

  /** The replies when the host could not take the ticket (too many from the user's network): where to go instead. */
  unavailable(state: ConversationState): Result {
    const text = this.view(state).fill(this.message('handoffUnavailable'));
    return this.reply({ ...state, handoff: undefined }, [{ text }], [], 'handoff_unavailable');
  }

  private offer(result: Result, reason: HandoffReason, before: Reply[]): Result {
    const { buttons } = this.deps.content.responses;
    const state: ConversationState = { ...result.state, handoff: { phase: 'offered', reason } };
    return {
      ...result,
      state,
      replies: [...before, ...result.replies, { text: this.message('handoffOffer') }],
      buttons: [buttons.handoffAccept, buttons.handoffDecline, ...result.buttons.filter((b) => b !== buttons.handoffAccept)],
    };
  }

  private askContact(state: ConversationState, reason: HandoffReason): Result {
    const next: ConversationState = { ...state, handoff: { phase: 'contact', reason } };
    return this.reply(next, [{ text: this.message('handoffAskContact') }], [this.deps.content.responses.buttons.noContact], 'handoff_accepted');
  }

  private requestTicket(state: ConversationState, text: string): Result {
    const declined = matchesAny(text, [this.deps.content.responses.buttons.noContact]);
    const contact = declined ? undefined : contactDetails(text);
    const reason = state.handoff?.reason ?? 'asked';
    const result = this.reply({ ...state, handoff: undefined }, [], [], 'handoff_requested');
    return { ...result, handoff: this.summary(state, reason, contact) };
  }

  private summary(state: ConversationState, reason: HandoffReason, contact: string | undefined): HandoffSummary {
    const { content } = this.deps;
    const court = resolveCourt(content, this.deps.pinnedCourt, state);
    const recent = state.recent ?? [];
    const topics = recent.filter((turn) => turn.intent !== undefined && turn.score !== undefined)
      .map((turn) => ({ intent: turn.intent!, score: turn.score! }));
    const answered = [...new Set(topics.map((t) => t.intent).filter((intent) => content.topicsByIntent.has(intent) && intent !== OUT_OF_SCOPE_INTENT))];
    // The latest problem the user raised; topics that themselves lead to a person ("talk to someone") say nothing new.
    const best = [...topics].reverse().find((t) => t.intent !== OUT_OF_SCOPE_INTENT && !this.leadsToPerson(t.intent));
    return {
      reason,
      court: court?.name ?? content.unknownCourt.name,
      courtId: court?.id,
      whereInProcedure: this.whereInProcedure(state),
      tried: answered.map((intent) => `Read the answer on "${content.topicsByIntent.get(intent)!.title}"`),
      topics,
      userWords: recent.map((turn) => turn.said),
      contact,
      suggestedReply: best && this.suggestedReply(state, best.intent),
    };
  }

  /** The topic's own first answer (placeholders already filled by render). */
  private suggestedReply(state: ConversationState, intent: string): string {
    const view = this.view(state);
    return view.render(view.start(intent)).text;
  }

  private leadsToPerson(intent: string): boolean {
    const flow = this.deps.content.topicsByIntent.get(intent)?.flow;
    return flow === undefined || flow.nodes.get(flow.start)!.handoff;
  }

  private whereInProcedure(state: ConversationState): string {
    const at = state.walkthrough;
    if (!at) return 'Not in the walkthrough';
    const view = this.view(state);
    const node = view.node(at);
    const total = this.deps.content.procedure.totalSteps;
    return node.step !== undefined ? `Walkthrough step ${node.step} of ${total}: ${view.describe(at)}` : `Walkthrough, before step 1: ${view.describe(at)}`;
  }

  private view(state: ConversationState): FlowView {
    const court = resolveCourt(this.deps.content, this.deps.pinnedCourt, state);
    return new FlowView(this.deps.content, courtPlaceholders(this.deps.content, court, this.deps.helpDesk));
  }

  private message(key: MessageKey): string {
    return this.deps.content.responses.messages[key];
  }

  private reply(state: ConversationState, replies: Reply[], buttons: string[], action: string): Result {
    return { state, replies, buttons, trace: { action } };
  }
}

/** The e-mail addresses and phone numbers in a message the user wrote to be contacted. */
function contactDetails(text: string): string | undefined {
  const found = findPersonalData(text).filter((finding) => finding.kind === 'email' || finding.kind === 'phone');
  return found.length > 0 ? found.map((finding) => text.slice(finding.start, finding.end)).join(', ') : undefined;
}

function remember(state: ConversationState, text: string, trace: TurnResult<unknown>['trace']): ConversationState {
  const turn: RecentTurn = {
    // A message too long to read is not kept at all (and redacting it would only cost time).
    said: trace.action === 'too_long' ? '[message too long]' : redact(text).slice(0, SAID_LENGTH),
    action: trace.action,
    ...(trace.intent !== undefined ? { intent: trace.intent } : {}),
    ...(trace.score !== undefined ? { score: Math.round(trace.score * 100) / 100 } : {}),
  };
  return { ...state, recent: [...(state.recent ?? []), turn].slice(-RECENT_TURNS) };
}
