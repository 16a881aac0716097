import type { EngagementProgress } from '../../../shared/domain/adoption.js';
import type { CoreContext } from '../../core/core-context.js';
import { readNulmetingProgress } from '../nulmeting/nulmeting.progress.js';
import { readRoadmapProgress } from '../roadmap/roadmap.progress.js';
import { engagementVisionMethod } from '../vision/vision.service.js';
import { visionAdoption } from './adoption.service.js';
import { methodCopy } from './borging.service.js';
import { borgingMethod } from './adoption.method.js';
import * as repo from './adoption.repository.js';

// The overview's numbers: per step what exists and what is open, counted in the file.
// Unsupported passages: of the kinds the vision checks want evidence for. Borging: items marked not applicable do not count towards the total.
// The nulmeting and the routekaart count their own numbers (their *.progress.ts).

export async function readProgress(
  ctx: CoreContext,
  engagementId: string,
): Promise<EngagementProgress> {
  const db = ctx.open.get(engagementId).file.db;
  const visionMethod = await engagementVisionMethod(ctx, db);
  const [n, versions, adoption, method, states, nulmeting, roadmap] = await Promise.all([
    repo.stepCounts(db, visionMethod.supportedKinds),
    repo.versionLabels(db),
    visionAdoption(db),
    methodCopy(ctx, db, borgingMethod),
    repo.listBorgingStates(db),
    readNulmetingProgress(ctx, engagementId),
    readRoadmapProgress(ctx, engagementId),
  ]);
  const statusOf = new Map(states.map((s) => [s.item_id, s.status]));
  const applicable = method.items.filter((i) => statusOf.get(i.id) !== 'niet-van-toepassing');
  return {
    step1: {
      documents: n.documents,
      interviews: n.interviews,
      interviewsHeld: n.interviewsHeld,
      findings: n.findings,
      themes: n.themes,
    },
    step2: {
      sessions: n.sessions,
      sessionsHeld: n.sessionsHeld,
      participants: n.participants,
      stakeholderPositions: n.stakeholderPositions,
      roles: n.roles,
    },
    step3: {
      passages: n.passages,
      unsupportedPassages: n.unsupportedPassages,
      versions: n.versions,
      latestVersionLabel: versions.filter((v) => v.status !== 'herstelpunt').at(-1)?.label ?? null,
      openFeedback: n.openFeedback,
    },
    step4: {
      presentations: n.presentations,
      decisions: n.decisions,
      adoptedVersionLabel: adoption?.versionLabel ?? null,
      borgingDone: applicable.filter((i) => statusOf.get(i.id) === 'gereed').length,
      borgingTotal: applicable.length,
    },
    nulmeting,
    roadmap,
  };
}
