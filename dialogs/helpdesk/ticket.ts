import { randomInt } from 'node:crypto';
import type { HandoffSummary } from '../engine/replies';

/** A conversation handed to the help desk, with what the clerk needs to act on it. */
export type TicketStatus = 'new' | 'in_progress' | 'closed';
export const TICKET_STATUSES: readonly TicketStatus[] = ['new', 'in_progress', 'closed'];

export interface Ticket {
  readonly id: string;
  readonly status: TicketStatus;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly conversationId: string;
  readonly channelId: string;
  /** Built by the engine: user words already redacted, contact details only with the user's consent. */
  readonly summary: HandoffSummary;
}

/** One line of the ticket index: enough to list and filter tickets without reading each one. */
export interface TicketIndexEntry {
  readonly id: string;
  readonly status: TicketStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Storage keys. Tickets share the bot's Storage with conversation state, told apart by prefix. */
export const TICKET_PREFIX = 'ticket/';
export const TICKET_INDEX_KEY = 'ticket-index';

export function ticketKey(id: string): string {
  return `${TICKET_PREFIX}${id}`;
}

/** The ticket a conversation opened last (so asking again joins it instead of opening another). */
export function conversationTicketKey(channelId: string, conversationId: string): string {
  return `ticket-of/${channelId}/${conversationId}`;
}

/**
 * Letters and digits a caller reads over the phone without confusion: no 0/O, 1/I/L. 31^6 is about 887 million
 * ids; the store still refuses a duplicate (create-only write) and the caller draws again.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const ID_LENGTH = 6;
export const TICKET_ID_PATTERN = new RegExp(`^HD-[${ALPHABET}]{${ID_LENGTH}}$`);

export function newTicketId(): string {
  let id = 'HD-';
  for (let i = 0; i < ID_LENGTH; i += 1) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}

export function isTicketStatus(value: unknown): value is TicketStatus {
  return typeof value === 'string' && (TICKET_STATUSES as readonly string[]).includes(value);
}
