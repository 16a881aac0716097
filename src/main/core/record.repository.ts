import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../domains/schema.js';

// The SQL of record-level delete and undo, for any table: these work on rows as the file holds
// them (same ids, timestamps, links), whatever the area, so a new area's tables take part
// without being listed anywhere.

type Db = Kysely<Database> | Transaction<Database>;
export type RawRow = Record<string, unknown>;

export interface Cascade {
  /** The child table and its column that points at the parent's id. */
  table: string;
  column: string;
}

export interface ForeignKeys {
  /** Per parent table, the children that go with a parent row (ON DELETE CASCADE). */
  cascades: Map<string, Cascade[]>;
  /** Per table, its depth in the reference graph: a row can be inserted once lower ones are in. */
  depth: Map<string, number>;
}

/**
 * The file's own foreign keys, so the undo stash keeps exactly what SQLite removes and puts it
 * back parents first, for any area's tables.
 */
export async function readForeignKeys(db: Db): Promise<ForeignKeys> {
  const { rows } = await sql<{ child: string; column: string; parent: string; onDelete: string }>`
    SELECT m.name AS child, p."from" AS "column", p."table" AS parent, p.on_delete AS "onDelete"
    FROM sqlite_master m, pragma_foreign_key_list(m.name) p
    WHERE m.type = 'table'
    ORDER BY m.name, p.id`.execute(db);
  const cascades = new Map<string, Cascade[]>();
  const parents = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.onDelete === 'CASCADE')
      cascades.set(r.parent, [
        ...(cascades.get(r.parent) ?? []),
        { table: r.child, column: r.column },
      ]);
    if (r.parent !== r.child)
      parents.set(r.child, (parents.get(r.child) ?? new Set()).add(r.parent));
  }
  const depth = new Map<string, number>();
  const depthOf = (table: string, path: Set<string>): number => {
    const known = depth.get(table);
    if (known !== undefined) return known;
    // A reference cycle (none today) cannot be ordered; it stops here rather than looping.
    if (path.has(table)) return 0;
    path.add(table);
    let d = 0;
    for (const parent of parents.get(table) ?? []) d = Math.max(d, depthOf(parent, path) + 1);
    path.delete(table);
    depth.set(table, d);
    return d;
  };
  for (const table of parents.keys()) depthOf(table, new Set());
  return { cascades, depth };
}

export async function selectRowsWhere(
  db: Db,
  table: string,
  column: string,
  value: unknown,
): Promise<RawRow[]> {
  const { rows } = await sql<RawRow>`SELECT * FROM ${sql.table(table)}
    WHERE ${sql.ref(column)} = ${value}`.execute(db);
  return rows;
}

/** Returns the number of rows deleted (0: there was no such record). */
export async function deleteRowById(db: Db, table: string, id: string): Promise<number> {
  const result = await sql`DELETE FROM ${sql.table(table)} WHERE id = ${id}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function insertRawRow(db: Db, table: string, row: RawRow): Promise<void> {
  const columns = Object.keys(row);
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    VALUES (${sql.join(columns.map((c) => row[c]))})`.execute(db);
}

/** Writes a row back over the record with the same `id`. */
export async function replaceRawRow(db: Db, table: string, row: RawRow): Promise<void> {
  const { id, ...rest } = row;
  const sets = Object.entries(rest).map(([k, v]) => sql`${sql.ref(k)} = ${v}`);
  await sql`UPDATE ${sql.table(table)} SET ${sql.join(sets)} WHERE id = ${id}`.execute(db);
}
