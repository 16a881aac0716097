import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/domain/common.js';
import type {
  AgreedScore,
  AgreedScoreFields,
  Assessment,
  AssessmentFields,
  AssessmentView,
  DimensionGap,
  MaturityMethod,
  MaturityModel,
  Respondent,
  RespondentFields,
  Score,
  ScoreFields,
} from '../../../shared/domain/nulmeting.js';
import { medianLevel, summariseAssessment } from '../../../shared/domain/nulmeting-summary.js';
import type { Removed } from '../../../shared/contract.js';
import type { CoreContext } from '../../core/core-context.js';
import { removeRecord } from '../../core/remove-record.js';
import { KoersError } from '../../base/koers-error.js';
import { methodCopy } from '../adoption/borging.service.js';
import { getEngagement } from '../engagement/engagement.service.js';
import type { Database } from '../schema.js';
import {
  agreedFromRow,
  assessmentFromRow,
  assessmentPatch,
  localizeModel,
  respondentFromRow,
  respondentPatch,
  scoreFromRow,
} from './nulmeting.mapper.js';
import { maturityMethod } from './nulmeting.method.js';
import * as repo from './nulmeting.repository.js';

// The rules of the nulmeting; all SQL is in the repository. A dimension is one of the
// engagement's copy of the maturity model (the copy it was measured with), and the numbers of a
// measurement come from the one shared summary (shared/domain/nulmeting-summary.ts).

type Db = Kysely<Database>;

const dbOf = (ctx: CoreContext, engagementId: string): Db => ctx.open.get(engagementId).file.db;

/**
 * The engagement's copy of the model (today's on first use, stored unless `write` is false: the
 * export snapshot only reads).
 */
export const engagementMaturity = (
  ctx: CoreContext,
  db: Db,
  write = true,
): Promise<MaturityMethod> => methodCopy(ctx, db, maturityMethod, write);

const languageOf = async (ctx: CoreContext, engagementId: string, language?: Language) =>
  language ?? (await getEngagement(ctx, engagementId)).language;

export async function maturityModel(
  ctx: CoreContext,
  engagementId: string,
  language?: Language,
): Promise<MaturityModel> {
  const method = await engagementMaturity(ctx, dbOf(ctx, engagementId));
  return localizeModel(method, await languageOf(ctx, engagementId, language));
}

async function checkDimension(ctx: CoreContext, db: Db, dimensionId: string): Promise<void> {
  const method = await engagementMaturity(ctx, db);
  if (!method.dimensions.some((d) => d.id === dimensionId))
    throw new KoersError('NULMETING_UNKNOWN_DIMENSION', { dimension: dimensionId });
}

// Measurements -------------------------------------------------------------------------------

export async function listAssessments(
  ctx: CoreContext,
  engagementId: string,
): Promise<Assessment[]> {
  const db = dbOf(ctx, engagementId);
  const [rows, counts] = await Promise.all([repo.listAssessments(db), repo.assessmentCounts(db)]);
  return rows.map((r) =>
    assessmentFromRow(r, counts.respondents.get(r.id) ?? 0, counts.agreed.get(r.id) ?? 0),
  );
}

async function assessmentOf(ctx: CoreContext, engagementId: string, id: string) {
  const found = (await listAssessments(ctx, engagementId)).find((a) => a.id === id);
  if (!found) throw new KoersError('NOT_FOUND');
  return found;
}

export async function getAssessment(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  write = true,
): Promise<AssessmentView> {
  const db = dbOf(ctx, engagementId);
  const assessment = await assessmentOf(ctx, engagementId, id);
  const [method, respondentRows, scoreRows, agreedRows, links] = await Promise.all([
    engagementMaturity(ctx, db, write),
    repo.listRespondents(db, id),
    repo.listScores(db, id),
    repo.listAgreed(db, id),
    repo.listAgreedFindings(db, id),
  ]);
  const respondents = respondentRows.map(respondentFromRow);
  const scores = scoreRows.map(scoreFromRow);
  const agreed = agreedRows.map((r) => agreedFromRow(r, links));
  return {
    assessment,
    respondents,
    scores,
    agreed,
    summary: summariseAssessment(
      method.dimensions.map((d) => d.id),
      respondents,
      scores,
      agreed,
    ),
  };
}

export async function createAssessment(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<AssessmentFields> & Pick<AssessmentFields, 'name' | 'date'>,
): Promise<Assessment> {
  const db = dbOf(ctx, engagementId);
  // The measurement is made with the engagement's copy of the model: take it now.
  await engagementMaturity(ctx, db);
  const id = randomUUID();
  const now = ctx.now();
  await repo.insertAssessment(db, {
    id,
    name: fields.name,
    date: fields.date,
    horizon_years: fields.horizonYears ?? 5,
    notes: fields.notes ?? '',
    conclusions: fields.conclusions ?? '',
    created_at: now,
    updated_at: now,
  });
  return assessmentOf(ctx, engagementId, id);
}

