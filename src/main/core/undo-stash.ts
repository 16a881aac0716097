import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../domains/schema.js';
import { KoersError } from '../base/koers-error.js';
import {
  readForeignKeys,
  insertRawRow,
  replaceRawRow,
  selectRowsWhere,
  type RawRow,
} from './record.repository.js';

/**
 * What a delete removed, kept in memory for a while so "Ongedaan maken" can put the exact rows
 * back (same ids, timestamps and links). In memory rather than in the file: the file format
 * stays as it is, and a deleted record really is gone from the file (and from a copy mailed
 * a minute later). The search index follows by its triggers when the rows return.
 */
export interface UndoEntry {
  engagementId: string;
  /** Rows to insert again, parents before children. */
  inserts: { table: string; row: Record<string, unknown> }[];
  /** Rows to write back over a record that was changed rather than deleted (by primary key `id`). */
  replaces: { table: string; row: Record<string, unknown> }[];
  expiresAt: number;
}

/** Long enough to notice a mistake, short enough that the memory does not grow with a session. */
export const UNDO_LIFETIME_MS = 15 * 60_000;
const MAX_ENTRIES = 50;

type Db = Kysely<Database> | Transaction<Database>;

/** The record and everything its deletion takes with it, parents first, each row once. */
export async function captureCascade(
  db: Db,
  table: string,
  id: string,
): Promise<UndoEntry['inserts']> {
  const { cascades, depth } = await readForeignKeys(db);
  const out: UndoEntry['inserts'] = [];
  const seen = new Set<string>();
  const visit = async (t: string, rows: RawRow[]): Promise<void> => {
    const fresh = rows.filter((row) => {
      const key = `${t}\u0000${JSON.stringify(row)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (const row of fresh) out.push({ table: t, row });
    for (const row of fresh)
      for (const child of cascades.get(t) ?? []) {
        const children = await selectRowsWhere(db, child.table, child.column, row.id);
        // Leaf tables have no cascades of their own; recursing into them finds nothing more.
        await visit(child.table, children);
      }
  };
  await visit(table, await selectRowsWhere(db, table, 'id', id));
  // Parents first: a question goes back before the finding made from it (a stable sort keeps
  // the capture order within one table).
  return out.sort((a, b) => (depth.get(a.table) ?? 0) - (depth.get(b.table) ?? 0));
}

/** The stashes of all open engagements; a token is good once. */
export class UndoStash {
  private readonly entries = new Map<string, UndoEntry>();

  constructor(private readonly clock: () => number = Date.now) {}

  keep(entry: Omit<UndoEntry, 'expiresAt'>): string {
    this.prune();
    const token = randomUUID();
    this.entries.set(token, { ...entry, expiresAt: this.clock() + UNDO_LIFETIME_MS });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return token;
  }

  /** Takes the entry out; UNDO_UNAVAILABLE when it expired, was used, or is another file's. */
  take(engagementId: string, token: string): UndoEntry {
    this.prune();
    const entry = this.entries.get(token);
    if (!entry || entry.engagementId !== engagementId) throw new KoersError('UNDO_UNAVAILABLE');
    this.entries.delete(token);
    return entry;
  }

  /** The entry without taking it (a guard looks before the restore runs); undefined if gone. */
  peek(engagementId: string, token: string): UndoEntry | undefined {
    const entry = this.entries.get(token);
    return entry && entry.engagementId === engagementId && entry.expiresAt > this.clock()
      ? entry
      : undefined;
  }

  /** An engagement closed: what was deleted in it can no longer be restored from here. */
  forget(engagementId: string): void {
    for (const [token, entry] of this.entries)
      if (entry.engagementId === engagementId) this.entries.delete(token);
  }

  private prune(): void {
    const now = this.clock();
    for (const [token, entry] of this.entries)
      if (entry.expiresAt <= now) this.entries.delete(token);
  }
}

/**
 * Puts the rows back in one transaction. A row whose parent has gone since (the interview of a
 * restored finding was deleted in the meantime) makes the whole restore fail: half a restore
 * would be a new kind of orphan.
 */
export async function restoreEntry(db: Kysely<Database>, entry: UndoEntry): Promise<number> {
  try {
    await db.transaction().execute(async (trx) => {
      for (const { table, row } of entry.replaces) await replaceRawRow(trx, table, row);
      for (const { table, row } of entry.inserts) await insertRawRow(trx, table, row);
    });
  } catch (e) {
    throw new KoersError('UNDO_UNAVAILABLE', {}, { cause: e });
  }
  return entry.inserts.length + entry.replaces.length;
}
