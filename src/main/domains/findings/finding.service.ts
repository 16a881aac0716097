import type { FindingPatch } from './finding.table.js';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { StakeholderGroup } from '../../../shared/domain/stakeholder.js';
import {
  matrixColumnOf,
  matrixColumnsIn,
  type MatrixColumn,
} from '../../../shared/domain/finding-matrix.js';
import type {
  Finding,
  FindingFields,
  FindingFilter,
  FindingMatrix,
  FindingSourceType,
  FindingSourceInput,
} from '../../../shared/domain/finding.js';
import type { Database } from '../schema.js';
import {
  addThemeTo,
  countFindings,
  findFinding,
  insertFinding,
  listFindings,
  listFindingsByIds,
  matrixCounts,
  patchFinding,
  presentFindingIds,
  removeThemesFrom,
  setFindingThemes,
  touchFindings,
  type FindingWithThemes,
} from './finding.repository.js';
import { countThemesIn, listThemes } from './theme.repository.js';
import {
  findInterview,
  findQuestion,
  firstIntervieweeGroup,
} from '../interviews/interview.repository.js';
import { findPassage } from '../documents/document.repository.js';
import { findInput as findSessionInput } from '../sessions/session.repository.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import { SourceDirectory } from './finding-source.js';
import { removeRecord, type Removed } from '../../core/remove-record.js';

type Db = Kysely<Database>;

