import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export interface KoersMigration {
  /** The user_version the file has after this migration. */
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** The file version a list of migrations brings a file to. */
export const versionAfter = (migrations: readonly KoersMigration[]): number =>
  migrations[migrations.length - 1]?.version ?? 0;

/**
 * Hands our code-bundled migrations to anything that speaks kysely's MigrationProvider. We run
 * them ourselves (runMigrations) rather than with kysely's Migrator because SQLite DDL is only
 * safe when each migration and its version bump share one transaction, and kysely's Migrator
 * neither wraps SQLite migrations in a transaction nor keeps its bookkeeping inside one.
 */
export class CodeMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: readonly KoersMigration[]) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(this.migrations.map((m) => [m.name, { up: m.up }]));
  }
}

export async function readUserVersion(db: Kysely<unknown>): Promise<number> {
  const result = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  return result.rows[0]?.user_version ?? 0;
}

/**
 * Brings the file from its user_version up to the last migration, one transaction per
 * migration: a migration that throws leaves the file exactly at the previous version.
 */
export async function runMigrations(
  db: Kysely<unknown>,
  migrations: readonly KoersMigration[],
): Promise<{ from: number; to: number }> {
  const from = await readUserVersion(db);
  const provider = new CodeMigrationProvider(migrations);
  const byName = await provider.getMigrations();
  let current = from;
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    await db.transaction().execute(async (trx) => {
      await byName[migration.name]!.up(trx);
      // PRAGMA cannot take a bound parameter; the version is an integer from our own code.
      await sql.raw(`PRAGMA user_version = ${Math.trunc(migration.version)}`).execute(trx);
    });
    current = migration.version;
  }
  return { from, to: current };
}
