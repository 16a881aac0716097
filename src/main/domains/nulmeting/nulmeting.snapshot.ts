import type { Language } from '../../../shared/domain/common.js';
import type {
  NulmetingSnapshot,
  NulmetingSnapshotFinding,
} from '../../../shared/domain/nulmeting-snapshot.js';
import type { CoreContext } from '../../core/core-context.js';
import { adoptionTranslator } from '../adoption/adoption-texts.js';
import { traceSourceLabel } from '../adoption/trace.js';
import { getEngagement } from '../engagement/engagement.service.js';
import { listFindingsWithIds } from '../findings/finding.service.js';
import { localizeModel } from './nulmeting.mapper.js';
import { engagementMaturity, getAssessment, listAssessments } from './nulmeting.service.js';

// This area's part of an export snapshot: its key in the scope a builder reads, and the data
// (TypeScript adds both to the interfaces of src/main/export/snapshot.ts, which lists no area).
declare module '../../export/snapshot.js' {
  interface SnapshotScope {
    /** The maturity model and every measurement of the nulmeting. */
    nulmeting?: boolean;
  }
  interface EngagementSnapshot {
    /** Absent unless the scope asked for the nulmeting. The shape: shared/domain/nulmeting-snapshot.ts. */
    nulmeting?: NulmetingSnapshot;
  }
}

// What the nulmeting report and the scores workbook read (`reads.nulmeting`). Runs inside the
// snapshot's read transaction: it only reads (a file without its own model copy gets today's,
// not stored).

export async function readNulmetingSnapshot(
  ctx: CoreContext,
  engagementId: string,
): Promise<NulmetingSnapshot> {
  const db = ctx.open.get(engagementId).file.db;
  const [engagement, method, list] = await Promise.all([
    getEngagement(ctx, engagementId),
    engagementMaturity(ctx, db, false),
    listAssessments(ctx, engagementId),
  ]);
  const assessments = [];
  for (const a of list) assessments.push(await getAssessment(ctx, engagementId, a.id, false));
  // Only the findings behind agreed scores, read by id rather than picked out of all of them.
  const findings = await listFindingsWithIds(
    ctx,
    engagementId,
    assessments.flatMap((v) => v.agreed.flatMap((a) => a.findingIds)),
  );
  const inLanguage = (language: Language) => {
    const t = adoptionTranslator(language);
    return {
      model: localizeModel(method, language),
      findings: findings.map((f): NulmetingSnapshotFinding => ({
        id: f.id,
        statement: f.statement,
        sourceLabel: traceSourceLabel(t, f),
      })),
    };
  };
  const both = { nl: inLanguage('nl'), en: inLanguage('en') };
  return { ...both[engagement.language], assessments, inLanguage: both };
}
