/**
 * A full disk is a 503 that says so, on both engines' error codes (SQLite's SQLITE_FULL, also as an
 * extended code, and PostgreSQL's `disk_full`); the real thing runs in the deploy suite on a tmpfs.
 */
import { describe, expect, it } from 'vitest';
import { mapDatabaseError, StorageFullError } from './database-errors.ts';

describe('storage full', () => {
  it('maps SQLITE_FULL and PostgreSQL 53100 to 503 storage_full with Retry-After', () => {
    for (const error of [
      { code: 'ERR_SQLITE_ERROR', errcode: 13, message: 'database or disk is full' },
      { code: '53100', message: 'could not extend file: No space left on device' },
    ]) {
      const mapped = mapDatabaseError(error);
      expect(mapped).toBeInstanceOf(StorageFullError);
      expect(mapped?.statusCode).toBe(503);
      expect(mapped?.code).toBe('storage_full');
      expect(mapped?.headers).toEqual({ 'retry-after': '60' });
    }
  });

  it('leaves other SQLite errors alone', () => {
    expect(mapDatabaseError({ code: 'ERR_SQLITE_ERROR', errcode: 1, message: 'no such table' })).toBeNull();
  });
});
