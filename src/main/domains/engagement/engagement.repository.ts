import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { EngagementPatch, EngagementRow, NewEngagementRow } from './engagement.table.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An engagement file holds exactly one engagement row. */
export async function findEngagement(db: Db): Promise<EngagementRow | undefined> {
  return db.selectFrom('engagement').selectAll().limit(1).executeTakeFirst();
}

export async function insertEngagement(db: Db, row: NewEngagementRow): Promise<void> {
  await db.insertInto('engagement').values(row).execute();
}

export async function updateEngagement(db: Db, id: string, patch: EngagementPatch): Promise<void> {
  await db.updateTable('engagement').set(patch).where('id', '=', id).execute();
}
