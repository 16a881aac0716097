import fs from 'node:fs';
import path from 'node:path';
import { methodSchema } from '../../shared/domain/method.js';
import { KoersError } from '../base/koers-error.js';
import { mustReadFromCopy, onCopy, validateEngagementFile } from './engagement-file.js';
import { KOERS_APPLICATION_ID } from './file-format.js';
import { inspectHeader } from './file-header.js';
import { openSqlite, type SqliteHandle } from './sqlite-connection.js';

// What `koers info` and `koers verify` report about a file, learned without writing a byte to
// the file or its folder. Archivists run this on files years old, often on read-only media.

export interface EngagementFileReport {
  path: string;
  sizeBytes: number;
  /** PRAGMA user_version of the file. */
  schemaVersion: number;
  /** The newest schema this build of Koers knows. */
  supportedSchemaVersion: number;
  applicationIdOk: true;
  /** A damaged file is refused with FILE_CORRUPT, so a report always says ok. */
  integrity: 'ok';
  /** Opening in Koers upgrades the file (after making a verified backup). */
  willMigrate: boolean;
  /** A -wal beside the file holds saves that SQLite replays on the next open. */
  needsRecovery: boolean;
  engagement: {
    title: string;
    clientName: string;
    language: string;
    status: string;
    startDate: string | null;
    consultants: string[];
    methodVersion: string;
  };
  stakeholders: { total: number; byGroup: Record<string, number> };
  /** total is null when the method copy in the file cannot be read. */
  checklist: { done: number; total: number | null };
  themes: number;
  /** Step 1 records; null for a file from before step 1 existed (schema v1). */
  analysis: {
    documents: number;
    documentBytes: number;
    passages: number;
    interviews: number;
    findings: number;
  } | null;
}

interface EngagementQueryRow {
  title: string;
  client_name: string;
  language: string;
  status: string;
  start_date: string | null;
  consultants_json: string;
  method_version: string;
}

const fileNameOf = (filePath: string) => path.basename(filePath);

function parseConsultants(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function countChecklistItems(stepsJson: string | undefined): number | null {
  if (stepsJson === undefined) return null;
  try {
    const parsed = methodSchema.shape.steps.safeParse(JSON.parse(stepsJson));
    return parsed.success
      ? parsed.data.reduce((sum, step) => sum + step.checklist.length, 0)
      : null;
  } catch {
    return null;
  }
}

function readReport(
  sqlite: SqliteHandle,
  filePath: string,
  sizeBytes: number,
  needsRecovery: boolean,
  supportedVersion: number,
): EngagementFileReport {
  const fileName = fileNameOf(filePath);
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
    throw new KoersError('FILE_CORRUPT', { fileName });
  }
  // Read again from the connection: after a WAL replay page 1 may differ from the header bytes.
  const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }));
  if (sqlite.pragma('application_id', { simple: true }) !== KOERS_APPLICATION_ID) {
    throw new KoersError('FILE_OTHER_APPLICATION', { fileName });
  }
  if (schemaVersion < 1) throw new KoersError('FILE_CORRUPT', { fileName });
  if (schemaVersion > supportedVersion) {
    throw new KoersError('FILE_FROM_NEWER_VERSION', {
      fileName,
      fileVersion: schemaVersion,
      supportedVersion,
    });
  }

  const engagements = sqlite
    .prepare(
      'SELECT title, client_name, language, status, start_date, consultants_json, method_version FROM engagement LIMIT 2',
    )
    .all() as EngagementQueryRow[];
  // A Koers file holds exactly one engagement; anything else is damage, not a variant.
  const row = engagements.length === 1 ? engagements[0] : undefined;
  if (!row) throw new KoersError('FILE_CORRUPT', { fileName });

  const groups = sqlite
    .prepare(
      'SELECT group_code AS groupCode, count(*) AS n FROM stakeholder GROUP BY group_code ORDER BY group_code',
    )
    .all() as { groupCode: string; n: number }[];
  const byGroup: Record<string, number> = {};
  for (const g of groups) byGroup[g.groupCode] = g.n;
  const done = sqlite
    .prepare('SELECT count(*) FROM checklist_state WHERE done = 1')
    .pluck()
    .get() as number;
  const themes = sqlite.prepare('SELECT count(*) FROM theme').pluck().get() as number;
  const hasAnalysis =
    sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'finding'")
      .pluck()
      .get() === 1;
  const count = (sql: string) => Number(sqlite.prepare(sql).pluck().get() ?? 0);
  const analysis = hasAnalysis
    ? {
        documents: count('SELECT count(*) FROM document'),
        documentBytes: count('SELECT coalesce(sum(size_bytes), 0) FROM document'),
        passages: count('SELECT count(*) FROM passage'),
        interviews: count('SELECT count(*) FROM interview'),
        findings: count('SELECT count(*) FROM finding'),
      }
    : null;
  const stepsJson = sqlite
    .prepare("SELECT content_json FROM method_snapshot WHERE part = 'steps'")
    .pluck()
    .get() as string | undefined;

  return {
    path: filePath,
    sizeBytes,
    schemaVersion,
    supportedSchemaVersion: supportedVersion,
    applicationIdOk: true,
    integrity: 'ok',
    willMigrate: schemaVersion < supportedVersion,
    needsRecovery,
    engagement: {
      title: row.title,
      clientName: row.client_name,
      language: row.language,
      status: row.status,
      startDate: row.start_date,
      consultants: parseConsultants(row.consultants_json),
      methodVersion: row.method_version,
    },
    stakeholders: { total: groups.reduce((sum, g) => sum + g.n, 0), byGroup },
    checklist: { done, total: countChecklistItems(stepsJson) },
    themes,
    analysis,
  };
}

