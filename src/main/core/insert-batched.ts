import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../domains/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** SQLite allows 32,766 parameters per statement; the widest table has 14 columns. */
const BATCH = 1000;

/** Inserts many rows of one table in statements of at most BATCH rows. */
export async function insertBatched<T extends keyof Database>(
  db: Db,
  table: T,
  values: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < values.length; i += BATCH)
    await db
      .insertInto(table)
      .values(values.slice(i, i + BATCH) as never)
      .execute();
}

/**
 * An interchange file's rows of an area, table by table in `order` (parents before children),
 * inside the import's transaction.
 */
export async function insertRowsInOrder<T extends keyof Database>(
  db: Db,
  order: readonly T[],
  rows: { [K in T]: readonly Insertable<Database[K]>[] },
): Promise<void> {
  for (const table of order) await insertBatched(db, table, rows[table]);
}
