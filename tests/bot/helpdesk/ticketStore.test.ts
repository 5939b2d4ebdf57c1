import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { TICKET_ID_PATTERN, TICKET_INDEX_KEY, newTicketId, ticketKey } from '../../../dialogs/helpdesk/ticket';
import { TicketStore } from '../../../bot/helpdesk/handoff/ticketStore';
import { StorageError } from '../../../bot/storage/storageErrors';
import { SAMPLE_SUMMARY } from '../../helpers/fakeWebhook';

const input = (n = 1) => ({ conversationId: `conv-${n}`, channelId: 'test', summary: SAMPLE_SUMMARY });

/** MemoryStorage where another writer updates an item just before our first write of it: a real eTag conflict. */
class RacingStorage extends MemoryStorage {
  private raced = false;
  constructor(private readonly raceKey: string) { super(); }
  override async write(changes: StoreItems): Promise<void> {
    if (!this.raced && changes[this.raceKey]) {
      this.raced = true;
      const current = (await this.read([this.raceKey]))[this.raceKey];
      const competitor = { tickets: [{ id: 'HD-RIVAL2', status: 'new', createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z' }] };
      await super.write({ [this.raceKey]: { ...(current ?? {}), ...competitor, eTag: current?.eTag ?? '*' } });
    }
    return super.write(changes);
  }
}

describe('TicketStore', () => {
  it('draws readable ids: HD- and six characters without 0/O/1/I/L', () => {
    const ids = Array.from({ length: 500 }, newTicketId);
    expect(ids.every((id) => TICKET_ID_PATTERN.test(id) && !/[01OIL]/.test(id.slice(3)))).toBe(true);
    expect(new Set(ids).size).toBe(500);
  });

  it('creates a ticket (status new, times, conversation, channel, summary) and lists it in the index', async () => {
    const store = new TicketStore(new MemoryStorage(), { now: () => new Date('2025-11-25T10:00:00Z') });
    const ticket = await store.create(input(), 'HD-ABC234');
    expect(ticket).toMatchObject({ id: 'HD-ABC234', status: 'new', createdAt: '2025-11-25T10:00:00.000Z', conversationId: 'conv-1', channelId: 'test' });
    expect(await store.get('HD-ABC234')).toEqual(ticket);
    expect(await store.list()).toEqual([{ id: 'HD-ABC234', status: 'new', createdAt: ticket.createdAt, updatedAt: ticket.updatedAt }]);
  });

  it('never hands out a taken id: the second ticket gets a fresh one', async () => {
    const store = new TicketStore(new MemoryStorage());
    const first = await store.create(input(1), 'HD-ABC234');
    const second = await store.create(input(2), 'HD-ABC234');
    expect(second.id).not.toBe(first.id);
    expect((await store.get(first.id))!.conversationId).toBe('conv-1');
  });

  it('keeps every ticket in the index when many are created at once (eTag conflicts retried)', async () => {
    const store = new TicketStore(new MemoryStorage());
    const created = await Promise.all(Array.from({ length: 25 }, (_, n) => store.create(input(n))));
    const listed = await store.list();
    expect(listed.map((entry) => entry.id).sort()).toEqual(created.map((ticket) => ticket.id).sort());
  });

  it('re-applies its change when another writer updated the index in between', async () => {
    const storage = new RacingStorage(TICKET_INDEX_KEY);
    const store = new TicketStore(storage);
    const ticket = await store.create(input());
    expect((await store.list()).map((entry) => entry.id).sort()).toEqual(['HD-RIVAL2', ticket.id].sort());
  });

  it('changes the status on the ticket and in the index; unknown ids give undefined', async () => {
    let clock = Date.parse('2025-11-25T10:00:00Z');
    const store = new TicketStore(new MemoryStorage(), { now: () => new Date(clock) });
    const ticket = await store.create(input());
    clock += 60_000;
    const updated = await store.setStatus(ticket.id, 'in_progress');
    expect(updated).toMatchObject({ status: 'in_progress', updatedAt: '2025-11-25T10:01:00.000Z' });
    expect(await store.list(['new'])).toEqual([]);
    expect((await store.list(['new', 'in_progress']))[0]).toMatchObject({ id: ticket.id, status: 'in_progress' });
    expect(await store.setStatus('HD-ZZZZZZ', 'closed')).toBeUndefined();
  });

  it('status changes racing on the same ticket all land, the last one winning', async () => {
    const store = new TicketStore(new MemoryStorage());
    const ticket = await store.create(input());
    await Promise.all([store.setStatus(ticket.id, 'in_progress'), store.setStatus(ticket.id, 'closed')]);
    const final = (await store.get(ticket.id))!.status;
    expect(['in_progress', 'closed']).toContain(final);
    expect((await store.list())[0]!.status).toBe(final);
  });

  it('reports an unreachable store as a StorageError', async () => {
    const broken: Storage = { read: async () => { throw new Error('ECONNREFUSED'); }, write: async () => undefined, delete: async () => undefined };
    await expect(new TicketStore(broken).create(input())).rejects.toBeInstanceOf(StorageError);
  });

  it('stores each ticket under its own key', async () => {
    const storage = new MemoryStorage();
    const ticket = await new TicketStore(storage).create(input());
    expect(Object.keys(await storage.read([ticketKey(ticket.id)]))).toEqual([ticketKey(ticket.id)]);
  });

  it('one open ticket per conversation: asking again joins it with the newer summary; after it is closed, a new one', async () => {
    let clock = Date.parse('2025-11-25T10:00:00Z');
    const store = new TicketStore(new MemoryStorage(), { now: () => new Date(clock) });
    const first = await store.open(input(), 'HD-ABC234');
    clock += 60_000;
    const newer = { ...SAMPLE_SUMMARY, reason: 'frustrated' as const };
    const again = await store.open({ ...input(), summary: newer }, 'HD-DEF567');
    expect(again).toMatchObject({ joined: true, ticket: { id: 'HD-ABC234', summary: newer, updatedAt: '2025-11-25T10:01:00.000Z' } });
    for (let i = 0; i < 50; i += 1) await store.open(input());
    expect(await store.list()).toHaveLength(1);
    await store.setStatus('HD-ABC234', 'closed');
    const fresh = await store.open(input(), 'HD-GHJ789');
    expect(fresh).toMatchObject({ joined: false, ticket: { id: 'HD-GHJ789' } });
    expect(first?.ticket.id).toBe('HD-ABC234');
  });

  it('makes no new ticket when the caller\'s limit says no, but still joins an open one', async () => {
    const store = new TicketStore(new MemoryStorage());
    expect(await store.open(input(1), undefined, undefined, () => false)).toBeUndefined();
    const opened = await store.open(input(2));
    expect(await store.open(input(2), undefined, undefined, () => false)).toMatchObject({ joined: true, ticket: { id: opened!.ticket.id } });
  });

  it('keeps the index bounded: the oldest entries drop out beyond the total, staying readable by id', async () => {
    let clock = Date.parse('2025-11-25T10:00:00Z');
    const store = new TicketStore(new MemoryStorage(), { now: () => new Date((clock += 1000)), maxInIndex: 10 });
    const created = [];
    for (let n = 0; n < 25; n += 1) created.push(await store.create(input(n)));
    const listed = await store.list();
    expect(listed.map((entry) => entry.id)).toEqual(created.slice(-10).reverse().map((ticket) => ticket.id));
    expect(await store.get(created[0]!.id)).toMatchObject({ conversationId: 'conv-0' });
  });
});
