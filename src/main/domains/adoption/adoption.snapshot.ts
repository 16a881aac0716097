import type { AdoptionSnapshot } from '../../../shared/domain/adoption.js';
import type { Language } from '../../../shared/domain/common.js';
import type { CoreContext } from '../../core/core-context.js';
import { getEngagement } from '../engagement/engagement.service.js';
import { listDecisions, listPresentations, visionAdoption } from './adoption.service.js';
import { readBorging } from './borging.service.js';
import { readTimeline } from './timeline.js';

// This area's part of an export snapshot: its key in the scope a builder reads, and the data
// (TypeScript adds both to the interfaces of src/main/export/snapshot.ts, which lists no area).
declare module '../../export/snapshot.js' {
  interface SnapshotScope {
    /** Presentations, decisions, borging and the timeline of step 4. */
    adoption?: boolean;
  }
  interface EngagementSnapshot {
    /** Absent unless the scope asked for step 4 (adoption). */
    adoption?: AdoptionSnapshot;
  }
}

// What the adoption dossier and the borging workbook read (`reads.adoption`). Runs inside the
// snapshot's read transaction: it only reads (a file without its own checklist copy gets
// today's, not stored). The checklist and the timeline are in the engagement's language, and in
// both languages under `inLanguage`, since a document may be made in the other one.

export async function readAdoptionSnapshot(
  ctx: CoreContext,
  engagementId: string,
): Promise<AdoptionSnapshot> {
  const db = ctx.open.get(engagementId).file.db;
  const [engagement, presentations, decisions, adoption] = await Promise.all([
    getEngagement(ctx, engagementId),
    listPresentations(ctx, engagementId),
    listDecisions(ctx, engagementId),
    visionAdoption(db),
  ]);
  const inLanguage = async (language: Language) => ({
    borging: await readBorging(ctx, db, language, false),
    timeline: await readTimeline(ctx, engagementId, language),
  });
  const both = { nl: await inLanguage('nl'), en: await inLanguage('en') };
  return {
    presentations,
    decisions,
    ...both[engagement.language],
    adoption,
    inLanguage: both,
  };
}