export async function updateAssessment(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<AssessmentFields>,
): Promise<Assessment> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findAssessment(db, id))) throw new KoersError('NOT_FOUND');
  await repo.updateAssessment(db, id, { ...assessmentPatch(fields), updated_at: ctx.now() });
  return assessmentOf(ctx, engagementId, id);
}

export const removeAssessment = (
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> => removeRecord(ctx, engagementId, 'assessment', id);

async function touchAssessment(ctx: CoreContext, db: Db, id: string): Promise<void> {
  await repo.updateAssessment(db, id, { updated_at: ctx.now() });
}

// Respondents --------------------------------------------------------------------------------

/** A stakeholder must exist; with an empty label the respondent is named after them. */
async function respondentLabel(
  db: Db,
  stakeholderId: string | null,
  label: string,
): Promise<string> {
  if (stakeholderId === null) return label;
  const name = await repo.stakeholderName(db, stakeholderId);
  if (name === undefined) throw new KoersError('NOT_FOUND');
  return label.trim() === '' ? name : label;
}

export async function createRespondent(
  ctx: CoreContext,
  engagementId: string,
  assessmentId: string,
  fields: Partial<RespondentFields> & Pick<RespondentFields, 'group'>,
): Promise<Respondent> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findAssessment(db, assessmentId))) throw new KoersError('NOT_FOUND');
  const stakeholderId = fields.stakeholderId ?? null;
  const id = randomUUID();
  await repo.insertRespondent(db, {
    id,
    assessment_id: assessmentId,
    stakeholder_id: stakeholderId,
    label: await respondentLabel(db, stakeholderId, fields.label ?? ''),
    respondent_group: fields.group,
    position: await repo.nextRespondentPosition(db, assessmentId),
    created_at: ctx.now(),
  });
  await touchAssessment(ctx, db, assessmentId);
  return respondentFromRow((await repo.findRespondent(db, id))!);
}

export async function updateRespondent(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<RespondentFields>,
): Promise<Respondent> {
  const db = dbOf(ctx, engagementId);
  const row = await repo.findRespondent(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const patch = respondentPatch(fields);
  if (fields.stakeholderId !== undefined || fields.label !== undefined) {
    // A label that was only the previous stakeholder's name follows the new stakeholder.
    const previousName = row.stakeholder_id
      ? await repo.stakeholderName(db, row.stakeholder_id)
      : undefined;
    const keptLabel =
      fields.stakeholderId !== undefined && row.label === previousName ? '' : row.label;
    patch.label = await respondentLabel(
      db,
      fields.stakeholderId !== undefined ? fields.stakeholderId : row.stakeholder_id,
      fields.label ?? keptLabel,
    );
  }
  await repo.updateRespondent(db, id, patch);
  await touchAssessment(ctx, db, row.assessment_id);
  return respondentFromRow((await repo.findRespondent(db, id))!);
}

export const removeRespondent = (
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> => removeRecord(ctx, engagementId, 'assessment_respondent', id);

// Scores -------------------------------------------------------------------------------------

export async function setScore(
  ctx: CoreContext,
  engagementId: string,
  respondentId: string,
  dimensionId: string,
  fields: Partial<ScoreFields>,
): Promise<Score> {
  const db = dbOf(ctx, engagementId);
  const respondent = await repo.findRespondent(db, respondentId);
  if (!respondent) throw new KoersError('NOT_FOUND');
  await checkDimension(ctx, db, dimensionId);
  const before = await repo.findScore(db, respondentId, dimensionId);
  const now = ctx.now();
  await repo.upsertScore(db, {
    respondent_id: respondentId,
    dimension_id: dimensionId,
    current_level: fields.current !== undefined ? fields.current : (before?.current_level ?? null),
    desired_level: fields.desired !== undefined ? fields.desired : (before?.desired_level ?? null),
    evidence: fields.evidence ?? before?.evidence ?? '',
    confidence: fields.confidence !== undefined ? fields.confidence : (before?.confidence ?? null),
    updated_at: now,
  });
  await touchAssessment(ctx, db, respondent.assessment_id);
  return scoreFromRow((await repo.findScore(db, respondentId, dimensionId))!);
}

// Agreed scores ------------------------------------------------------------------------------

export async function setAgreed(
  ctx: CoreContext,
  engagementId: string,
  assessmentId: string,
  dimensionId: string,
  fields: Partial<AgreedScoreFields>,
): Promise<AgreedScore> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findAssessment(db, assessmentId))) throw new KoersError('NOT_FOUND');
  await checkDimension(ctx, db, dimensionId);
  const findingIds = fields.findingIds ? [...new Set(fields.findingIds)] : undefined;
  if (findingIds) {
    const existing = await repo.existingFindings(db, findingIds);
    if (findingIds.some((f) => !existing.has(f))) throw new KoersError('NOT_FOUND');
  }
  const before = (await repo.listAgreed(db, assessmentId)).find(
    (a) => a.dimension_id === dimensionId,
  );
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    await repo.upsertAgreed(trx, {
      assessment_id: assessmentId,
      dimension_id: dimensionId,
      current_level:
        fields.current !== undefined ? fields.current : (before?.current_level ?? null),
      desired_level:
        fields.desired !== undefined ? fields.desired : (before?.desired_level ?? null),
      rationale: fields.rationale ?? before?.rationale ?? '',
      updated_at: now,
    });
    if (findingIds) await repo.replaceAgreedFindings(trx, assessmentId, dimensionId, findingIds);
    await repo.updateAssessment(trx, assessmentId, { updated_at: now });
  });
  const view = await getAssessment(ctx, engagementId, assessmentId);
  return view.agreed.find((a) => a.dimensionId === dimensionId)!;
}