function withConnection<T>(
  filePath: string,
  open: () => SqliteHandle,
  read: (sqlite: SqliteHandle) => T,
): T {
  let sqlite: SqliteHandle | undefined;
  try {
    sqlite = open();
    return read(sqlite);
  } catch (error) {
    if (error instanceof KoersError) throw error;
    // "no such table", "malformed" and friends: a file that says it is Koers but is not whole.
    throw new KoersError('FILE_CORRUPT', { fileName: fileNameOf(filePath) }, { cause: error });
  } finally {
    sqlite?.close();
  }
}

/**
 * Schema version, counts and a full integrity_check of an engagement file. Throws KoersError
 * with the code for every damaged case (FILE_EMPTY, NOT_A_KOERS_FILE, FILE_CORRUPT, …).
 *
 * A closed Koers file is in rollback mode and is read in place on a read-only connection, which
 * creates nothing beside it. A file whose header says anything but rollback, or with a -wal,
 * -journal or -shm beside it, would get side files (or a replay) from even a read-only
 * connection, so it is read from a copy in a temporary folder instead, sidecars included, so the
 * report shows what opening would show.
 */
export function inspectEngagementFile(
  filePath: string,
  supportedVersion: number,
  nativeBinding?: string,
): EngagementFileReport {
  const { needsRecovery } = validateEngagementFile(filePath, supportedVersion, nativeBinding);
  const sizeBytes = fs.statSync(filePath).size;
  const binding = nativeBinding ? { nativeBinding } : {};

  const header = Buffer.alloc(100);
  const fd = fs.openSync(filePath, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  const verdict = inspectHeader(header, sizeBytes, supportedVersion);
  const rollbackMode = verdict.kind === 'ok' && verdict.rollbackMode;
  const report = (sqlite: SqliteHandle) =>
    readReport(sqlite, filePath, sizeBytes, needsRecovery, supportedVersion);

  if (!mustReadFromCopy(filePath, rollbackMode)) {
    return withConnection(
      filePath,
      () => openSqlite(filePath, { readonly: true, ...binding }),
      report,
    );
  }
  return onCopy(filePath, nativeBinding, (open) => withConnection(filePath, open, report));
}
