import type { Kysely } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-step1-analysis.js';

export interface KoersMigration {
  /** The user_version the file has after this migration. */
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

// Bundled in code (not read from a folder) so a packaged app can never miss one. Append only.
export const MIGRATIONS: readonly KoersMigration[] = [
  { version: 1, name: '0001-initial', up: m0001.up },
  { version: 2, name: '0002-step1-analysis', up: m0002.up },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
