import type { Activity } from '../../platform/activity';
import type { Clock } from './tokens';
import { Conversation, type HistoryLimits } from './conversation';

export interface TableLimits {
  /** Conversations held at once; a new one makes room by forgetting the least recently used. */
  readonly maxConversations: number;
  /** Conversations one client (per-client key) holds at once; its own least recently used goes first. */
  readonly perOwner: number;
  readonly history: HistoryLimits;
  /** Characters of activity JSON over all conversations; beyond it idle ones are forgotten, busy ones trimmed. */
  readonly maxTotalChars: number;
  /** A started conversation with no request and no open stream for this long is forgotten. */
  readonly idleMs: number;
  /** A conversation nobody started (a token minted by a page that never connected) is forgotten after this. */
  readonly unstartedMs: number;
}

/** What a conversation keeps when memory is short and its stream is open: enough for a reconnect. */
const SHORT_HISTORY = { maxActivities: 10, maxChars: 16_000 };

/**
 * The built-in Direct Line's conversations, bounded so that no client, and no number of clients, can make it
 * refuse a new page or grow memory: by count (in all and per client), by the size of their histories (each and
 * in all), and by time (idle and never-started ones go). Creating a conversation always succeeds: it makes room
 * by forgetting the least recently used one, preferring conversations without an open stream. Map order is the
 * recency order (a use moves a conversation to the end).
 */
export class ConversationTable {
  private readonly conversations = new Map<string, Conversation>();
  private readonly byOwner = new Map<string, Set<string>>();
  private totalChars = 0;
  private lastSweep = 0;

  constructor(private readonly limits: TableLimits, private readonly now: Clock, private readonly onForget: (conversation: Conversation) => void) {}

  create(id: string, userId: string | undefined, owner: string | undefined, locale?: string): Conversation {
    this.makeRoom(owner);
    const conversation = new Conversation(id, userId, this.limits.history, this.now(), owner, locale);
    this.conversations.set(id, conversation);
    if (owner !== undefined) this.byOwner.set(owner, (this.byOwner.get(owner) ?? new Set()).add(id));
    return conversation;
  }

  /** The conversation, marked as just used; undefined when unknown (or forgotten). */
  use(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    conversation.lastUsed = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Appends to a conversation's history and keeps the memory budget over all histories. */
  append(conversation: Conversation, activity: Partial<Activity>): Partial<Activity> {
    // Forgotten while its turn was running: the reply goes nowhere and is not counted.
    if (this.conversations.get(conversation.id) !== conversation) return conversation.append(activity);
    const before = conversation.chars;
    const stamped = conversation.append(activity);
    this.totalChars += conversation.chars - before;
    if (this.totalChars > this.limits.maxTotalChars) this.keepBudget(conversation);
    return stamped;
  }

  /** Forgets conversations idle too long (never while a stream is open) and never-started ones. */
  sweep(): void {
    const now = this.now();
    this.lastSweep = now;
    for (const conversation of [...this.conversations.values()]) {
      const idle = now - conversation.lastUsed;
      if (conversation.listenerCount > 0) continue;
      if (idle > this.limits.idleMs || (!conversation.started && idle > this.limits.unstartedMs)) this.forget(conversation);
    }
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Whether the conversation is held, without counting as a use (tests, diagnostics). */
  has(id: string): boolean {
    return this.conversations.has(id);
  }

  /** Characters of activity JSON held over all conversations. */
  get chars(): number {
    return this.totalChars;
  }

  private makeRoom(owner: string | undefined): void {
    const owned = owner === undefined ? undefined : this.byOwner.get(owner);
    if (owned && owned.size >= this.limits.perOwner) {
      const byRecency = [...owned].map((id) => this.conversations.get(id)!).sort((a, b) => a.lastUsed - b.lastUsed);
      this.forget(leastRecent(byRecency));
    }
    if (this.conversations.size < this.limits.maxConversations) return;
    // A full sweep at most once a second, however fast conversations are created while the table is full.
    if (this.now() - this.lastSweep > 1000) this.sweep();
    if (this.conversations.size >= this.limits.maxConversations) this.forget(leastRecent(this.conversations.values()));
  }

  /** Oldest first: forget idle conversations, shorten the history of streamed ones, until within budget. */
  private keepBudget(keep: Conversation): void {
    for (const pass of ['idle', 'streamed'] as const) {
      for (const conversation of [...this.conversations.values()]) {
        if (this.totalChars <= this.limits.maxTotalChars) return;
        if (conversation === keep) continue;
        if (conversation.listenerCount === 0 || pass === 'streamed') this.forget(conversation);
        else this.shorten(conversation);
      }
    }
    // Only `keep` is left over budget: it keeps its newest activities.
    this.shorten(keep);
  }

  private shorten(conversation: Conversation): void {
    const before = conversation.chars;
    conversation.trimTo(SHORT_HISTORY.maxActivities, SHORT_HISTORY.maxChars);
    this.totalChars -= before - conversation.chars;
  }

  private forget(conversation: Conversation): void {
    if (this.conversations.get(conversation.id) !== conversation) return;
    this.conversations.delete(conversation.id);
    this.totalChars -= conversation.chars;
    if (conversation.owner !== undefined) {
      const owned = this.byOwner.get(conversation.owner);
      owned?.delete(conversation.id);
      if (owned?.size === 0) this.byOwner.delete(conversation.owner);
    }
    conversation.end();
    this.onForget(conversation);
  }
}

/** Of conversations in recency order: the first without an open stream (among the first hundred), else the first. */
function leastRecent(byRecency: Iterable<Conversation>): Conversation {
  let first: Conversation | undefined;
  let looked = 0;
  for (const conversation of byRecency) {
    first ??= conversation;
    if (conversation.listenerCount === 0) return conversation;
    if ((looked += 1) >= 100) break;
  }
  return first!;
}
