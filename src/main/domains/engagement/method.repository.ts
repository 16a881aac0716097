import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { ChecklistStateRow } from './engagement.table.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function writeMethodPart(
  db: Db,
  part: string,
  content: unknown,
  at: string,
): Promise<void> {
  await db
    .insertInto('method_snapshot')
    .values({ part, content_json: JSON.stringify(content), copied_at: at })
    .onConflict((oc) =>
      oc.column('part').doUpdateSet({ content_json: JSON.stringify(content), copied_at: at }),
    )
    .execute();
}

export async function readMethodPart(db: Db, part: string): Promise<unknown> {
  const row = await db
    .selectFrom('method_snapshot')
    .select('content_json')
    .where('part', '=', part)
    .executeTakeFirst();
  return row ? (JSON.parse(row.content_json) as unknown) : undefined;
}

export async function listChecklistState(db: Db): Promise<ChecklistStateRow[]> {
  return db.selectFrom('checklist_state').selectAll().execute();
}

export async function setChecklistState(
  db: Db,
  itemId: string,
  stepId: string,
  done: boolean,
  at: string,
): Promise<ChecklistStateRow> {
  const row = {
    item_id: itemId,
    step_id: stepId,
    done: done ? 1 : 0,
    done_at: done ? at : null,
    updated_at: at,
  };
  await db
    .insertInto('checklist_state')
    .values(row)
    .onConflict((oc) =>
      oc.column('item_id').doUpdateSet({ done: row.done, done_at: row.done_at, updated_at: at }),
    )
    .execute();
  return row;
}
