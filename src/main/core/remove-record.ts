import type { CoreContext } from './core-context.js';
import { KoersError } from '../base/koers-error.js';

/** Tables whose records the user deletes one at a time; what hangs off them goes by cascade. */
type RemovableTable = 'document' | 'passage' | 'interview' | 'finding' | 'theme';

/** Deletes one record by id; NOT_FOUND when there was none, so a stale UI hears about it. */
export async function removeRecord(
  ctx: CoreContext,
  engagementId: string,
  table: RemovableTable,
  id: string,
): Promise<{ id: string }> {
  const result = await ctx.open
    .get(engagementId)
    .file.db.deleteFrom(table)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new KoersError('NOT_FOUND');
  return { id };
}
