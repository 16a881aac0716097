import type { StakeholderGroup } from '../../../shared/domain/stakeholder.js';
import type {
  VisionApproachCounts,
  VisionSnapshot,
  VisionSnapshotFinding,
} from '../../../shared/domain/vision.js';
import type { CoreContext } from '../../core/core-context.js';
import { countEngagementFindings, listFindingsWithIds } from '../findings/finding.service.js';
import { listEngagementThemes } from '../findings/theme.service.js';
import * as repo from './vision.repository.js';
import {
  listFeedback,
  listVersions,
  listVisionPassages,
  posterSettings,
} from './vision.service.js';

// This area's part of an export snapshot: its key in the scope a builder reads, and the data
// (TypeScript adds both to the interfaces of src/main/export/snapshot.ts, which lists no area).
declare module '../../export/snapshot.js' {
  interface SnapshotScope {
    /** The vision with its linked findings, versions, feedback and approach counts. */
    vision?: boolean;
  }
  interface EngagementSnapshot {
    /** Absent unless the scope asked for the vision. */
    vision?: VisionSnapshot;
  }
}

// What the Visiedocument and the poster read of the vision (`reads.vision`). Runs inside the
// snapshot's read transaction: it only reads (the method copy is not needed, so no first-use
// write can happen here). Findings travel as the findings exports read them: statement, quote
// and source with pseudonyms only; the builder passes every text through its name check.

export async function readVisionSnapshot(
  ctx: CoreContext,
  engagementId: string,
): Promise<VisionSnapshot> {
  const db = ctx.open.get(engagementId).file.db;
  const [passages, findingCount, themes, poster, versions, feedback] = await Promise.all([
    listVisionPassages(ctx, engagementId),
    countEngagementFindings(ctx, engagementId),
    listEngagementThemes(ctx, engagementId),
    posterSettings(ctx, engagementId),
    listVersions(ctx, engagementId),
    listFeedback(ctx, engagementId, {}),
  ]);
  // Only the findings the passages rest on, read by id: not all of the engagement's (30,000 in
  // the bench) to pick out a few dozen.
  const findings = await listFindingsWithIds(
    ctx,
    engagementId,
    passages.flatMap((p) => p.findings.map((f) => f.id)),
  );
  const findingById = new Map(findings.map((f) => [f.id, f]));
  const themeOrder = new Map(themes.map((t, i) => [t.id, i]));
  const themeName = new Map(themes.map((t) => [t.id, t.name]));
  const snapshotFinding = (id: string): VisionSnapshotFinding | null => {
    const f = findingById.get(id);
    if (!f) return null;
    return {
      id: f.id,
      statement: f.statement,
      quote: f.quote,
      kind: f.kind,
      importance: f.importance,
      themes: [...f.themeIds]
        .sort((a, b) => (themeOrder.get(a) ?? 0) - (themeOrder.get(b) ?? 0))
        .map((t) => themeName.get(t) ?? '')
        .filter((t) => t !== ''),
      group: f.group,
      source: f.source,
    };
  };
  return {
    passages: passages.map(({ findings: linked, ...p }) => {
      const list = linked.map((f) => snapshotFinding(f.id)).filter((f) => f !== null);
      const groupCounts: Partial<Record<StakeholderGroup | 'none', number>> = {};
      for (const f of list)
        groupCounts[f.group ?? 'none'] = (groupCounts[f.group ?? 'none'] ?? 0) + 1;
      return {
        ...p,
        themeName: p.themeId ? (themeName.get(p.themeId) ?? null) : null,
        findings: list,
        groupCounts,
      };
    }),
    poster: {
      title: poster.title,
      layout: poster.layout,
      format: poster.format,
      roadmapBand: poster.roadmapBand ?? null,
    },
    versions,
    feedback,
    approach: await approachCounts(db, findingCount),
  };
}

async function approachCounts(
  db: Parameters<typeof repo.countDocuments>[0],
  findings: number,
): Promise<VisionApproachCounts> {
  const [documents, interviews, sessions] = await Promise.all([
    repo.countDocuments(db),
    repo.heldInterviewGroups(db),
    repo.heldSessions(db),
  ]);
  // An interview with two interviewees of one group counts once for that group.
  const groupsOf = new Map<string, Set<StakeholderGroup>>();
  for (const row of interviews) {
    const groups = groupsOf.get(row.id) ?? new Set<StakeholderGroup>();
    if (row.group_code) groups.add(row.group_code as StakeholderGroup);
    groupsOf.set(row.id, groups);
  }
  const interviewsByGroup: Partial<Record<StakeholderGroup, number>> = {};
  for (const groups of groupsOf.values())
    for (const g of groups) interviewsByGroup[g] = (interviewsByGroup[g] ?? 0) + 1;
  return {
    documents,
    interviewsByGroup,
    interviewsTotal: groupsOf.size,
    sessionsHeld: sessions.length,
    sessionParticipants: sessions.reduce((n, s) => n + (s.participant_count ?? s.named), 0),
    findings,
  };
}
