import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/domain/common.js';
import {
  DEFAULT_POSTER_SETTINGS,
  type FeedbackDisposition,
  type PosterSettings,
  type Vision,
  type VisionCheck,
  type VisionDiff,
  type VisionFeedback,
  type VisionFeedbackFields,
  type VisionGuide,
  type VisionLinkedFinding,
  type VisionMethod,
  type VisionPassage,
  type VisionPassageFields,
  type VisionPosterSettings,
  type VisionRestored,
  type VisionVersion,
  type VisionVersionContent,
  type VisionVersionPassage,
  type VisionVersionSummary,
} from '../../../shared/domain/vision.js';
import { posterRoadmapFromPlan } from '../../../shared/poster/roadmap-poster-input.js';
import type { Removed } from '../../../shared/contract.js';
import type { CoreContext } from '../../core/core-context.js';
import { removeRecord } from '../../core/remove-record.js';
import { KoersError } from '../../base/koers-error.js';
import { engagementMethodPart } from '../../method/method-part.js';
import type { Database } from '../schema.js';
import { getEngagement } from '../engagement/engagement.service.js';
import { listEngagementThemes } from '../findings/theme.service.js';
import { readRoadmapForPoster } from '../roadmap/roadmap-poster.js';
import { visionMethod } from './vision.method.js';
import { visionChecks } from './vision-checks.js';
import { diffVisionContent } from './vision-diff.js';
import { versionContentSchema } from './vision.content.js';
import * as repo from './vision.repository.js';
import {
  feedbackFromRow,
  linkedFinding,
  passageFromRow,
  passagePatch,
  posterFromRow,
  posterPatch,
  versionSummaryFromRow,
} from './vision.mapper.js';
import type { VisionPassageRow, VisionVersionRow } from './vision.table.js';

// The rules of the vision; all SQL is in the repository, the checks and the diff are pure
// functions beside it.
//
// Restore: a version put back replaces the working copy. What was there is frozen first as a
// restore point (status herstelpunt, label H1, H2 …), so nothing is lost and restoring that
// point undoes the restore; restore points are the only versions that may be deleted.

type Db = Kysely<Database>;

const dbOf = (ctx: CoreContext, engagementId: string): Db => ctx.open.get(engagementId).file.db;

export const METHOD_PART = visionMethod.key;

export const engagementVisionMethod = (ctx: CoreContext, db: Db): Promise<VisionMethod> =>
  engagementMethodPart(ctx, db, visionMethod);

async function languageOf(ctx: CoreContext, engagementId: string, language?: Language) {
  return language ?? (await getEngagement(ctx, engagementId)).language;
}

export async function visionGuide(
  ctx: CoreContext,
  engagementId: string,
  language?: Language,
): Promise<VisionGuide> {
  const method = await engagementVisionMethod(ctx, dbOf(ctx, engagementId));
  const lang = await languageOf(ctx, engagementId, language);
  return {
    frequentThemeThreshold: method.frequentThemeThreshold,
    highImportance: method.highImportance,
    supportedKinds: [...method.supportedKinds],
    jargon: method.jargon.map((j) => ({
      word: j.word,
      match: j.match,
      preferred: j.preferred[lang],
      explanation: j.explanation[lang],
    })),
  };
}

// The working copy --------------------------------------------------------------------------

interface WorkingCopy {
  rows: VisionPassageRow[];
  passages: VisionPassage[];
  /** Every finding for the checks, or only the linked ones when no check is asked for. */
  findings: VisionLinkedFinding[];
}

async function readWorkingCopy(
  ctx: CoreContext,
  engagementId: string,
  findingsNeeded: 'all' | 'linked' = 'linked',
): Promise<WorkingCopy> {
  const db = dbOf(ctx, engagementId);
  const [rows, links, briefs, names] = await Promise.all([
    repo.listPassages(db),
    repo.listLinks(db),
    repo.findingBriefs(db, findingsNeeded),
    repo.stakeholderNames(db),
  ]);
  const findings = briefs.map(linkedFinding);
  const byId = new Map(findings.map((f) => [f.id, f]));
  const linksOf = new Map<string, VisionLinkedFinding[]>();
  for (const l of links) {
    const finding = byId.get(l.finding_id);
    if (finding) linksOf.set(l.passage_id, [...(linksOf.get(l.passage_id) ?? []), finding]);
  }
  return {
    rows,
    findings,
    passages: rows.map((r) => passageFromRow(r, linksOf.get(r.id) ?? [], names)),
  };
}

export async function listVisionPassages(
  ctx: CoreContext,
  engagementId: string,
): Promise<VisionPassage[]> {
  return (await readWorkingCopy(ctx, engagementId)).passages;
}

