import BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS } from '../../src/main/domains/schema.js';
import { runMigrations } from '../../src/main/store/migrate.js';
import { kyselyFor } from '../../src/main/store/sqlite-connection.js';

// Tests of "a file from before area X" used to drop a hand-written list of tables; each new
// area then broke them all (its tables stayed, so its migration failed on CREATE TABLE). Here the
// list comes from the migrations themselves: build the schema of `version` in memory and drop
// every table and column the file has beyond it.

const TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const columnsOf = (sqlite: BetterSqlite3.Database, table: string): string[] =>
  (sqlite.prepare(`PRAGMA table_info(${quoted(table)})`).all() as { name: string }[]).map(
    (c) => c.name,
  );

/** The tables of `version` with their columns. */
async function tablesAtVersion(version: number): Promise<Map<string, Set<string>>> {
  const sqlite = new BetterSqlite3(':memory:');
  const db = kyselyFor(sqlite);
  try {
    await runMigrations(db as never, MIGRATIONS.slice(0, version));
    const rows = sqlite.prepare(TABLES).all() as { name: string }[];
    return new Map(rows.map((row) => [row.name, new Set(columnsOf(sqlite, row.name))]));
  } finally {
    await db.destroy();
  }
}

/**
 * Makes a closed engagement file look like one written at `version`: later tables and columns
 * gone, the method parts those areas copy on first use removed, and the user_version set back.
 */
export async function makeFileOlder(
  file: string,
  version: number,
  laterMethodParts: readonly string[],
): Promise<void> {
  const keep = await tablesAtVersion(version);
  const raw = new BetterSqlite3(file);
  try {
    raw.pragma('foreign_keys = OFF');
    const present = raw.prepare(TABLES).all() as { name: string }[];
    for (const { name } of present) {
      const columns = keep.get(name);
      if (!columns) {
        raw.exec(`DROP TABLE ${quoted(name)}`);
        continue;
      }
      // A later migration that added a column to an older table (0010: the poster's band).
      for (const column of columnsOf(raw, name))
        if (!columns.has(column))
          raw.exec(`ALTER TABLE ${quoted(name)} DROP COLUMN ${quoted(column)}`);
    }
    const forget = raw.prepare('DELETE FROM method_snapshot WHERE part = ?');
    for (const part of laterMethodParts) forget.run(part);
    raw.pragma(`user_version = ${version}`);
  } finally {
    raw.close();
  }
}
