import type { CoreContext } from './core-context.js';
import type { Database } from '../domains/schema.js';
import { KoersError } from '../base/koers-error.js';
import { captureCascade } from './undo-stash.js';
import { deleteRowById } from './record.repository.js';
import type { Removed } from '../../shared/contract.js';

/** Any table of the file whose rows have an `id`; what hangs off a record goes by cascade. */
type RemovableTable = keyof Database & string;

export type { Removed };

/**
 * Deletes one record by id, keeping what went (the record and its cascade) for undo;
 * NOT_FOUND when there was none, so a stale UI hears about it.
 */
export async function removeRecord(
  ctx: CoreContext,
  engagementId: string,
  table: RemovableTable,
  id: string,
): Promise<Removed> {
  const db = ctx.open.get(engagementId).file.db;
  const inserts = await db.transaction().execute(async (trx) => {
    const captured = await captureCascade(trx, table, id);
    if ((await deleteRowById(trx, table, id)) === 0) throw new KoersError('NOT_FOUND');
    return captured;
  });
  return { id, undoToken: ctx.undo.keep({ engagementId, inserts, replaces: [] }) };
}