async function passageOf(ctx: CoreContext, engagementId: string, id: string) {
  const passage = (await listVisionPassages(ctx, engagementId)).find((p) => p.id === id);
  if (!passage) throw new KoersError('NOT_FOUND');
  return passage;
}

export async function posterSettings(
  ctx: CoreContext,
  engagementId: string,
): Promise<VisionPosterSettings> {
  const row = await repo.findPoster(dbOf(ctx, engagementId));
  if (!row) return { ...DEFAULT_POSTER_SETTINGS, updatedAt: '' };
  return { ...posterFromRow(row), updatedAt: row.updated_at };
}

/** The row made when the poster's settings are first written. */
const initialPoster = (now: string) => ({
  ...posterPatch(DEFAULT_POSTER_SETTINGS, true),
  title: DEFAULT_POSTER_SETTINGS.title,
  layout: DEFAULT_POSTER_SETTINGS.layout,
  format: DEFAULT_POSTER_SETTINGS.format,
  id: 1,
  updated_at: now,
});

export async function setPosterSettings(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<PosterSettings>,
): Promise<VisionPosterSettings> {
  const now = ctx.now();
  await repo.upsertPoster(dbOf(ctx, engagementId), initialPoster(now), {
    ...posterPatch(fields),
    updated_at: now,
  });
  return posterSettings(ctx, engagementId);
}

export async function checksOf(
  ctx: CoreContext,
  engagementId: string,
  copy: WorkingCopy,
  language?: Language,
): Promise<VisionCheck[]> {
  const db = dbOf(ctx, engagementId);
  const [method, themes, lang] = await Promise.all([
    engagementVisionMethod(ctx, db),
    listEngagementThemes(ctx, engagementId),
    languageOf(ctx, engagementId, language),
  ]);
  return visionChecks({
    passages: copy.passages,
    findings: copy.findings,
    themes,
    method,
    language: lang,
  });
}

export async function visionChecksOf(
  ctx: CoreContext,
  engagementId: string,
  language?: Language,
): Promise<VisionCheck[]> {
  return checksOf(ctx, engagementId, await readWorkingCopy(ctx, engagementId, 'all'), language);
}

export async function getVision(
  ctx: CoreContext,
  engagementId: string,
  language?: Language,
): Promise<Vision> {
  const copy = await readWorkingCopy(ctx, engagementId, 'all');
  return {
    passages: copy.passages,
    poster: await posterSettings(ctx, engagementId),
    checks: await checksOf(ctx, engagementId, copy, language),
    versions: await listVersions(ctx, engagementId),
  };
}

// Passages ----------------------------------------------------------------------------------

/** Theme and wethouder must exist; the wethouder must be one (group 'wethouder'). */
async function checkReferences(db: Db, fields: Partial<VisionPassageFields>): Promise<void> {
  if (fields.themeId && !(await repo.themeExists(db, fields.themeId)))
    throw new KoersError('NOT_FOUND');
  if (fields.portfolioHolderId) {
    const holder = await repo.findStakeholder(db, fields.portfolioHolderId);
    if (!holder) throw new KoersError('NOT_FOUND');
    if (holder.group_code !== 'wethouder')
      throw new KoersError('VISION_NOT_A_WETHOUDER', { name: holder.name });
  }
}

export async function createPassage(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<VisionPassageFields> & Pick<VisionPassageFields, 'kind' | 'title'>,
  position?: number,
): Promise<VisionPassage> {
  const db = dbOf(ctx, engagementId);
  await checkReferences(db, fields);
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    const order = (await repo.listPassages(trx)).map((p) => p.id);
    const at = Math.min(position ?? order.length, order.length);
    await repo.insertPassage(trx, {
      id,
      kind: fields.kind,
      title: fields.title,
      body: fields.body ?? '',
      for_inhabitants: fields.forInhabitants ?? '',
      for_staff: fields.forStaff ?? '',
      for_board: fields.forBoard ?? '',
      theme_id: fields.themeId ?? null,
      portfolio_holder_id: fields.portfolioHolderId ?? null,
      position: at,
      created_at: now,
      updated_at: now,
    });
    order.splice(at, 0, id);
    await repo.setPassageOrder(trx, order);
  });
  return passageOf(ctx, engagementId, id);
}

export async function updatePassage(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<VisionPassageFields>,
): Promise<VisionPassage> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findPassage(db, id))) throw new KoersError('NOT_FOUND');
  await checkReferences(db, fields);
  await repo.updatePassage(db, id, { ...passagePatch(fields), updated_at: ctx.now() });
  return passageOf(ctx, engagementId, id);
}

