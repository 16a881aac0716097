import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';

export type SqliteHandle = BetterSqlite3.Database;

export interface ConnectionOptions {
  readonly?: boolean;
  /** better-sqlite3 binary built for another ABI (Electron); see scripts/electron-native.mjs. */
  nativeBinding?: string;
}

export function openSqlite(path: string, options: ConnectionOptions = {}): SqliteHandle {
  return new BetterSqlite3(path, {
    readonly: options.readonly ?? false,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

export function createSqlite(path: string, nativeBinding?: string): SqliteHandle {
  return new BetterSqlite3(path, nativeBinding ? { nativeBinding } : {});
}

/**
 * Settings for a file we write to. EXCLUSIVE locking keeps a second process (another Koers
 * window, the CLI) from writing the same document, and with WAL it means no -shm file.
 * synchronous=FULL: an acknowledged save survives a power cut. secure_delete: deleted text does
 * not linger in free pages of a file that is mailed around.
 */
export function applyWritePragmas(sqlite: SqliteHandle): void {
  sqlite.pragma('locking_mode = EXCLUSIVE');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
}

export function kyselyFor<DB>(sqlite: SqliteHandle): Kysely<DB> {
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
}
