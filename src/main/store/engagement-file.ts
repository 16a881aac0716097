import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { KoersError } from '../base/koers-error.js';
import { inspectHeader } from './file-header.js';
import { KOERS_APPLICATION_ID } from './file-format.js';
import { runMigrations, versionAfter, type KoersMigration } from './migrate.js';
import {
  applyWritePragmas,
  createSqlite,
  kyselyFor,
  openSqlite,
  type SqliteHandle,
} from './sqlite-connection.js';

/**
 * An open engagement file. The store is generic over the tables: the domain areas compose them
 * (src/main/domains/database.ts), so the store needs to know none of them.
 */
export interface EngagementFile<DB = unknown> {
  readonly path: string;
  readonly sqlite: SqliteHandle;
  readonly db: Kysely<DB>;
}

export interface OpenOptions {
  nativeBinding?: string;
  /** Where verified copies are kept before a migration. */
  backupDir: string;
  /** The schema: every migration, in order (src/main/domains/schema.ts; tests pass others). */
  migrations: readonly KoersMigration[];
  /** The fingerprint this machine recorded when it last closed the file cleanly. */
  trusted?: FileFingerprint;
}

const nameOf = (filePath: string) => path.basename(filePath);

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
}

/** Maps what SQLite throws while we validate into the user's words. */
function damaged(filePath: string, cause: unknown): KoersError {
  const code = sqliteCode(cause);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new KoersError('FILE_IN_USE', { fileName: nameOf(filePath) }, { cause });
  }
  return new KoersError('FILE_CORRUPT', { fileName: nameOf(filePath) }, { cause });
}

function readHeader(filePath: string): { header: Buffer; size: number } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new KoersError('FILE_MISSING', { fileName: nameOf(filePath), displayPath: filePath });
  }
  if (!stat.isFile()) throw new KoersError('NOT_A_KOERS_FILE', { fileName: nameOf(filePath) });
  const header = Buffer.alloc(100);
  const fd = fs.openSync(filePath, 'r');
  try {
    const bytes = fs.readSync(fd, header, 0, 100, 0);
    return { header: header.subarray(0, bytes), size: stat.size };
  } finally {
    fs.closeSync(fd);
  }
}

/** quick_check plus the two identifying pragmas, on a connection `open` makes. */
function checkConnection(open: () => SqliteHandle, reportAs: string): void {
  let sqlite: SqliteHandle | undefined;
  try {
    sqlite = open();
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
      throw new KoersError('FILE_CORRUPT', { fileName: nameOf(reportAs) });
    }
    if (sqlite.pragma('application_id', { simple: true }) !== KOERS_APPLICATION_ID) {
      throw new KoersError('FILE_OTHER_APPLICATION', { fileName: nameOf(reportAs) });
    }
    // After a replay on the copy, page 1 may say something else than the header we read.
    if (Number(sqlite.pragma('user_version', { simple: true })) < 1) {
      throw new KoersError('FILE_CORRUPT', { fileName: nameOf(reportAs) });
    }
  } catch (error) {
    if (error instanceof KoersError) throw error;
    throw damaged(reportAs, error);
  } finally {
    sqlite?.close();
  }
}

/** The files SQLite looks for beside a database; any of them can make it write there. */
export const SIDE_FILE_SUFFIXES = ['-wal', '-journal', '-shm'] as const;

export function hasSideFile(filePath: string): boolean {
  return SIDE_FILE_SUFFIXES.some((suffix) => fs.existsSync(`${filePath}${suffix}`));
}

/**
 * Whether even a read-only connection on the file in place could write beside it: a header that
 * says WAL (SQLite creates -wal and -shm), or a -wal, -journal or -shm already there (SQLite
 * opens a -wal it finds in WAL mode whatever the header says, and rolls back a hot journal).
 * Such a file is only ever read from a copy.
 */
export function mustReadFromCopy(filePath: string, rollbackMode: boolean): boolean {
  return !rollbackMode || hasSideFile(filePath);
}

/**
 * Runs `read` on a copy of the file and its -wal/-journal in a temporary folder, opened
 * read-write so SQLite may replay or roll back there, as opening in Koers would.
 */