export async function movePassage(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  position: number,
): Promise<VisionPassage[]> {
  const db = dbOf(ctx, engagementId);
  await db.transaction().execute(async (trx) => {
    const order = (await repo.listPassages(trx)).map((p) => p.id);
    const from = order.indexOf(id);
    if (from < 0) throw new KoersError('NOT_FOUND');
    order.splice(from, 1);
    order.splice(Math.min(position, order.length), 0, id);
    await repo.setPassageOrder(trx, order);
  });
  return listVisionPassages(ctx, engagementId);
}

export const removePassage = (ctx: CoreContext, engagementId: string, id: string) =>
  removeRecord(ctx, engagementId, 'vision_passage', id);

// Finding links -----------------------------------------------------------------------------

async function changeLinks(
  ctx: CoreContext,
  engagementId: string,
  passageId: string,
  findingId: string,
  change: (ids: string[]) => string[],
): Promise<VisionPassage> {
  const db = dbOf(ctx, engagementId);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.findPassage(trx, passageId))) throw new KoersError('NOT_FOUND');
    if (!(await repo.findingExists(trx, findingId))) throw new KoersError('NOT_FOUND');
    const ids = await repo.linkedFindingIds(trx, passageId);
    await repo.replaceLinks(trx, passageId, change(ids));
    await repo.updatePassage(trx, passageId, { updated_at: ctx.now() });
  });
  return passageOf(ctx, engagementId, passageId);
}

const placed = (ids: string[], id: string, position: number | undefined) => {
  const rest = ids.filter((x) => x !== id);
  const at = Math.min(position ?? (ids.includes(id) ? ids.indexOf(id) : rest.length), rest.length);
  rest.splice(at, 0, id);
  return rest;
};

export const linkFinding = (
  ctx: CoreContext,
  engagementId: string,
  passageId: string,
  findingId: string,
  position?: number,
) =>
  changeLinks(ctx, engagementId, passageId, findingId, (ids) => placed(ids, findingId, position));

export const unlinkFinding = (
  ctx: CoreContext,
  engagementId: string,
  passageId: string,
  findingId: string,
) =>
  changeLinks(ctx, engagementId, passageId, findingId, (ids) => {
    if (!ids.includes(findingId)) throw new KoersError('NOT_FOUND');
    return ids.filter((x) => x !== findingId);
  });

export const moveFinding = (
  ctx: CoreContext,
  engagementId: string,
  passageId: string,
  findingId: string,
  position: number,
) =>
  changeLinks(ctx, engagementId, passageId, findingId, (ids) => {
    if (!ids.includes(findingId)) throw new KoersError('NOT_FOUND');
    return placed(ids, findingId, position);
  });

// Versions ----------------------------------------------------------------------------------

const frozenPassage = (p: VisionPassage): VisionVersionPassage => ({
  id: p.id,
  kind: p.kind,
  title: p.title,
  body: p.body,
  forInhabitants: p.forInhabitants,
  forStaff: p.forStaff,
  forBoard: p.forBoard,
  themeId: p.themeId,
  portfolioHolderId: p.portfolioHolderId,
  portfolioHolderName: p.portfolioHolderName,
  position: p.position,
  findings: p.findings.map((f) => ({ id: f.id, statement: f.statement })),
});

/** The working copy as a version would hold it. */
async function workingContent(
  ctx: CoreContext,
  engagementId: string,
): Promise<VisionVersionContent> {
  const [passages, poster, engagement, plan] = await Promise.all([
    listVisionPassages(ctx, engagementId),
    posterSettings(ctx, engagementId),
    getEngagement(ctx, engagementId),
    readRoadmapForPoster(ctx, engagementId),
  ]);
  // The routekaart as the band shows it now, so the version's poster keeps it (in the
  // engagement's language, like the rest of the poster).
  const roadmap = posterRoadmapFromPlan(plan, engagement.language === 'en' ? 'en' : 'nl');
  return {
    passages: passages.map(frozenPassage),
    poster: {
      title: poster.title,
      layout: poster.layout,
      format: poster.format,
      roadmapBand: poster.roadmapBand ?? null,
    },
    houseStyle: engagement.houseStyle,
    ...(roadmap ? { roadmap } : {}),
  };
}

function contentOf(row: VisionVersionRow): VisionVersionContent {
  let json: unknown;
  try {
    json = JSON.parse(row.content_json);
  } catch {
    throw new KoersError('FILE_CORRUPT', { fileName: 'vision_version' });
  }
  const parsed = versionContentSchema.safeParse(json);
  if (!parsed.success) throw new KoersError('FILE_CORRUPT', { fileName: 'vision_version' });
  return parsed.data;
}

