import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../../bot/platform/config';
import { createLogger } from '../../../bot/platform/logger';
import { ResilientBlobsStorage } from '../../../bot/storage/blobStores';
import { createStores } from '../../../bot/storage/createStores';
import { SqliteStorage } from '../../../bot/storage/sqliteStorage';
import { conversationKey } from '../../../bot/storage/storageKeys';

const silent = createLogger('silent');
const MINUTE = 60_000;

describe('createStores', () => {
  it('picks the store named by STORAGE, without transcripts when retention is 0', () => {
    const blob = createStores(loadConfig({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true;', TRANSCRIPT_RETENTION_DAYS: '0' }), silent);
    expect(blob.storage).toBeInstanceOf(ResilientBlobsStorage);
    expect(blob.transcripts).toBeUndefined();
    expect(createStores(loadConfig({ STORAGE: 'memory' }), silent).transcripts).toBeDefined();
  });

  it('removes expired conversations and transcripts on a periodic sweep, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-sweep-'));
    jest.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const stores = createStores(loadConfig({
      DATA_DIR: dir, CONVERSATION_TTL_HOURS: '1', TRANSCRIPT_RETENTION_DAYS: '1', STORAGE_SWEEP_MINUTES: '10',
    }), silent);
    try {
      expect(stores.storage).toBeInstanceOf(SqliteStorage);
      const key = conversationKey('test', 'old');
      await stores.storage.write({ [key]: { state: {} }, 'ticket/1': { open: true } });
      await stores.transcripts!.logActivity({ type: 'message', channelId: 'test', conversation: { id: 'old' }, text: 'hi' } as Activity);

      jest.advanceTimersByTime(70 * MINUTE);
      expect(Object.keys(await stores.storage.read([key, 'ticket/1']))).toEqual(['ticket/1']);
      expect((await stores.transcripts!.getTranscriptActivities('test', 'old')).items).toHaveLength(1);

      jest.advanceTimersByTime(24 * 60 * MINUTE);
      expect((await stores.transcripts!.getTranscriptActivities('test', 'old')).items).toHaveLength(0);
    } finally {
      stores.close();
      jest.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
