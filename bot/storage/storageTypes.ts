/*
 * The one storage interface behind every record but transcripts (conversation state, tickets, analytics): botbuilder's
 * Storage, so its stores (MemoryStorage, botbuilder-azure-blobs) plug in unchanged. Code outside storage/ names it
 * from here, so that a move to another SDK (the Microsoft 365 Agents SDK) changes this folder, not its users.
 */
export type { Storage } from 'botbuilder';