/** 0.1, 0.2 … for concepts; 1.0, 2.0 … definitief; a concept after 1.0 is 1.1. */
export function nextVersionLabel(
  existing: readonly { label: string; status: string }[],
  status: 'concept' | 'definitief' | 'herstelpunt',
): string {
  if (status === 'herstelpunt') {
    const used = existing
      .filter((v) => v.status === 'herstelpunt')
      .map((v) => Number(/^H(\d+)$/.exec(v.label)?.[1] ?? 0));
    return `H${Math.max(0, ...used) + 1}`;
  }
  let major = 0;
  let minor = 0;
  for (const v of existing) {
    const m = /^(\d+)\.(\d+)$/.exec(v.label);
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > major || (a === major && b > minor)) [major, minor] = [a, b];
  }
  return status === 'definitief' ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

async function insertFrozen(
  ctx: CoreContext,
  db: Kysely<Database>,
  content: VisionVersionContent,
  status: 'concept' | 'definitief' | 'herstelpunt',
  note: string,
  restoredLabel: string | null,
): Promise<string> {
  const id = randomUUID();
  await repo.insertVersion(db, {
    id,
    label: nextVersionLabel(await repo.versionLabels(db), status),
    status,
    frozen_at: ctx.now(),
    note,
    restored_label: restoredLabel,
    content_json: JSON.stringify(content),
  });
  return id;
}

export async function freezeVersion(
  ctx: CoreContext,
  engagementId: string,
  status: 'concept' | 'definitief',
  note = '',
): Promise<VisionVersion> {
  const content = await workingContent(ctx, engagementId);
  if (content.passages.length === 0) throw new KoersError('VISION_EMPTY');
  const db = dbOf(ctx, engagementId);
  const id = await db
    .transaction()
    .execute((trx) => insertFrozen(ctx, trx, content, status, note, null));
  return getVersion(ctx, engagementId, id);
}

export async function listVersions(
  ctx: CoreContext,
  engagementId: string,
): Promise<VisionVersionSummary[]> {
  const rows = await repo.listVersions(dbOf(ctx, engagementId));
  return rows.map((r) => versionSummaryFromRow(r, contentOf(r)));
}