/**
 * Every dimension of the model without an agreed level yet gets the median of the respondents'
 * levels (on a half step); an agreed level already there stays, and so does its rationale.
 */
export async function proposeFromScores(
  ctx: CoreContext,
  engagementId: string,
  assessmentId: string,
): Promise<AssessmentView> {
  const db = dbOf(ctx, engagementId);
  const view = await getAssessment(ctx, engagementId, assessmentId);
  const agreed = new Map(view.agreed.map((a) => [a.dimensionId, a]));
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    for (const d of view.summary) {
      const a = agreed.get(d.dimensionId);
      const levels = (key: 'current' | 'desired') =>
        view.scores
          .filter((s) => s.dimensionId === d.dimensionId)
          .flatMap((s) => (s[key] === null ? [] : [s[key]]));
      const current = a?.current ?? medianLevel(levels('current'));
      const desired = a?.desired ?? medianLevel(levels('desired'));
      if (current === (a?.current ?? null) && desired === (a?.desired ?? null)) continue;
      await repo.upsertAgreed(trx, {
        assessment_id: assessmentId,
        dimension_id: d.dimensionId,
        current_level: current,
        desired_level: desired,
        rationale: a?.rationale ?? '',
        updated_at: now,
      });
    }
    await repo.updateAssessment(trx, assessmentId, { updated_at: now });
  });
  return getAssessment(ctx, engagementId, assessmentId);
}

// Gaps ---------------------------------------------------------------------------------------

/**
 * The gaps of one measurement (the one given, or the latest by date with an agreed current and
 * desired level on some dimension), where both are agreed, largest first, then in model order.
 */
export async function listGaps(
  ctx: CoreContext,
  engagementId: string,
  assessmentId?: string,
  language?: Language,
): Promise<DimensionGap[]> {
  const db = dbOf(ctx, engagementId);
  const [method, assessments, agreed] = await Promise.all([
    engagementMaturity(ctx, db),
    repo.listAssessments(db),
    repo.listAllAgreed(db),
  ]);
  const complete = agreed.filter((a) => a.current_level !== null && a.desired_level !== null);
  let chosen: string | undefined;
  if (assessmentId !== undefined) {
    if (!assessments.some((a) => a.id === assessmentId)) throw new KoersError('NOT_FOUND');
    chosen = assessmentId;
  } else {
    const withAgreed = new Set(complete.map((a) => a.assessment_id));
    // listAssessments is newest first.
    chosen = assessments.find((a) => withAgreed.has(a.id))?.id;
  }
  if (chosen === undefined) return [];
  const lang = await languageOf(ctx, engagementId, language);
  const order = new Map(method.dimensions.map((d, i) => [d.id, i]));
  const name = new Map(method.dimensions.map((d) => [d.id, d.name[lang]]));
  return complete
    .filter((a) => a.assessment_id === chosen && order.has(a.dimension_id))
    .map((a) => ({
      dimensionId: a.dimension_id,
      dimensionName: name.get(a.dimension_id)!,
      assessmentId: chosen,
      current: a.current_level!,
      desired: a.desired_level!,
      gap: a.desired_level! - a.current_level!,
    }))
    .sort((x, y) => y.gap - x.gap || order.get(x.dimensionId)! - order.get(y.dimensionId)!);
}
