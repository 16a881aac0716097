import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../domains/schema.js';
import type { LoadedMethod } from '../method/load-method.js';
import type { SqliteHandle } from '../store/sqlite-connection.js';
import type { InterchangeDocument } from './interchange-schema.js';

/**
 * What a domain area adds to the JSON interchange format: one top-level property with its
 * records. The base format (engagement, method, checklist, stakeholders, themes, documents,
 * interviews, findings) predates the areas; every later area plugs in here, so adding one
 * never edits the importer or the exporter.
 *
 * A section is optional in the format: a file written before the area existed has no such
 * property and imports as "no records". Its rows mirror the file's tables (not the UI's views)
 * and its records keep their keys in one fixed order, so the export stays byte-for-byte stable.
 */
export interface InterchangeSection<T = unknown> {
  /** The property name in the document, e.g. "sessions". */
  readonly key: string;
  /** The format version that introduced it (INTERCHANGE_FORMAT_VERSION at the time). */
  readonly since: number;
  /** Types and bounds of the property's value; every string and array bounded. */
  readonly schema: z.ZodType<T>;
  /** The area's records, read inside the export's one read transaction. */
  read(sqlite: SqliteHandle): T;
  /** Writes the records into the new file, inside the import's transaction. */
  insert(trx: Kysely<Database>, value: T): Promise<void>;
  /**
   * Cross-references the schema cannot see (ids that must exist elsewhere in the document).
   * Returns the path and the id of the first dangling reference, or null. `method` is today's
   * method, as loaded at start-up: what a new file gets for a method part the document carries
   * no copy of.
   */
  check?(
    value: T,
    doc: InterchangeDocument & Record<string, unknown>,
    method: LoadedMethod,
  ): DanglingReference | null;
}

export interface DanglingReference {
  /** JSON path, e.g. "sessions[2].participants[0]". */
  path: string;
  id: string;
}

/** The ids of the base format's records by kind: what sections' references point at. */
export function baseIds(doc: InterchangeDocument): Record<string, Set<string>> {
  return {
    stakeholder: new Set(doc.stakeholders.map((s) => s.id)),
    theme: new Set(doc.themes.map((t) => t.id)),
    document: new Set(doc.documents.map((d) => d.id)),
    passage: new Set(doc.documents.flatMap((d) => d.passages.map((p) => p.id))),
    interview: new Set(doc.interviews.map((i) => i.id)),
    finding: new Set(doc.findings.map((f) => f.id)),
  };
}