const findingFromRow = (row: FindingWithThemes, sources: SourceDirectory): Finding => ({
  id: row.id,
  statement: row.statement,
  quote: row.quote,
  kind: row.kind as Finding['kind'],
  themeIds: row.theme_ids ? row.theme_ids.split(',') : [],
  importance: row.importance,
  group: row.stakeholder_group as StakeholderGroup | null,
  source: sources.describe(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

async function assertThemes(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  if ((await countThemesIn(db, ids)) !== new Set(ids).size) throw new KoersError('NOT_FOUND');
}

/** Checks the source exists and works out the stakeholder group it speaks for. */
async function resolveSource(
  db: Db,
  source: FindingSourceInput,
): Promise<{
  interviewId: string | null;
  questionId: string | null;
  passageId: string | null;
  session?: { sessionId: string; partId: string; inputId: string };
  group: StakeholderGroup | null;
}> {
  switch (source.type) {
    case 'interview': {
      if (!(await findInterview(db, source.interviewId))) throw new KoersError('NOT_FOUND');
      if (source.questionId) {
        const question = await findQuestion(db, source.questionId);
        if (question?.interview_id !== source.interviewId) throw new KoersError('NOT_FOUND');
      }
      return {
        interviewId: source.interviewId,
        questionId: source.questionId,
        passageId: null,
        group: await firstIntervieweeGroup(db, source.interviewId),
      };
    }
    case 'passage': {
      if (!(await findPassage(db, source.passageId))) throw new KoersError('NOT_FOUND');
      return { interviewId: null, questionId: null, passageId: source.passageId, group: null };
    }
    case 'direct':
      return { interviewId: null, questionId: null, passageId: null, group: null };
    case 'session': {
      // Like a passage: a session speaks for no single group, so it has its own matrix column.
      const input = await findSessionInput(db, source.inputId);
      if (!input) throw new KoersError('NOT_FOUND');
      return {
        interviewId: null,
        questionId: null,
        passageId: null,
        session: { sessionId: input.session_id, partId: input.part_id, inputId: input.id },
        group: null,
      };
    }
  }
}

export async function listEngagementFindings(
  ctx: CoreContext,
  engagementId: string,
  filter?: FindingFilter,
): Promise<Finding[]> {
  const db = ctx.open.get(engagementId).file.db;
  const [rows, sources] = await Promise.all([listFindings(db, filter), SourceDirectory.load(db)]);
  return rows.map((row) => findingFromRow(row, sources));
}

/** The findings with these ids (unknown ids are skipped), in the list's order. */
export async function listFindingsWithIds(
  ctx: CoreContext,
  engagementId: string,
  ids: readonly string[],
): Promise<Finding[]> {
  const db = ctx.open.get(engagementId).file.db;
  if (ids.length === 0) return [];
  const [rows, sources] = await Promise.all([listFindingsByIds(db, ids), SourceDirectory.load(db)]);
  return rows.map((row) => findingFromRow(row, sources));
}

export async function countEngagementFindings(
  ctx: CoreContext,
  engagementId: string,
): Promise<number> {
  return countFindings(ctx.open.get(engagementId).file.db);
}

async function findingOf(db: Db, id: string): Promise<Finding> {
  const row = await findFinding(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  return findingFromRow(row, await SourceDirectory.load(db));
}

export async function createFinding(
  ctx: CoreContext,
  engagementId: string,
  source: FindingSourceInput,
  fields: Partial<FindingFields> & Pick<FindingFields, 'statement' | 'kind'>,
): Promise<Finding> {
  const db = ctx.open.get(engagementId).file.db;
  const resolved = await resolveSource(db, source);
  const themeIds = [...new Set(fields.themeIds ?? [])];
  await assertThemes(db, themeIds);
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    await insertFinding(trx, {
      id,
      statement: fields.statement,
      quote: fields.quote ?? '',
      kind: fields.kind,
      importance: fields.importance ?? 2,
      // A direct finding says whose view it is; otherwise the source decides.
      stakeholder_group: source.type === 'direct' ? (fields.group ?? null) : resolved.group,
      source_type: source.type,
      interview_id: resolved.interviewId,
      question_id: resolved.questionId,
      passage_id: resolved.passageId,
      session_id: resolved.session?.sessionId ?? null,
      session_part_id: resolved.session?.partId ?? null,
      session_input_id: resolved.session?.inputId ?? null,
      created_at: now,
      updated_at: now,
    });
    await setFindingThemes(trx, id, themeIds);
  });
  return findingOf(db, id);
}

export async function updateFinding(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<FindingFields>,
): Promise<Finding> {
  const db = ctx.open.get(engagementId).file.db;
  const existing = await findFinding(db, id);
  if (!existing) throw new KoersError('NOT_FOUND');
  if (fields.themeIds) await assertThemes(db, fields.themeIds);
  await db.transaction().execute(async (trx) => {
    const patch: FindingPatch = { updated_at: ctx.now() };
    if (fields.statement !== undefined) patch.statement = fields.statement;
    if (fields.quote !== undefined) patch.quote = fields.quote;
    if (fields.kind !== undefined) patch.kind = fields.kind;
    if (fields.importance !== undefined) patch.importance = fields.importance;
    if (fields.group !== undefined && existing.source_type === 'direct')
      patch.stakeholder_group = fields.group;
    await patchFinding(trx, id, patch);
    if (fields.themeIds) await setFindingThemes(trx, id, fields.themeIds);
  });
  return findingOf(db, id);
}

export async function deleteFinding(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'finding', id);
}

/** One transaction for the whole selection: a bulk edit is undone as a whole or not at all. */
export async function rethemeFindings(
  ctx: CoreContext,
  engagementId: string,
  ids: string[],
  addThemeIds: string[],
  removeThemeIds: string[],
): Promise<{ updated: number }> {
  const db = ctx.open.get(engagementId).file.db;
  await assertThemes(db, [...addThemeIds, ...removeThemeIds]);
  const unique = [...new Set(ids)];
  const now = ctx.now();
  let updated = 0;
  await db.transaction().execute(async (trx) => {
    // SQLite limits bound parameters; 500 ids a statement stays well inside it.
    for (let i = 0; i < unique.length; i += 500) {
      const present = await presentFindingIds(trx, unique.slice(i, i + 500));
      updated += present.length;
      if (present.length === 0) continue;
      if (removeThemeIds.length > 0) await removeThemesFrom(trx, present, removeThemeIds);
      for (const themeId of addThemeIds) await addThemeTo(trx, present, themeId);
      await touchFindings(trx, present, now);
    }
  });
  return { updated };
}

export async function findingMatrix(
  ctx: CoreContext,
  engagementId: string,
): Promise<FindingMatrix> {
  const db = ctx.open.get(engagementId).file.db;
  const [themes, counts, total] = await Promise.all([
    listThemes(db),
    matrixCounts(db),
    countFindings(db),
  ]);
  const matrix: FindingMatrix['counts'] = {};
  for (const theme of themes) matrix[theme.id] = {};
  const columnsSeen = new Set<MatrixColumn>();
  for (const row of counts) {
    // The same placement as the Word findings report: a group, else the finding's source.
    const column = matrixColumnOf({
      group: row.stakeholder_group as StakeholderGroup | null,
      source: { type: row.source_type as FindingSourceType },
    });
    columnsSeen.add(column);
    const cells = (matrix[row.theme_id] ??= {});
    cells[column] = (cells[column] ?? 0) + Number(row.n);
  }
  return {
    themes: themes.map((t) => ({ id: t.id, name: t.name, color: t.color })),
    groups: matrixColumnsIn(columnsSeen),
    counts: matrix,
    totalFindings: total,
  };
}
