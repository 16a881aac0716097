import type {
  FindingTrace,
  PassageTrace,
  TraceAction,
  TraceGap,
} from '../../../shared/domain/adoption.js';
import type { Language } from '../../../shared/domain/common.js';
import type { Finding } from '../../../shared/domain/finding.js';
import { findingSourceLabel } from '../../../shared/domain/finding-source-label.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import { listFindingsWithIds } from '../findings/finding.service.js';
import { listEngagementThemes } from '../findings/theme.service.js';
import { adoptionTranslator, type AdoptionTranslate } from './adoption-texts.js';
import * as repo from './adoption.repository.js';
import { linkedFindingIds } from '../vision/vision.repository.js';
import { listAgreedFindings } from '../nulmeting/nulmeting.repository.js';
import { latestGaps } from '../roadmap/roadmap-gaps.js';
import { listItems } from '../roadmap/roadmap.service.js';

// The trace view: from a finding (a quote) to the passages it supports and the frozen versions
// that carry it, on through the gaps of the nulmeting whose agreed score it supports to the
// routekaart's actions, and back from a passage to its evidence. A source is named as the findings
// screen names it, with interviewees' pseudonyms only: names never travel with a finding.

/**
 * "Interview R03 · vraag 2", "Coalitieakkoord, p. 12": the findings screen's rule, with the
 * interviewees' pseudonyms in order.
 */
export function traceSourceLabel(t: AdoptionTranslate, finding: Finding): string {
  const source =
    finding.source.type === 'interview'
      ? { ...finding.source, pseudonyms: [...finding.source.pseudonyms].sort() }
      : finding.source;
  return findingSourceLabel((key, params) => t(`source.${key}`, params), source);
}

/**
 * The findings with these ids, and how the trace shows one. Only those are read: an engagement
 * can hold tens of thousands of findings, and a trace shows a handful.
 */
async function traceFindings(
  ctx: CoreContext,
  engagementId: string,
  ids: readonly string[],
  language: Language,
) {
  const t = adoptionTranslator(language);
  const [findings, themes] = await Promise.all([
    listFindingsWithIds(ctx, engagementId, ids),
    listEngagementThemes(ctx, engagementId),
  ]);
  const themeName = new Map(themes.map((th) => [th.id, th.name]));
  const themeOrder = new Map(themes.map((th, i) => [th.id, i]));
  const brief = (f: Finding): FindingTrace['finding'] => ({
    id: f.id,
    statement: f.statement,
    quote: f.quote,
    sourceLabel: traceSourceLabel(t, f),
    themes: [...f.themeIds]
      .sort((a, b) => (themeOrder.get(a) ?? 0) - (themeOrder.get(b) ?? 0))
      .map((id) => themeName.get(id))
      .filter((name) => name !== undefined),
  });
  return { findings: new Map(findings.map((f) => [f.id, f])), brief };
}

export async function traceFinding(
  ctx: CoreContext,
  engagementId: string,
  findingId: string,
  language: Language,
): Promise<FindingTrace> {
  const db = ctx.open.get(engagementId).file.db;
  const { findings, brief } = await traceFindings(ctx, engagementId, [findingId], language);
  const finding = findings.get(findingId);
  if (!finding) throw new KoersError('NOT_FOUND');
  const [passages, versions, gaps] = await Promise.all([
    repo.passagesOfFinding(db, findingId),
    repo.versionContents(db),
    gapsOfFinding(ctx, engagementId, findingId, language),
  ]);
  return {
    finding: brief(finding),
    passages,
    versions: versions
      .filter((v) => carries(v.content_json, findingId))
      .map((v) => ({ id: v.id, label: v.label })),
    gaps,
    actions: await actionsOf(
      ctx,
      engagementId,
      new Set(passages.map((p) => p.id)),
      new Set(gaps.map((g) => g.dimensionId)),
    ),
  };
}

/** The latest measurement's gaps on the dimensions whose agreed score the finding supports. */
async function gapsOfFinding(
  ctx: CoreContext,
  engagementId: string,
  findingId: string,
  language: Language,
): Promise<TraceGap[]> {
  const gaps = await latestGaps(ctx, engagementId, language);
  const assessmentId = gaps[0]?.assessmentId;
  if (!assessmentId) return [];
  const db = ctx.open.get(engagementId).file.db;
  const dimensions = new Set(
    (await listAgreedFindings(db, assessmentId))
      .filter((l) => l.finding_id === findingId)
      .map((l) => l.dimension_id),
  );
  return gaps
    .filter((g) => dimensions.has(g.dimensionId))
    .map((g) => ({
      dimensionId: g.dimensionId,
      dimensionName: g.dimensionName,
      current: g.current,
      desired: g.desired,
      gap: g.gap,
    }));
}

/** The routekaart's items serving one of the passages or closing one of the gaps, each once. */
async function actionsOf(
  ctx: CoreContext,
  engagementId: string,
  passageIds: ReadonlySet<string>,
  dimensionIds: ReadonlySet<string>,
): Promise<TraceAction[]> {
  if (passageIds.size === 0 && dimensionIds.size === 0) return [];
  const items = await listItems(ctx.open.get(engagementId).file.db);
  const actions: TraceAction[] = [];
  for (const item of items) {
    const via = item.passageIds.some((p) => passageIds.has(p))
      ? 'passage'
      : item.gapDimensionIds.some((d) => dimensionIds.has(d))
        ? 'gap'
        : null;
    if (via)
      actions.push({
        id: item.id,
        title: item.title,
        startQuarter: item.startQuarter,
        endQuarter: item.endQuarter,
        via,
      });
  }
  return actions;
}

/** Whether a frozen version's content links the finding (read as stored, not trusted). */
function carries(contentJson: string, findingId: string): boolean {
  try {
    const content = JSON.parse(contentJson) as {
      passages?: { findings?: { id?: unknown }[] }[];
    };
    return (content.passages ?? []).some((p) => (p.findings ?? []).some((f) => f.id === findingId));
  } catch {
    return false;
  }
}

export async function tracePassage(
  ctx: CoreContext,
  engagementId: string,
  passageId: string,
  language: Language,
): Promise<PassageTrace> {
  const db = ctx.open.get(engagementId).file.db;
  const passage = await repo.findVisionPassage(db, passageId);
  if (!passage) throw new KoersError('NOT_FOUND');
  const ids = await linkedFindingIds(db, passageId);
  const { findings, brief } = await traceFindings(ctx, engagementId, ids, language);
  return {
    passage,
    findings: ids
      .map((id) => findings.get(id))
      .filter((f) => f !== undefined)
      .map(brief),
    actions: await actionsOf(ctx, engagementId, new Set([passageId]), new Set()),
  };
}
