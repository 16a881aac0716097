import type { NulmetingProgress } from '../../../shared/domain/adoption.js';
import type { CoreContext } from '../../core/core-context.js';
import { engagementMaturity, listAssessments } from './nulmeting.service.js';

// The nulmeting's numbers on the overview (progress:get): how many measurements, and how far the
// newest one is agreed. Only reads: a file without its own model copy counts today's model.

export async function readNulmetingProgress(
  ctx: CoreContext,
  engagementId: string,
): Promise<NulmetingProgress> {
  const db = ctx.open.get(engagementId).file.db;
  const [assessments, model] = await Promise.all([
    listAssessments(ctx, engagementId),
    engagementMaturity(ctx, db, false),
  ]);
  // listAssessments gives the newest first (by date, then the order made).
  const latest = assessments[0];
  return {
    measurements: assessments.length,
    dimensions: model.dimensions.length,
    latest: latest
      ? { name: latest.name, date: latest.date, agreedDimensions: latest.agreedCount }
      : null,
  };
}
