import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { insertRowsInOrder } from '../../core/insert-batched.js';
import type {
  AgreedFindingRow,
  AgreedRow,
  AssessmentPatch,
  AssessmentRow,
  NewAssessmentRow,
  NewRespondentRow,
  NulmetingTables,
  RespondentPatch,
  RespondentRow,
  ScoreRow,
} from './nulmeting.table.js';

// All SQL of the nulmeting. Services call these; nothing here decides anything.

type Db = Kysely<Database> | Transaction<Database>;

// Measurements ------------------------------------------------------------------------------

/** Newest first: by date, then the order made. */
export async function listAssessments(db: Db): Promise<AssessmentRow[]> {
  return db
    .selectFrom('assessment')
    .selectAll()
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findAssessment(db: Db, id: string): Promise<AssessmentRow | undefined> {
  return db.selectFrom('assessment').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAssessment(db: Db, row: NewAssessmentRow): Promise<void> {
  await db.insertInto('assessment').values(row).execute();
}

export async function updateAssessment(db: Db, id: string, patch: AssessmentPatch): Promise<void> {
  await db.updateTable('assessment').set(patch).where('id', '=', id).execute();
}

/** Per measurement: its respondents, and its dimensions with an agreed current and desired level. */
export async function assessmentCounts(
  db: Db,
): Promise<{ respondents: Map<string, number>; agreed: Map<string, number> }> {
  const [respondents, agreed] = await Promise.all([
    db
      .selectFrom('assessment_respondent')
      .select(['assessment_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('assessment_id')
      .execute(),
    db
      .selectFrom('assessment_agreed')
      .select(['assessment_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('current_level', 'is not', null)
      .where('desired_level', 'is not', null)
      .groupBy('assessment_id')
      .execute(),
  ]);
  return {
    respondents: new Map(respondents.map((r) => [r.assessment_id, Number(r.n)])),
    agreed: new Map(agreed.map((r) => [r.assessment_id, Number(r.n)])),
  };
}

// Respondents -------------------------------------------------------------------------------

/** In the order added. */
export async function listRespondents(db: Db, assessmentId: string): Promise<RespondentRow[]> {
  return db
    .selectFrom('assessment_respondent')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function findRespondent(db: Db, id: string): Promise<RespondentRow | undefined> {
  return db.selectFrom('assessment_respondent').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextRespondentPosition(db: Db, assessmentId: string): Promise<number> {
  const row = await db
    .selectFrom('assessment_respondent')
    .select((eb) => eb.fn.max<number | null>('position').as('p'))
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  return (row?.p ?? -1) + 1;
}

export async function insertRespondent(db: Db, row: NewRespondentRow): Promise<void> {
  await db.insertInto('assessment_respondent').values(row).execute();
}

export async function updateRespondent(db: Db, id: string, patch: RespondentPatch): Promise<void> {
  await db.updateTable('assessment_respondent').set(patch).where('id', '=', id).execute();
}

// Scores ------------------------------------------------------------------------------------

export async function listScores(db: Db, assessmentId: string): Promise<ScoreRow[]> {
  return db
    .selectFrom('assessment_score as s')
    .innerJoin('assessment_respondent as r', 'r.id', 's.respondent_id')
    .selectAll('s')
    .where('r.assessment_id', '=', assessmentId)
    .orderBy('r.position')
    .orderBy('s.respondent_id')
    .orderBy('s.dimension_id')
    .execute();
}

export async function findScore(
  db: Db,
  respondentId: string,
  dimensionId: string,
): Promise<ScoreRow | undefined> {
  return db
    .selectFrom('assessment_score')
    .selectAll()
    .where('respondent_id', '=', respondentId)
    .where('dimension_id', '=', dimensionId)
    .executeTakeFirst();
}

export async function upsertScore(db: Db, row: ScoreRow): Promise<void> {
  const { respondent_id: _r, dimension_id: _d, ...patch } = row;
  await db
    .insertInto('assessment_score')
    .values(row)
    .onConflict((oc) => oc.columns(['respondent_id', 'dimension_id']).doUpdateSet(patch))
    .execute();
}

// Agreed scores -----------------------------------------------------------------------------

export async function listAgreed(db: Db, assessmentId: string): Promise<AgreedRow[]> {
  return db
    .selectFrom('assessment_agreed')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('dimension_id')
    .execute();
}

/** Every measurement's agreed rows (for the gaps). */
export async function listAllAgreed(db: Db): Promise<AgreedRow[]> {
  return db.selectFrom('assessment_agreed').selectAll().execute();
}

export async function upsertAgreed(db: Db, row: AgreedRow): Promise<void> {
  const { assessment_id: _a, dimension_id: _d, ...patch } = row;
  await db
    .insertInto('assessment_agreed')
    .values(row)
    .onConflict((oc) => oc.columns(['assessment_id', 'dimension_id']).doUpdateSet(patch))
    .execute();
}

/** In order per dimension. */
export async function listAgreedFindings(
  db: Db,
  assessmentId: string,
): Promise<AgreedFindingRow[]> {
  return db
    .selectFrom('assessment_agreed_finding')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('dimension_id')
    .orderBy('position')
    .execute();
}

export async function replaceAgreedFindings(
  db: Db,
  assessmentId: string,
  dimensionId: string,
  findingIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('assessment_agreed_finding')
    .where('assessment_id', '=', assessmentId)
    .where('dimension_id', '=', dimensionId)
    .execute();
  if (findingIds.length > 0)
    await db
      .insertInto('assessment_agreed_finding')
      .values(
        findingIds.map((finding_id, position) => ({
          assessment_id: assessmentId,
          dimension_id: dimensionId,
          finding_id,
          position,
        })),
      )
      .execute();
}

// Other areas' records, read ----------------------------------------------------------------

export async function stakeholderName(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('stakeholder')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name;
}

/** Which of these findings exist. */
export async function existingFindings(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('finding').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

// Import ------------------------------------------------------------------------------------

type ImportedRows = { [K in keyof NulmetingTables]: readonly Insertable<NulmetingTables[K]>[] };

/** An interchange file's rows, parents first, inside the import's transaction. */
export async function insertImportedRows(db: Db, rows: ImportedRows): Promise<void> {
  await insertRowsInOrder(
    db,
    [
      'assessment',
      'assessment_respondent',
      'assessment_score',
      'assessment_agreed',
      'assessment_agreed_finding',
    ] as const,
    rows,
  );
}
