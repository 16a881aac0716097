import BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS } from '../../src/main/domains/schema.js';
import { runMigrations } from '../../src/main/store/migrate.js';
import { kyselyFor } from '../../src/main/store/sqlite-connection.js';

// Tests of "a file from before area X" used to drop a hand-written list of tables; each new
// area then broke them all (its tables stayed, so its migration failed on CREATE TABLE). Here the
// list comes from the migrations themselves: build the schema of `version` in memory and drop
// every table the file has beyond it.

async function tablesAtVersion(version: number): Promise<Set<string>> {
  const sqlite = new BetterSqlite3(':memory:');
  const db = kyselyFor(sqlite);
  try {
    await runMigrations(db as never, MIGRATIONS.slice(0, version));
    const rows = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    return new Set(rows.map((row) => row.name));
  } finally {
    await db.destroy();
  }
}

/**
 * Makes a closed engagement file look like one written at `version`: later tables gone, the
 * method parts those areas copy on first use removed, and the user_version set back.
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
    const present = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    for (const { name } of present)
      if (!keep.has(name)) raw.exec(`DROP TABLE "${name.replaceAll('"', '""')}"`);
    const forget = raw.prepare('DELETE FROM method_snapshot WHERE part = ?');
    for (const part of laterMethodParts) forget.run(part);
    raw.pragma(`user_version = ${version}`);
  } finally {
    raw.close();
  }
}
