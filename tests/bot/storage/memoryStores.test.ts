import { MemoryStore, MemoryTranscripts } from '../../../bot/storage/memoryStores';
import type { Activity } from '../../../bot/platform/activity';
import { checkStorageContract } from '../../helpers/storageContract';

describe('the memory stores (STORAGE=memory)', () => {
  it('follow the eTag rules of every other store', async () => {
    await checkStorageContract(new MemoryStore());
  });

  it('hand out copies: changing what was read or written changes nothing stored', async () => {
    const store = new MemoryStore();
    const item = { list: [1] };
    await store.write({ a: item });
    item.list.push(2);
    const read = (await store.read(['a'])).a as { list: number[] };
    read.list.push(3);
    expect(((await store.read(['a'])).a as { list: number[] }).list).toEqual([1]);
  });

  it('keep transcripts by channel and conversation, in pages of 20 from the oldest, and delete one', async () => {
    let now = 1_000;
    const transcripts = new MemoryTranscripts(() => now);
    const activity = (conversation: string, text: string) => ({
      type: 'message', channelId: 'test', conversation: { id: conversation }, text, timestamp: new Date(now),
    }) as unknown as Activity;
    for (let i = 0; i < 25; i += 1) {
      now += 1;
      transcripts.logActivity(activity('c1', `m${i}`));
    }
    transcripts.logActivity(activity('c2', 'other'));
    const first = await transcripts.getTranscriptActivities('test', 'c1');
    expect(first.items.map((item) => item.text)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
    expect(first.items[0]!.timestamp).toBeInstanceOf(Date);
    const second = await transcripts.getTranscriptActivities('test', 'c1', first.continuationToken);
    expect(second.items.map((item) => item.text)).toEqual(['m20', 'm21', 'm22', 'm23', 'm24']);
    expect(second.continuationToken).toBe('');
    expect((await transcripts.getTranscriptActivities('test', 'c1', undefined, new Date(1_024))).items.map((item) => item.text)).toEqual(['m23', 'm24']);
    expect((await transcripts.listTranscripts('test')).items.map((item) => item.id)).toEqual(['c1', 'c2']);
    await transcripts.deleteTranscript('test', 'c1');
    expect((await transcripts.getTranscriptActivities('test', 'c1')).items).toEqual([]);
    expect((await transcripts.listTranscripts('test')).items.map((item) => item.id)).toEqual(['c2']);
  });
});
