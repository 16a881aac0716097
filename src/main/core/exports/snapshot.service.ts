import type { EngagementSnapshot, SnapshotScope } from '../../export/snapshot.js';
import type { CoreContext } from '../core-context.js';
import { getDocument, listEngagementDocuments } from '../../domains/documents/document.service.js';
import { getEngagement } from '../../domains/engagement/engagement.service.js';
import { listEngagementFindings } from '../../domains/findings/finding.service.js';
import { engagementGuide } from '../../domains/interviews/interview-guide.service.js';
import {
  getInterview,
  listEngagementInterviews,
} from '../../domains/interviews/interview.service.js';
import { listEngagementStakeholders } from '../../domains/stakeholders/stakeholder.service.js';
import { listEngagementThemes } from '../../domains/findings/theme.service.js';

/**
 * Reads a whole engagement in one read transaction, so an export never mixes data from before
 * and after a save. The dispatcher runs one call at a time, so nothing else uses the
 * connection meanwhile; BEGIN is issued on the driver because the services go through kysely
 * on that same single connection.
 */
export async function readSnapshot(
  ctx: CoreContext,
  engagementId: string,
  scope: SnapshotScope,
  interviewId?: string,
): Promise<EngagementSnapshot> {
  const doc = ctx.open.get(engagementId);
  const sqlite = doc.file.sqlite;
  sqlite.prepare('BEGIN').run();
  try {
    // The guide copy may be written on first use (files from before step 1); do that first.
    const guide = await engagementGuide(ctx, doc.file.db);
    const engagement = await getEngagement(ctx, engagementId);
    const [stakeholders, themes, findings] = await Promise.all([
      listEngagementStakeholders(ctx, engagementId),
      listEngagementThemes(ctx, engagementId),
      scope.findings === false ? [] : listEngagementFindings(ctx, engagementId),
    ]);
    const documentList = await listEngagementDocuments(ctx, engagementId);
    const documents = [];
    if (scope.documents)
      for (const d of documentList) documents.push(await getDocument(ctx, engagementId, d.id));
    const interviewList = await listEngagementInterviews(ctx, engagementId);
    const interviewIds =
      scope.interviews === 'all'
        ? interviewList.map((i) => i.id)
        : scope.interviews === 'one' && interviewId
          ? [interviewId]
          : [];
    const interviews = [];
    for (const id of interviewIds) interviews.push(await getInterview(ctx, engagementId, id));
    const totals = { interviews: interviewList.length, documents: documentList.length };
    const areaParts: Partial<EngagementSnapshot> = {};
    for (const area of ctx.areas)
      Object.assign(areaParts, await area.snapshot?.(ctx, engagementId, scope));
    return {
      ...areaParts,
      engagement,
      stakeholders,
      themes,
      documents,
      interviews,
      findings,
      guide,
      totals,
      takenAt: ctx.now(),
    };
  } finally {
    sqlite.prepare(sqlite.inTransaction ? 'COMMIT' : 'SELECT 1').run();
  }
}
