import type { HandoffSummary } from '../../../dialogs/engine/replies';
import { createItem, readItem, readItems, updateItem } from '../../storage/etagUpdate';
import type { Storage } from '../../storage/storageTypes';
import {
  conversationTicketKey, newTicketId, ticketKey, TICKET_INDEX_KEY, type Ticket, type TicketIndexEntry, type TicketStatus,
} from '../../../dialogs/helpdesk/ticket';

interface TicketIndex {
  readonly tickets: readonly TicketIndexEntry[];
}

export interface NewTicket {
  readonly conversationId: string;
  readonly channelId: string;
  readonly summary: HandoffSummary;
}

export interface TicketStoreOptions {
  readonly now?: () => Date;
  /** Closed tickets kept in the index (newest first); older ones stay readable by id. */
  readonly closedInIndex?: number;
  /** Entries of the index in all (it is one item, rewritten on every change): beyond it the oldest go. */
  readonly maxInIndex?: number;
}

/** A stored ticket, and whether it was opened now or an open one of the same conversation was joined. */
export interface OpenedTicket {
  readonly ticket: Ticket;
  readonly joined: boolean;
}

const DRAWS = 5;

/**
 * Help-desk tickets on any botbuilder Storage. Each ticket is its own item, written create-only so two instances
 * can never hand out the same id; an index item lists them (Storage cannot list keys), updated under eTag retry.
 * The ticket item is the truth: the index only mirrors id, status and times for listing, and is bounded (closed
 * ones beyond `closedInIndex`, then the oldest beyond `maxInIndex`, drop out; they stay readable by id).
 * One conversation has at most one open ticket: asking again joins it (its summary is brought up to date).
 */
export class TicketStore {
  private readonly now: () => Date;
  private readonly closedInIndex: number;
  private readonly maxInIndex: number;

  constructor(private readonly storage: Storage, options: TicketStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.closedInIndex = options.closedInIndex ?? 500;
    this.maxInIndex = options.maxInIndex ?? 5_000;
  }

  /**
   * The conversation's open ticket with its summary brought up to date, or a new one (see `create`) when
   * `mayCreate` allows it (else undefined). A user who asks for a person again, or a client posting handoffs in a
   * loop, gets the same ticket back.
   */
  async open(input: NewTicket, preferredId: string = newTicketId(), createdAt: Date = this.now(), mayCreate: () => boolean = () => true): Promise<OpenedTicket | undefined> {
    const link = conversationTicketKey(input.channelId, input.conversationId);
    const linked = await readItem<{ ticketId: string }>(this.storage, link);
    if (linked) {
      const updatedAt = createdAt.toISOString();
      const joined = await updateItem<Ticket>(this.storage, ticketKey(linked.ticketId), (current) => (
        current && current.status !== 'closed' && current.conversationId === input.conversationId ? { ...current, summary: input.summary, updatedAt } : undefined));
      if (joined && joined.status !== 'closed' && joined.updatedAt === updatedAt) {
        await this.index(joined);
        return { ticket: joined, joined: true };
      }
    }
    if (!mayCreate()) return undefined;
    const ticket = await this.create(input, preferredId, createdAt);
    await this.write(link, { ticketId: ticket.id });
    return { ticket, joined: false };
  }

  /**
   * Creates a ticket with `preferredId` if it is free (the id the user may already have been shown), else with a
   * fresh one. Safe to call again after a failure: a ticket already stored for the same conversation and time is kept.
   */
  async create(input: NewTicket, preferredId: string = newTicketId(), createdAt: Date = this.now()): Promise<Ticket> {
    const at = createdAt.toISOString();
    let id = preferredId;
    for (let draw = 1; draw <= DRAWS; draw += 1) {
      const ticket: Ticket = { id, status: 'new', createdAt: at, updatedAt: at, ...input };
      if (await createItem(this.storage, ticketKey(id), ticket)) {
        await this.index(ticket);
        return ticket;
      }
      const existing = await this.get(id);
      if (existing && existing.conversationId === input.conversationId && existing.createdAt === at) {
        await this.index(existing);
        return existing;
      }
      id = newTicketId();
    }
    throw new Error(`TicketStore: no free ticket id after ${DRAWS} draws`);
  }

  async get(id: string): Promise<Ticket | undefined> {
    const item = await readItem<Ticket>(this.storage, ticketKey(id));
    if (!item) return undefined;
    const { eTag: _eTag, ...ticket } = item;
    return ticket as Ticket;
  }

  /** Changes a ticket's status; undefined when there is no such ticket. */
  async setStatus(id: string, status: TicketStatus): Promise<Ticket | undefined> {
    const updatedAt = this.now().toISOString();
    const updated = await updateItem<Ticket>(this.storage, ticketKey(id), (current) => (
      current && current.status !== status ? { ...current, status, updatedAt } : undefined));
    if (updated) await this.index(updated);
    return updated;
  }

  /** Index entries, newest first, optionally only some statuses. */
  async list(statuses?: readonly TicketStatus[]): Promise<TicketIndexEntry[]> {
    const index = await readItem<TicketIndex>(this.storage, TICKET_INDEX_KEY);
    const entries = index?.tickets ?? [];
    return entries.filter((entry) => !statuses || statuses.includes(entry.status));
  }

  /** The tickets themselves, in the order of the ids given (ids without a ticket are skipped). */
  async getMany(ids: readonly string[]): Promise<Ticket[]> {
    const found = await readItems<Ticket>(this.storage, ids.map(ticketKey));
    return ids.flatMap((id) => {
      const ticket = found.get(ticketKey(id));
      return ticket ? [ticket] : [];
    });
  }

  private async index(ticket: Ticket): Promise<void> {
    const entry: TicketIndexEntry = { id: ticket.id, status: ticket.status, createdAt: ticket.createdAt, updatedAt: ticket.updatedAt };
    await updateItem<TicketIndex>(this.storage, TICKET_INDEX_KEY, (current) => {
      const others = (current?.tickets ?? []).filter((other) => other.id !== entry.id);
      const same = current?.tickets.find((other) => other.id === entry.id);
      // A stale write (an older status arriving late) must not undo a newer one.
      if (same && (same.updatedAt > entry.updatedAt || (same.updatedAt === entry.updatedAt && same.status === entry.status))) return undefined;
      return { tickets: this.trimmed([entry, ...others]) };
    });
  }

  /** Newest first; closed ones beyond their limit drop out of the index, then the oldest beyond the total. */
  private trimmed(entries: TicketIndexEntry[]): TicketIndexEntry[] {
    const sorted = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    let closed = 0;
    return sorted.filter((entry) => entry.status !== 'closed' || (closed += 1) <= this.closedInIndex).slice(0, this.maxInIndex);
  }

  private async write(key: string, value: object): Promise<void> {
    await updateItem(this.storage, key, () => value);
  }
}
