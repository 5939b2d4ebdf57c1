import type { Storage, TranscriptStore } from './storageTypes';
import { ConfigError, type Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { MemoryStore, MemoryTranscripts } from './memoryStores';
import { SqliteDatabase } from './sqliteDatabase';
import { DAMAGED_PREFIX, SqliteStorage } from './sqliteStorage';
import { SqliteTranscriptStore } from './sqliteTranscriptStore';
import { CONVERSATION_PREFIX, DESK_SESSION_MS, DESK_SESSION_PREFIX, RATED_MESSAGE_PREFIX, RESUME_CODE_MS, RESUME_CODE_PREFIX } from './storageKeys';

const HOUR_MS = 3_600_000;

/** The storage of one deployment, chosen by STORAGE: state items and (unless retention is 0) transcripts. */
export interface Stores {
  /** Every record but transcripts: conversation and user state, help-desk tickets, analytics events (by key prefix). */
  readonly storage: Storage;
  readonly transcripts?: TranscriptStore;
  /** Removes expired conversations and transcripts now (runs periodically on its own where the store needs it). */
  sweep(): void;
  close(): void;
}

export function createStores(config: Config, logger: Logger): Stores {
  const transcriptsKept = config.TRANSCRIPT_RETENTION_DAYS > 0;
  switch (config.STORAGE) {
    case 'memory':
      // Tests and trying things out: nothing survives a restart and nothing is swept.
      return { storage: new MemoryStore(), transcripts: transcriptsKept ? new MemoryTranscripts() : undefined, sweep() {}, close() {} };
    case 'blob': {
      // Expiry on Azure is a lifecycle management rule on the containers (see README); reads ignore expired state.
      const connection = config.AZURE_STORAGE_CONNECTION_STRING!;
      // Loaded only here: the Azure SDK costs every other deployment ~8 MB of heap it would never use.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ResilientBlobsStorage, ResilientBlobsTranscriptStore } = require('./blobStores') as typeof import('./blobStores');
      return {
        storage: new ResilientBlobsStorage(connection, config.AZURE_STORAGE_STATE_CONTAINER),
        transcripts: transcriptsKept ? new ResilientBlobsTranscriptStore(connection, config.AZURE_STORAGE_TRANSCRIPT_CONTAINER) : undefined,
        sweep() {},
        close() {},
      };
    }
    case 'sqlite':
      return sqliteStores(config, logger, transcriptsKept);
  }
}

function sqliteStores(config: Config, logger: Logger, transcriptsKept: boolean): Stores {
  const database = openDatabase(config.DATA_DIR);
  const storage = new SqliteStorage(database, Date.now, (key) => {
    logger.error({ key }, 'a stored item was damaged (unreadable JSON): moved under damaged/, its key starts afresh');
  });
  const transcripts = new SqliteTranscriptStore(database);
  const sweep = () => {
    if (!database.isOpen) return;
    const now = Date.now();
    const conversations = storage.removeStale(CONVERSATION_PREFIX, now - config.CONVERSATION_TTL_HOURS * HOUR_MS);
    storage.removeStale(DESK_SESSION_PREFIX, now - DESK_SESSION_MS);
    storage.removeStale(RESUME_CODE_PREFIX, now - RESUME_CODE_MS);
    // A Teams rating of an answer older than a conversation's lifetime is ignored, so its record can go with it.
    storage.removeStale(RATED_MESSAGE_PREFIX, now - config.CONVERSATION_TTL_HOURS * HOUR_MS);
    storage.removeStale(DAMAGED_PREFIX, now - config.TRANSCRIPT_RETENTION_DAYS * 24 * HOUR_MS);
    // With retention 0 nothing is logged, and anything logged under an earlier setting goes now.
    const activities = transcripts.removeOlderThan(now - config.TRANSCRIPT_RETENTION_DAYS * 24 * HOUR_MS);
    if (conversations + activities > 0) logger.info({ conversations, activities }, 'expired conversations and transcripts removed');
  };
  const safeSweep = () => {
    try {
      sweep();
    } catch (error) {
      logger.warn({ err: error }, 'storage sweep failed; will try again');
    }
  };
  safeSweep();
  // unref: the sweep alone never keeps the process (or a test run) alive.
  const timer = setInterval(safeSweep, config.STORAGE_SWEEP_MINUTES * 60_000).unref();
  logger.info({ file: database.file }, 'conversation state and transcripts in the embedded database');
  return {
    storage,
    transcripts: transcriptsKept ? transcripts : undefined,
    sweep,
    close() {
      clearInterval(timer);
      database.close();
    },
  };
}

/** Start-up problems with the data folder name the setting, like any other configuration problem. */
function openDatabase(dataDir: string): SqliteDatabase {
  try {
    return SqliteDatabase.open(dataDir);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n- DATA_DIR: cannot open the database in "${dataDir}": ${(error as Error).message}`);
  }
}
