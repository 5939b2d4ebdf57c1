/*
 * The two ways a store lets a turn down. Both reach the user as the same honest "please try again", but they are
 * logged apart: a conflict that outlived its retries points at contention, an unavailable store at operations.
 */

/** A store let the turn down; `code` tells which way. */
export class StorageError extends Error {
  constructor(readonly code: 'STORAGE_UNAVAILABLE' | 'STORAGE_CONFLICT', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Another writer changed the item since it was read (optimistic concurrency: re-read and try again). */
export class StorageConflictError extends StorageError {
  constructor(key: string, options?: { cause?: unknown }) {
    super('STORAGE_CONFLICT', `Storage: error writing "${key}" due to eTag conflict.`, options);
  }
}

export class StorageUnavailableError extends StorageError {
  constructor(operation: string, cause: unknown) {
    super('STORAGE_UNAVAILABLE', `Storage unavailable during ${operation}: ${describe(cause)}`, { cause });
  }
}

/**
 * The stores report a lost eTag race differently: botbuilder's MemoryStorage and BlobsStorage throw a plain Error
 * with this wording, Azure answers a create-only upload with 409 and a stale If-Match with 412.
 */
export function isEtagConflict(error: unknown): boolean {
  if (error instanceof StorageConflictError) return true;
  const { statusCode, message } = (error ?? {}) as { statusCode?: unknown; message?: unknown };
  if (statusCode === 409 || statusCode === 412) return true;
  return typeof message === 'string' && /eTag conflict/i.test(message);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
