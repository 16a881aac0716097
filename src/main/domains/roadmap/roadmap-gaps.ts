import type { Language } from '../../../shared/domain/common.js';
import type { DimensionGap } from '../../../shared/domain/nulmeting.js';
import type { CoreContext } from '../../core/core-context.js';
import { readMethodPart } from '../engagement/method.repository.js';
import { maturityMethod } from '../nulmeting/nulmeting.method.js';
import { listGaps } from '../nulmeting/nulmeting.service.js';

// The gaps the routekaart's checks read: those of the engagement's latest measurement, as the
// nulmeting area computes them (nulmeting:gaps). The service takes the gaps as a parameter, so
// its checks are testable without a measurement; this is where the core gets them.

/**
 * The latest measurement's gaps. With `write: false` (an export snapshot, which only reads)
 * a file whose model was never copied has no agreed scores, so no gaps, and nothing is stored.
 */
export async function latestGaps(
  ctx: CoreContext,
  engagementId: string,
  language?: Language,
  write = true,
): Promise<DimensionGap[]> {
  if (!write) {
    const db = ctx.open.get(engagementId).file.db;
    if ((await readMethodPart(db, maturityMethod.key)) === undefined) return [];
  }
  return listGaps(ctx, engagementId, undefined, language);
}
