import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Activity } from '../platform/activity';
import type { PagedResult, Storage, StoreItem, StoreItems, TranscriptInfo, TranscriptStore } from './storageTypes';
import { BlobsStorage, BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { NEW_ITEM_ETAG } from './etagUpdate';
import { StorageConflictError, isEtagConflict } from './storageErrors';

/**
 * A store that is down should fail a turn in about a second, not hang it: the SDK's default is 4 tries with
 * exponential delays from 4 s. Transient failures still get two quick retries.
 */
export const BLOB_PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 500, tryTimeoutInMs: 10_000 },
};

/**
 * Rebuilds a client after a failure. botbuilder-azure-blobs creates its container once and caches that promise,
 * a rejected one included: a bot started while storage was unreachable would fail every turn until restarted,
 * and one whose container vanished would too. A fresh client retries the creation on the next turn.
 */
class Recreating<T> {
  private current?: T;

  constructor(private readonly create: () => T) {}

  async use<R>(operation: (client: T) => Promise<R>): Promise<R> {
    const client = (this.current ??= this.create());
    try {
      return await operation(client);
    } catch (error) {
      if (!isEtagConflict(error) && this.current === client) this.current = undefined;
      throw error;
    }
  }
}

/**
 * botbuilder-azure-blobs' BlobsStorage, plus what it lacks for several instances: a first write that fails if
 * another instance created the item meanwhile (eTag NEW_ITEM_ETAG -> If-None-Match: *), and recovery from an outage.
 */
export class ResilientBlobsStorage implements Storage {
  private readonly blobs: Recreating<BlobsStorage>;
  private readonly container: Recreating<{ client: ContainerClient; ready: Promise<unknown> }>;

  constructor(connectionString: string, containerName: string, options: StoragePipelineOptions = BLOB_PIPELINE_OPTIONS) {
    this.blobs = new Recreating(() => new BlobsStorage(connectionString, containerName, { storagePipelineOptions: options }));
    this.container = new Recreating(() => {
      const client = new ContainerClient(connectionString, containerName, options);
      return { client, ready: client.createIfNotExists() };
    });
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.blobs.use((blobs) => blobs.read(keys));
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    const created = entries.filter(([, item]) => (item as StoreItem).eTag === NEW_ITEM_ETAG);
    const others = entries.filter(([, item]) => (item as StoreItem).eTag !== NEW_ITEM_ETAG);
    await Promise.all([
      ...created.map(([key, item]) => this.create(key, item as StoreItem)),
      others.length > 0 ? this.blobs.use((blobs) => blobs.write(Object.fromEntries(others))) : undefined,
    ]);
  }

  delete(keys: string[]): Promise<void> {
    return this.blobs.use((blobs) => blobs.delete(keys));
  }

  /** Uploads the item only if no blob has that name yet (Azure answers 409 otherwise). */
  private create(key: string, item: StoreItem): Promise<void> {
    const { eTag: _ignored, ...value } = item;
    const body = JSON.stringify(value);
    return this.container.use(async ({ client, ready }) => {
      await ready;
      try {
        await client.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json' },
        });
      } catch (error) {
        if (isEtagConflict(error)) throw new StorageConflictError(key, { cause: error });
        throw error;
      }
    });
  }
}

/** botbuilder-azure-blobs' BlobsTranscriptStore with the same outage recovery. */
export class ResilientBlobsTranscriptStore implements TranscriptStore {
  private readonly store: Recreating<BlobsTranscriptStore>;

  constructor(connectionString: string, containerName: string, options: StoragePipelineOptions = BLOB_PIPELINE_OPTIONS) {
    this.store = new Recreating(() => new BlobsTranscriptStore(connectionString, containerName, { storagePipelineOptions: options }));
  }

  logActivity(activity: Activity): Promise<void> {
    // The package's own Activity type names every optional field of the protocol; ours names those the bot uses.
    return this.store.use((store) => store.logActivity(activity as Parameters<BlobsTranscriptStore['logActivity']>[0]));
  }

  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    return this.store.use((store) => store.getTranscriptActivities(channelId, conversationId, continuationToken, startDate));
  }

  listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    return this.store.use((store) => store.listTranscripts(channelId, continuationToken));
  }

  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    return this.store.use((store) => store.deleteTranscript(channelId, conversationId));
  }
}