export function onCopy<T>(
  filePath: string,
  nativeBinding: string | undefined,
  read: (open: () => SqliteHandle) => T,
): T {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-check-'));
  try {
    const copy = path.join(tempDir, 'check.koers');
    fs.copyFileSync(filePath, copy);
    for (const suffix of ['-wal', '-journal']) {
      if (fs.existsSync(`${filePath}${suffix}`)) {
        fs.copyFileSync(`${filePath}${suffix}`, `${copy}${suffix}`);
      }
    }
    return read(() => openSqlite(copy, nativeBinding ? { nativeBinding } : {}));
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

/**
 * What Koers notes about a file it has just closed cleanly: if the file still has exactly this
 * size, modification time and SQLite change counter when it is opened again on this machine,
 * nobody has written to it since, and the full quick_check (seconds for a file with 200 MB of
 * documents) can be skipped. A file from anywhere else gets the full check.
 */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  changeCounter: number;
}

export function fileFingerprint(filePath: string): FileFingerprint | undefined {
  try {
    const { header, size } = readHeader(filePath);
    if (header.length < 28) return undefined;
    return { size, mtimeMs: fs.statSync(filePath).mtimeMs, changeCounter: header.readUInt32BE(24) };
  } catch {
    return undefined;
  }
}

const sameFingerprint = (a: FileFingerprint | undefined, b: FileFingerprint | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.size === b.size &&
  a.mtimeMs === b.mtimeMs &&
  a.changeCounter === b.changeCounter;

export function validateEngagementFile(
  filePath: string,
  supportedVersion: number,
  nativeBinding?: string,
  trusted?: FileFingerprint,
): { userVersion: number; needsRecovery: boolean } {
  // Everything we can learn about a file without writing a byte to it or its folder. A file in
  // rollback mode (how Koers leaves a closed file) with nothing beside it is checked in place on
  // a read-only connection, which creates no side files; any other is checked on a copy.
  const { header, size } = readHeader(filePath);
  const verdict = inspectHeader(header, size, supportedVersion);
  const fileName = nameOf(filePath);
  switch (verdict.kind) {
    case 'empty':
      throw new KoersError('FILE_EMPTY', { fileName });
    case 'not-sqlite':
      throw new KoersError('NOT_A_KOERS_FILE', { fileName });
    case 'truncated':
      throw new KoersError('FILE_CORRUPT', { fileName });
    case 'other-application':
      throw new KoersError('FILE_OTHER_APPLICATION', { fileName });
    case 'newer-version':
      throw new KoersError('FILE_FROM_NEWER_VERSION', {
        fileName,
        fileVersion: verdict.userVersion,
        supportedVersion,
      });
    case 'no-schema-version':
      throw new KoersError('FILE_CORRUPT', { fileName });
    case 'ok':
      break;
  }
  // After a crash the -wal holds acknowledged saves: SQLite must replay it, which is a write we
  // want. The check then runs on the opened file (see openEngagementFile).
  if (verdict.walMode && fs.existsSync(`${filePath}-wal`)) {
    return { userVersion: verdict.userVersion, needsRecovery: true };
  }
  if (mustReadFromCopy(filePath, verdict.rollbackMode)) {
    onCopy(filePath, nativeBinding, (open) => checkConnection(open, filePath));
  } else if (!sameFingerprint(trusted, fileFingerprint(filePath))) {
    const binding = nativeBinding ? { nativeBinding } : {};
    checkConnection(() => openSqlite(filePath, { readonly: true, ...binding }), filePath);
  }
  return { userVersion: verdict.userVersion, needsRecovery: false };
}

/** A verified copy (online backup + integrity_check on the copy) before any migration runs. */
export async function backupBeforeMigration(
  filePath: string,
  backupDir: string,
  fromVersion: number,
  nativeBinding?: string,
): Promise<string> {
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.basename(filePath, path.extname(filePath));
  const backupPath = path.join(backupDir, `${base}.v${fromVersion}.${stamp}.koers`);
  const source = openSqlite(filePath, {
    readonly: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    await source.backup(backupPath);
  } finally {
    source.close();
  }
  const copy = openSqlite(backupPath, {
    readonly: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`backup integrity_check: ${String(result)}`);
  } finally {
    copy.close();
  }
  return backupPath;
}

export async function openEngagementFile<DB>(
  filePath: string,
  options: OpenOptions,
): Promise<EngagementFile<DB>> {
  const migrations = options.migrations;
  const target = versionAfter(migrations);
  const { userVersion, needsRecovery } = validateEngagementFile(
    filePath,
    target,
    options.nativeBinding,
    options.trusted,
  );
  let backupPath: string | undefined;
  if (userVersion < target) {
    backupPath = await backupBeforeMigration(
      filePath,
      options.backupDir,
      userVersion,
      options.nativeBinding,
    );
  }

  let sqlite: SqliteHandle;
  try {
    sqlite = openSqlite(
      filePath,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
    applyWritePragmas(sqlite);
    if (needsRecovery) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new KoersError('FILE_CORRUPT', { fileName: nameOf(filePath) });
    }
  } catch (error) {
    // sqlite may be half-open; closing is best effort.
    if (error instanceof KoersError) throw error;
    throw damaged(filePath, error);
  }
  const db = kyselyFor<DB>(sqlite);
  if (userVersion < target) {
    try {
      await runMigrations(db as unknown as Kysely<unknown>, migrations);
    } catch (cause) {
      await closeQuietly(sqlite);
      throw new KoersError(
        'MIGRATION_FAILED',
        { fileName: nameOf(filePath), backupPath: backupPath ?? '' },
        { cause },
      );
    }
  }
  return { path: filePath, sqlite, db };
}

/**
 * Makes a new engagement file without ever leaving a half-made one at `filePath`: it is built
 * under a temporary name in the same folder, closed cleanly, then linked into place (link fails
 * instead of overwriting when the name was taken meanwhile).
 */
export async function createEngagementFile<DB>(
  filePath: string,
  options: OpenOptions,
  initialise: (db: Kysely<DB>) => Promise<void>,
): Promise<EngagementFile<DB>> {
  if (fs.existsSync(filePath)) throw new KoersError('FILE_EXISTS', { fileName: nameOf(filePath) });
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const tempPath = path.join(path.dirname(filePath), `.${nameOf(filePath)}.${randomUUID()}.tmp`);
  const sqlite = createSqlite(tempPath, options.nativeBinding);
  try {
    sqlite.pragma(`application_id = ${KOERS_APPLICATION_ID}`);
    applyWritePragmas(sqlite);
    const db = kyselyFor<DB>(sqlite);
    await runMigrations(db as unknown as Kysely<unknown>, options.migrations);
    await db.transaction().execute(initialise);
    closeCleanly(sqlite);
    placeWithoutOverwriting(tempPath, filePath);
  } finally {
    if (sqlite.open) sqlite.close();
    fs.rmSync(tempPath, { force: true });
    fs.rmSync(`${tempPath}-wal`, { force: true });
  }
  return openEngagementFile<DB>(filePath, options);
}

function placeWithoutOverwriting(tempPath: string, filePath: string): void {
  try {
    fs.linkSync(tempPath, filePath);
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'EEXIST') throw new KoersError('FILE_EXISTS', { fileName: nameOf(filePath) });
    // USB sticks (FAT, exFAT) and some network shares have no hard links.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    try {
      fs.copyFileSync(tempPath, filePath, fs.constants.COPYFILE_EXCL);
    } catch (copyError) {
      if (sqliteCode(copyError) === 'EEXIST') {
        throw new KoersError('FILE_EXISTS', { fileName: nameOf(filePath) });
      }
      throw copyError;
    }
  }
}

/**
 * Folds the WAL into the main file while the engagement stays open, so that a copy of the
 * `.koers` file alone (mailed, backed up, synced) holds every acknowledged save. TRUNCATE also
 * empties the -wal. Refuses to run inside a transaction: the caller runs it between tasks.
 * Returns false when it could not run (a transaction is open) or SQLite left frames behind.
 */
export function checkpointOpenFile(sqlite: SqliteHandle): boolean {
  if (!sqlite.open || sqlite.inTransaction) return false;
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result?.busy === 0;
}

/** Rows changed on this connection since it opened: grows with every save. */
export function changesSince(sqlite: SqliteHandle): number {
  return Number(sqlite.prepare('SELECT total_changes()').pluck().get());
}

/**
 * Leaves one self-contained file: the WAL is folded in and the file is switched back to
 * rollback mode, so the next open can check it read-only without creating side files.
 */
export function closeCleanly(sqlite: SqliteHandle): void {
  if (!sqlite.open) return;
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('optimize');
  sqlite.pragma('journal_mode = DELETE');
  sqlite.close();
}

async function closeQuietly(sqlite: SqliteHandle): Promise<void> {
  try {
    if (sqlite.open) sqlite.close();
  } catch {
    // Already failing; the original error is what the user needs to see.
  }
}

export async function closeEngagementFile<DB>(file: EngagementFile<DB>): Promise<void> {
  closeCleanly(file.sqlite);
}
