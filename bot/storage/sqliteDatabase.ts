import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Database, type BindValues, type Statement } from 'node-sqlite3-wasm';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY, etag TEXT NOT NULL, value TEXT NOT NULL, updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS items_updated_at ON items (updated_at);
  CREATE TABLE IF NOT EXISTS transcript (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
    logged_at INTEGER NOT NULL, activity TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS transcript_conversation ON transcript (channel_id, conversation_id, seq);
  CREATE INDEX IF NOT EXISTS transcript_logged_at ON transcript (logged_at);
`;

interface QueuedWrite {
  readonly work: () => unknown;
  /** A failure of the work leaves nothing changed by itself (SQLite undoes a failed statement), so it needs no savepoint. */
  readonly undoesItself: boolean;
  readonly settle: (error: unknown, result?: unknown) => void;
}

/** Files this process has open, so a second open in the same process fails clearly instead of deadlocking. */
const openHere = new Set<string>();

export class DataDirInUseError extends Error {
  readonly code = 'DATA_DIR_IN_USE';
}

/** The file is not a sound SQLite database: SQLite's own check (quick_check) found damage, or it cannot be read. */
export class DatabaseDamagedError extends Error {
  readonly code = 'DATABASE_DAMAGED';
}

/**
 * The embedded database: one SQLite file in the data directory, owned by one process.
 *
 * node-sqlite3-wasm locks a database by creating a `<file>.lock` directory, which a SIGKILL (or a crash, or a
 * power cut) leaves behind: the next start would find the database locked forever. So the owner's pid is kept
 * next to it, and a lock whose owner is no longer running is removed before opening; SQLite then rolls back any
 * transaction the dead process left half-done (its hot journal). Exclusive locking mode keeps the page cache
 * across transactions (reads are ~40 times faster: bench/README.md, "Measurements behind the code") and makes a
 * second process on the same folder fail at start-up rather than on a user's turn.
 */
export class SqliteDatabase {
  private readonly statements = new Map<string, Statement>();
  /** Writes waiting for the next group commit (`write`). */
  private queued: QueuedWrite[] = [];

  private constructor(private readonly db: Database, readonly file: string, private readonly ownerFile: string) {}

  static open(dataDir: string, fileName = 'bot.sqlite'): SqliteDatabase {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, fileName);
    const ownerFile = `${file}.owner`;
    claim(file, ownerFile);
    let db: Database | undefined;
    try {
      db = new Database(file);
      // Write-ahead log instead of the rollback journal, and synchronous = NORMAL: SQLite syncs at checkpoints
      // instead of at every commit, which blocked the event loop (figures: bench/README.md, "Measurements behind
      // the code"). A killed process loses nothing (the WAL is in the file); a power cut may lose the last turns,
      // a trade worth making for a help conversation. Set after locking_mode EXCLUSIVE, so SQLite keeps the WAL index in memory (no -shm file, which
      // node-sqlite3-wasm's VFS could not share anyway). A crash leaves bot.sqlite-wal beside the file: it is
      // replayed on the next open; a clean close folds it back in and removes it.
      db.exec('PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
      checkIntegrity(db, file);
      // Creating the schema in a write transaction takes the exclusive lock now, at start-up.
      db.exec(`BEGIN IMMEDIATE; ${SCHEMA} COMMIT;`);
    } catch (error) {
      if (db?.isOpen) db.close();
      release(file, ownerFile);
      throw error instanceof DatabaseDamagedError || !isCorruption(error) ? error : damaged(file, (error as Error).message);
    }
    return new SqliteDatabase(db, file, ownerFile);
  }

  /** A cached prepared statement (node-sqlite3-wasm statements must be finalised, so they are kept and reused). */
  statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs `work` atomically: all of its writes land, or none. */
  transaction<T>(work: () => T): T {
    this.statement('BEGIN IMMEDIATE').run();
    try {
      const result = work();
      this.statement('COMMIT').run();
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Runs `work` atomically, like `transaction`, but in one commit with every other write asked for in the same
   * event-loop turn (a group commit): each commit appends the pages it changed to the write-ahead log, and turns
   * of different conversations share pages (the items table's and its index's last leaves, the transcript's), so
   * one commit writes each such page once instead of once per turn (figures: bench/README.md, "Turn bench, round
   * 7"). Settles only once the commit is done: with `work`'s result, or its error (a savepoint undoes just that
   * work), or the commit's error (then nothing of the batch was written). Durability is the commit's, as before.
   */
  write<T>(work: () => T): Promise<T> {
    return this.queue(work, false);
  }

  /**
   * Like `write`, for work that leaves nothing changed when it fails: at most one of its statements changes rows, and
   * it throws only before that one or when that one fails (SQLite then undoes it). It needs no savepoint, like
   * `writeStatement`.
   */
  writeUndoingItself<T>(work: () => T): Promise<T> {
    return this.queue(work, true);
  }

  /**
   * One statement run in the next group commit, like `write`, without the savepoint `write` wraps each work in
   * (two statements more per write: ~3 µs, and a turn logs several transcript rows; "Turn bench, round 12"). A
   * failing statement's own changes are undone by SQLite, which keeps the transaction open; an error that ends the
   * transaction fails the whole batch, as a savepoint that is gone would.
   */
  writeStatement(sql: string, values: BindValues): Promise<void> {
    return this.queue(() => {
      const statement = this.statement(sql);
      try {
        statement.run(values);
      } catch (error) {
        // node-sqlite3-wasm's next run of a statement whose step failed fails too ("Could not reset statement"):
        // SQLite's reset repeats the step's error. A fresh one is prepared next time.
        this.statements.delete(sql);
        statement.finalize();
        throw error;
      }
    }, true);
  }

  private queue<T>(work: () => T, undoesItself: boolean): Promise<T> {
    if (!this.db.isOpen) return Promise.reject(new Error(`${this.file} is closed`));
    return new Promise<T>((resolve, reject) => {
      const settle = (error: unknown, result?: unknown) => (error === undefined ? resolve(result as T) : reject(error));
      const first = this.queued.push({ work, undoesItself, settle }) === 1;
      if (first) setImmediate(() => this.commitQueued());
    });
  }

  /** Commits the queued writes now (before a read that must see them, and at close). */
  commitQueued(): void {
    if (this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    let outcomes: { error?: unknown; result?: unknown }[];
    try {
      outcomes = this.transaction(() => batch.map(({ work, undoesItself }) => (undoesItself ? this.alone(work) : this.savepoint(work))));
    } catch (error) {
      batch.forEach(({ settle }) => settle(error ?? new Error('commit failed')));
      return;
    }
    batch.forEach(({ settle }, index) => settle(outcomes[index]!.error, outcomes[index]!.result));
  }

  /** One queued write inside the group's transaction: its error undoes only its own changes. */
  private savepoint(work: () => unknown): { error?: unknown; result?: unknown } {
    this.statement('SAVEPOINT queued_write').run();
    try {
      const result = work();
      this.statement('RELEASE queued_write').run();
      return { result };
    } catch (error) {
      this.statement('ROLLBACK TO queued_write').run();
      this.statement('RELEASE queued_write').run();
      return { error: error ?? new Error('write failed') };
    }
  }

  /** Work of the group's transaction that undoes itself when it fails (a failed statement's changes are undone by SQLite). */
  private alone(work: () => unknown): { error?: unknown; result?: unknown } {
    try {
      return { result: work() };
    } catch (error) {
      if (!this.db.inTransaction) throw error;
      return { error: error ?? new Error('write failed') };
    }
  }

  get isOpen(): boolean {
    return this.db.isOpen;
  }

  close(): void {
    if (!this.db.isOpen) return;
    this.commitQueued();
    for (const statement of this.statements.values()) statement.finalize();
    this.statements.clear();
    this.db.close();
    release(this.file, this.ownerFile);
  }
}

/**
 * SQLite's structural check of every page (quick_check: b-trees, free list, record formats; linear in the file's
 * size, well under a second for the sizes this bot keeps). A damaged file would otherwise be used until some
 * turn, ticket or sweep touched the broken page. Failing at start-up, naming the file and what to do, is the
 * clear way: the file may hold tickets a person should look at before it is replaced.
 */
function checkIntegrity(db: Database, file: string): void {
  const rows = db.all('PRAGMA quick_check(5)') as { quick_check?: string }[];
  const problems = rows.map((row) => row.quick_check ?? '').filter((result) => result !== 'ok');
  if (problems.length > 0) throw damaged(file, problems.join('\n').replace(/\*\*\* in database main \*\*\*/g, '').trim().split(/\s*\n\s*/).join('; ').slice(0, 400));
}

function isCorruption(error: unknown): boolean {
  return /malformed|not a database|corrupt|SQLITE_CORRUPT|SQLITE_NOTADB/i.test((error as Error)?.message ?? '');
}

function damaged(file: string, detail: string): DatabaseDamagedError {
  return new DatabaseDamagedError(
    `${file} is damaged (SQLite: ${detail}). Stop the bot, move the file aside (e.g. mv ${file} ${file}.damaged, and ` +
    `${file}-wal if present) and start it again with an empty store, or restore the file from a backup.`);
}

/** Takes ownership of the database file, clearing a lock left by a process that no longer runs. */
function claim(file: string, ownerFile: string): void {
  if (openHere.has(file)) throw new DataDirInUseError(`${file} is already open in this process.`);
  const owner = readOwner(ownerFile);
  if (owner !== undefined && owner !== process.pid && isRunning(owner)) {
    throw new DataDirInUseError(
      `${file} is in use by process ${owner}. Give each bot process its own DATA_DIR (or use STORAGE=blob for several ` +
      `instances). If no bot is running, delete ${ownerFile}.`);
  }
  // The owner is gone (or was an earlier process with our pid, as in a restarted container): its lock is stale.
  rmSync(`${file}.lock`, { recursive: true, force: true });
  writeFileSync(ownerFile, String(process.pid), { mode: 0o600 });
  openHere.add(file);
}

function release(file: string, ownerFile: string): void {
  openHere.delete(file);
  if (readOwner(ownerFile) === process.pid) rmSync(ownerFile, { force: true });
}

function readOwner(ownerFile: string): number | undefined {
  if (!existsSync(ownerFile)) return undefined;
  const pid = Number.parseInt(readFileSync(ownerFile, 'utf8').trim(), 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