async function versionRow(db: Db, id: string): Promise<VisionVersionRow> {
  const row = await repo.findVersion(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  return row;
}

export async function getVersion(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<VisionVersion> {
  const db = dbOf(ctx, engagementId);
  const summary = (await listVersions(ctx, engagementId)).find((v) => v.id === id);
  if (!summary) throw new KoersError('NOT_FOUND');
  return {
    ...summary,
    content: contentOf(await versionRow(db, id)),
    feedback: await listFeedback(ctx, engagementId, { versionId: id }),
  };
}

export async function diffVersions(
  ctx: CoreContext,
  engagementId: string,
  fromId: string,
  toId: string | null,
): Promise<VisionDiff> {
  const db = dbOf(ctx, engagementId);
  const fromRow = await versionRow(db, fromId);
  const toRow = toId ? await versionRow(db, toId) : null;
  const to = toRow ? contentOf(toRow) : await workingContent(ctx, engagementId);
  return {
    from: { versionId: fromRow.id, label: fromRow.label },
    to: { versionId: toRow?.id ?? null, label: toRow?.label ?? null },
    ...diffVisionContent(contentOf(fromRow), to),
  };
}

export async function restoreVersion(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<VisionRestored> {
  const db = dbOf(ctx, engagementId);
  const row = await versionRow(db, id);
  const content = contentOf(row);
  const current = await workingContent(ctx, engagementId);
  const now = ctx.now();
  const pointId = await db.transaction().execute(async (trx) => {
    const point = await insertFrozen(ctx, trx, current, 'herstelpunt', '', row.label);
    await repo.deleteAllPassages(trx);
    const findings = await repo.presentFindingIds(
      trx,
      content.passages.flatMap((p) => p.findings.map((f) => f.id)),
    );
    for (const p of [...content.passages].sort((a, b) => a.position - b.position)) {
      // A theme or wethouder removed since the version was frozen is left out, not refused.
      const themeId = p.themeId && (await repo.themeExists(trx, p.themeId)) ? p.themeId : null;
      const holder = p.portfolioHolderId
        ? await repo.findStakeholder(trx, p.portfolioHolderId)
        : undefined;
      await repo.insertPassage(trx, {
        id: p.id,
        kind: p.kind,
        title: p.title,
        body: p.body,
        for_inhabitants: p.forInhabitants,
        for_staff: p.forStaff,
        for_board: p.forBoard,
        theme_id: themeId,
        portfolio_holder_id: holder ? holder.id : null,
        position: p.position,
        created_at: now,
        updated_at: now,
      });
      await repo.replaceLinks(
        trx,
        p.id,
        p.findings.map((f) => f.id).filter((f) => findings.has(f)),
      );
    }
    await repo.setPassageOrder(
      trx,
      (await repo.listPassages(trx)).map((p) => p.id),
    );
    await repo.upsertPoster(trx, initialPoster(now), {
      ...posterPatch(content.poster, true),
      updated_at: now,
    });
    return point;
  });
  const vision = await getVision(ctx, engagementId);
  const restorePoint = vision.versions.find((v) => v.id === pointId)!;
  return { restorePoint, vision };
}

/** Only a restore point can go; a version the user froze stays as it was. */
export async function removeVersion(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  const row = await versionRow(dbOf(ctx, engagementId), id);
  if (row.status !== 'herstelpunt')
    throw new KoersError('VISION_VERSION_FROZEN', { label: row.label });
  return removeRecord(ctx, engagementId, 'vision_version', id);
}

// Feedback ----------------------------------------------------------------------------------

export async function listFeedback(
  ctx: CoreContext,
  engagementId: string,
  filter: { versionId?: string; disposition?: FeedbackDisposition },
): Promise<VisionFeedback[]> {
  const db = dbOf(ctx, engagementId);
  const [rows, names] = await Promise.all([
    repo.listFeedback(db, filter),
    repo.stakeholderNames(db),
  ]);
  return rows.map((r) => feedbackFromRow(r, names));
}

async function feedbackOf(ctx: CoreContext, engagementId: string, id: string) {
  const db = dbOf(ctx, engagementId);
  const row = await repo.findFeedback(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  return feedbackFromRow(row, await repo.stakeholderNames(db));
}

/** The rules of a feedback item as it will be stored. */
async function checkFeedback(db: Db, version: VisionVersionRow, f: VisionFeedbackFields) {
  if (f.passageId && !contentOf(version).passages.some((p) => p.id === f.passageId))
    throw new KoersError('VISION_FEEDBACK_PASSAGE_MISSING', { label: version.label });
  if (f.fromStakeholderId && !(await repo.findStakeholder(db, f.fromStakeholderId)))
    throw new KoersError('NOT_FOUND');
  if (f.disposition === 'niet-verwerkt' && f.reason.trim() === '')
    throw new KoersError('VISION_FEEDBACK_REASON_REQUIRED');
}

export async function createFeedback(
  ctx: CoreContext,
  engagementId: string,
  versionId: string,
  fields: Partial<VisionFeedbackFields> & Pick<VisionFeedbackFields, 'text'>,
): Promise<VisionFeedback> {
  const db = dbOf(ctx, engagementId);
  const version = await versionRow(db, versionId);
  const full: VisionFeedbackFields = {
    passageId: null,
    fromText: '',
    fromStakeholderId: null,
    disposition: 'open',
    reason: '',
    ...fields,
  };
  await checkFeedback(db, version, full);
  const id = randomUUID();
  const now = ctx.now();
  await repo.insertFeedback(db, {
    id,
    version_id: versionId,
    passage_id: full.passageId,
    text: full.text,
    from_text: full.fromText,
    from_stakeholder_id: full.fromStakeholderId,
    disposition: full.disposition,
    reason: full.reason,
    created_at: now,
    updated_at: now,
  });
  return feedbackOf(ctx, engagementId, id);
}

export async function updateFeedback(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<VisionFeedbackFields>,
): Promise<VisionFeedback> {
  const db = dbOf(ctx, engagementId);
  const current = await feedbackOf(ctx, engagementId, id);
  const version = await versionRow(db, current.versionId);
  const full: VisionFeedbackFields = {
    passageId: current.passageId,
    text: current.text,
    fromText: current.fromText,
    fromStakeholderId: current.fromStakeholderId,
    disposition: current.disposition,
    reason: current.reason,
    ...fields,
  };
  await checkFeedback(db, version, full);
  await repo.updateFeedback(db, id, {
    passage_id: full.passageId,
    text: full.text,
    from_text: full.fromText,
    from_stakeholder_id: full.fromStakeholderId,
    disposition: full.disposition,
    reason: full.reason,
    updated_at: ctx.now(),
  });
  return feedbackOf(ctx, engagementId, id);
}

export const removeFeedback = (ctx: CoreContext, engagementId: string, id: string) =>
  removeRecord(ctx, engagementId, 'vision_feedback', id);
