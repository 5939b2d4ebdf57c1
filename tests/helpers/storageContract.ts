import type { Storage } from 'botbuilder';
import { NEW_ITEM_ETAG } from '../../bot/storage/etagUpdate';
import { isEtagConflict } from '../../bot/storage/storageErrors';

/** The eTag rules every store must share, so ConversationStore behaves the same on each. */
export async function checkStorageContract(storage: Storage): Promise<void> {
  expect(await storage.read(['missing'])).toEqual({});

  await storage.write({ a: { n: 1 } });
  const first = (await storage.read(['a'])).a;
  expect(first).toMatchObject({ n: 1 });
  expect(typeof first.eTag).toBe('string');

  await storage.write({ a: { n: 2, eTag: first.eTag } });
  const second = (await storage.read(['a'])).a;
  expect(second.n).toBe(2);
  expect(second.eTag).not.toBe(first.eTag);

  await expectConflict(storage.write({ a: { n: 3, eTag: first.eTag } }));
  await expectConflict(storage.write({ a: { n: 3, eTag: NEW_ITEM_ETAG } }));
  expect((await storage.read(['a'])).a.n).toBe(2);

  await storage.write({ fresh: { n: 1, eTag: NEW_ITEM_ETAG } });
  expect((await storage.read(['fresh'])).fresh.n).toBe(1);

  await storage.write({ a: { n: 4, eTag: '*' } });
  expect((await storage.read(['a'])).a.n).toBe(4);

  await storage.delete(['a', 'fresh']);
  expect(await storage.read(['a', 'fresh'])).toEqual({});
}

export async function expectConflict(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeDefined();
  expect(isEtagConflict(error)).toBe(true);
}
