import type { CoreContext } from './core-context.js';
import { KoersError } from '../base/koers-error.js';
import { captureCascade } from './undo-stash.js';
import type { Removed } from '../../shared/contract.js';

/** Tables whose records the user deletes one at a time; what hangs off them goes by cascade. */
type RemovableTable = 'document' | 'passage' | 'interview' | 'finding' | 'theme';

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
    const result = await trx.deleteFrom(table).where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new KoersError('NOT_FOUND');
    return captured;
  });
  return { id, undoToken: ctx.undo.keep({ engagementId, inserts, replaces: [] }) };
}
