import type { DimensionGap } from '../../../shared/domain/nulmeting.js';
import type { CoreContext } from '../../core/core-context.js';

// The gaps the routekaart's checks read: those of the engagement's latest measurement, as the
// nulmeting area computes them (nulmeting:gaps). Kept behind this one function so the service
// takes the gaps as a parameter and the checks are testable without a measurement.

export async function latestGaps(
  _ctx: CoreContext,
  _engagementId: string,
): Promise<DimensionGap[]> {
  // Until the nulmeting area lands its gaps, no measurement means no gaps.
  return [];
}
