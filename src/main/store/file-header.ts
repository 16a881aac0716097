import { KOERS_APPLICATION_ID, SQLITE_HEADER } from './file-format.js';

// Reads the 100-byte SQLite header without opening the file as a database, so that a file we
// are going to refuse is never touched by SQLite (which could create -wal/-shm files or roll
// back a journal). Offsets from https://www.sqlite.org/fileformat.html#the_database_header.

export type HeaderVerdict =
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'truncated'; expectedBytes: number; actualBytes: number }
  | { kind: 'other-application'; applicationId: number }
  | { kind: 'newer-version'; userVersion: number }
  | { kind: 'no-schema-version'; userVersion: number }
  | {
      kind: 'ok';
      userVersion: number;
      /** SQLite's own rule: read version 2 means WAL, whatever byte 18 says. */
      walMode: boolean;
      /** Both version bytes say rollback (1): a read-only connection leaves the folder alone. */
      rollbackMode: boolean;
      pageSize: number;
      pageCount: number;
    };

export function inspectHeader(
  header: Uint8Array,
  fileSize: number,
  supportedVersion: number,
): HeaderVerdict {
  if (fileSize === 0) return { kind: 'empty' };
  if (header.length < 100) return { kind: 'not-sqlite' };
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const magic = String.fromCharCode(...header.subarray(0, 16));
  if (magic !== SQLITE_HEADER) return { kind: 'not-sqlite' };

  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // A valid page size is a power of two between 512 and 65536; anything else is damage.
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    return { kind: 'truncated', expectedBytes: 0, actualBytes: fileSize };
  }
  const pageCount = view.getUint32(28);
  const changeCounter = view.getUint32(24);
  const versionValidFor = view.getUint32(92);
  const applicationId = view.getUint32(68);
  const userVersion = view.getInt32(60);
  const walMode = header[19] === 2;
  const rollbackMode = header[18] === 1 && header[19] === 1;

  if (applicationId !== KOERS_APPLICATION_ID) return { kind: 'other-application', applicationId };
  if (userVersion > supportedVersion) return { kind: 'newer-version', userVersion };
  // Koers's first migration sets version 1, in the same transaction as the tables: a file at 0
  // (or below) with our application_id was never finished, or was tampered with.
  if (userVersion < 1) return { kind: 'no-schema-version', userVersion };
  // The in-header page count is only trustworthy when version-valid-for matches the change
  // counter (SQLite's own rule). A file shorter than its pages was cut off in transit.
  if (changeCounter === versionValidFor && pageCount > 0 && fileSize < pageCount * pageSize) {
    return { kind: 'truncated', expectedBytes: pageCount * pageSize, actualBytes: fileSize };
  }
  if (fileSize % pageSize !== 0) {
    return {
      kind: 'truncated',
      expectedBytes: Math.ceil(fileSize / pageSize) * pageSize,
      actualBytes: fileSize,
    };
  }
  return { kind: 'ok', userVersion, walMode, rollbackMode, pageSize, pageCount };
}
