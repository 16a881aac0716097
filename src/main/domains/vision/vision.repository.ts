import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { FeedbackDisposition } from '../../../shared/domain/vision.js';
import type { Database } from '../schema.js';
import { insertRowsInOrder } from '../../core/insert-batched.js';
import type {
  NewVisionFeedbackRow,
  NewVisionPassageRow,
  NewVisionVersionRow,
  VisionFeedbackPatch,
  VisionFeedbackRow,
  VisionPassageFindingRow,
  VisionPassagePatch,
  VisionPassageRow,
  VisionPosterPatch,
  VisionPosterRow,
  VisionVersionRow,
  VisionTables,
} from './vision.table.js';

// All SQL of the vision. Services call these; nothing here decides anything.

type Db = Kysely<Database> | Transaction<Database>;

// Passages --------------------------------------------------------------------------------

export async function listPassages(db: Db): Promise<VisionPassageRow[]> {
  return db.selectFrom('vision_passage').selectAll().orderBy('position').orderBy('id').execute();
}

export async function findPassage(db: Db, id: string): Promise<VisionPassageRow | undefined> {
  return db.selectFrom('vision_passage').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPassage(db: Db, row: NewVisionPassageRow): Promise<void> {
  await db.insertInto('vision_passage').values(row).execute();
}

export async function updatePassage(db: Db, id: string, patch: VisionPassagePatch): Promise<void> {
  await db.updateTable('vision_passage').set(patch).where('id', '=', id).execute();
}

/** Rewrites the positions as 0, 1, 2 … in the order given. */
export async function setPassageOrder(db: Db, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries())
    await db.updateTable('vision_passage').set({ position }).where('id', '=', id).execute();
}

export async function deleteAllPassages(db: Db): Promise<void> {
  await db.deleteFrom('vision_passage').execute();
}

// Finding links ---------------------------------------------------------------------------

/** Every link, per passage in its order. */
export async function listLinks(db: Db): Promise<VisionPassageFindingRow[]> {
  return db
    .selectFrom('vision_passage_finding')
    .selectAll()
    .orderBy('passage_id')
    .orderBy('position')
    .execute();
}

export async function linkedFindingIds(db: Db, passageId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('vision_passage_finding')
    .select('finding_id')
    .where('passage_id', '=', passageId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.finding_id);
}

export async function replaceLinks(
  db: Db,
  passageId: string,
  findingIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('vision_passage_finding').where('passage_id', '=', passageId).execute();
  if (findingIds.length === 0) return;
  await db
    .insertInto('vision_passage_finding')
    .values(
      findingIds.map((finding_id, position) => ({ passage_id: passageId, finding_id, position })),
    )
    .execute();
}

/**
 * What the editor shows of findings (no sources: those cost a directory of interviews and
 * documents): every finding for the checks, or only the linked ones for a passage's answer.
 */
export async function findingBriefs(
  db: Db,
  only: 'all' | 'linked',
): Promise<
  {
    id: string;
    statement: string;
    kind: string;
    importance: number;
    stakeholder_group: string | null;
    theme_ids: string | null;
  }[]
> {
  let query = db
    .selectFrom('finding as f')
    .select(['f.id', 'f.statement', 'f.kind', 'f.importance', 'f.stakeholder_group'])
    .select(
      sql<
        string | null
      >`(SELECT group_concat(ft.theme_id) FROM finding_theme ft WHERE ft.finding_id = f.id)`.as(
        'theme_ids',
      ),
    );
  if (only === 'linked')
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('vision_passage_finding as l')
          .select('l.finding_id')
          .whereRef('l.finding_id', '=', 'f.id'),
      ),
    );
  return query.orderBy('f.created_at').orderBy('f.id').execute();
}

export async function findingExists(db: Db, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('finding').select('id').where('id', '=', id).executeTakeFirst()) !==
    undefined
  );
}

export async function presentFindingIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('finding').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function findStakeholder(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; group_code: string } | undefined> {
  return db
    .selectFrom('stakeholder')
    .select(['id', 'name', 'group_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function stakeholderNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('stakeholder').select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function themeExists(db: Db, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('theme').select('id').where('id', '=', id).executeTakeFirst()) !==
    undefined
  );
}

// Poster settings -------------------------------------------------------------------------

export async function findPoster(db: Db): Promise<VisionPosterRow | undefined> {
  return db.selectFrom('vision_poster').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** The one row, made with the given values when absent, then patched. */
export async function upsertPoster(
  db: Db,
  initial: Insertable<VisionTables['vision_poster']>,
  patch: VisionPosterPatch,
): Promise<void> {
  await db
    .insertInto('vision_poster')
    .values({ ...initial, ...patch, id: 1 } as Insertable<VisionTables['vision_poster']>)
    .onConflict((oc) => oc.column('id').doUpdateSet(patch))
    .execute();
}

// Versions --------------------------------------------------------------------------------

/** Oldest first. */
export async function listVersions(
  db: Db,
): Promise<(VisionVersionRow & { feedback_count: number; open_count: number })[]> {
  const rows = await db
    .selectFrom('vision_version as v')
    .selectAll('v')
    .select((eb) => [
      eb
        .selectFrom('vision_feedback as f')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('f.version_id', '=', 'v.id')
        .as('feedback_count'),
      eb
        .selectFrom('vision_feedback as f')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('f.version_id', '=', 'v.id')
        .where('f.disposition', '=', 'open')
        .as('open_count'),
    ])
    .orderBy('v.frozen_at')
    .orderBy('v.id')
    .execute();
  return rows.map((r) => ({
    ...r,
    feedback_count: Number(r.feedback_count ?? 0),
    open_count: Number(r.open_count ?? 0),
  }));
}

export async function findVersion(db: Db, id: string): Promise<VisionVersionRow | undefined> {
  return db.selectFrom('vision_version').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function versionLabels(db: Db): Promise<{ label: string; status: string }[]> {
  return db.selectFrom('vision_version').select(['label', 'status']).execute();
}

export async function insertVersion(db: Db, row: NewVisionVersionRow): Promise<void> {
  await db.insertInto('vision_version').values(row).execute();
}

// Feedback --------------------------------------------------------------------------------

export async function listFeedback(
  db: Db,
  filter: { versionId?: string; disposition?: FeedbackDisposition },
): Promise<VisionFeedbackRow[]> {
  let query = db.selectFrom('vision_feedback').selectAll();
  if (filter.versionId) query = query.where('version_id', '=', filter.versionId);
  if (filter.disposition) query = query.where('disposition', '=', filter.disposition);
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function findFeedback(db: Db, id: string): Promise<VisionFeedbackRow | undefined> {
  return db.selectFrom('vision_feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertFeedback(db: Db, row: NewVisionFeedbackRow): Promise<void> {
  await db.insertInto('vision_feedback').values(row).execute();
}

export async function updateFeedback(
  db: Db,
  id: string,
  patch: VisionFeedbackPatch,
): Promise<void> {
  await db.updateTable('vision_feedback').set(patch).where('id', '=', id).execute();
}

// Interchange import ----------------------------------------------------------------------

type ImportedRows = { [T in keyof VisionTables]: Insertable<VisionTables[T]>[] };

/** An interchange file's rows, parents before children, inside the import's transaction. */
export async function insertImportedRows(db: Db, rows: ImportedRows): Promise<void> {
  await insertRowsInOrder(
    db,
    [
      'vision_passage',
      'vision_passage_finding',
      'vision_poster',
      'vision_version',
      'vision_feedback',
    ] as const,
    rows,
  );
}

// The four-step approach in numbers (for the Visiedocument) ------------------------------------

export async function countDocuments(db: Db): Promise<number> {
  const row = await db
    .selectFrom('document')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Interviews past planning, with the group of each of their interviewees. */
export async function heldInterviewGroups(
  db: Db,
): Promise<{ id: string; group_code: string | null }[]> {
  return db
    .selectFrom('interview as i')
    .leftJoin('interview_participant as p', 'p.interview_id', 'i.id')
    .leftJoin('stakeholder as s', 's.id', 'p.stakeholder_id')
    .select(['i.id as id', 's.group_code as group_code'])
    .where('i.status', '<>', 'gepland')
    .execute();
}

/** Sessions held (or further), with the count typed in and the people named. */
export async function heldSessions(
  db: Db,
): Promise<{ id: string; participant_count: number | null; named: number }[]> {
  const rows = await db
    .selectFrom('session as s')
    .select((eb) => [
      's.id as id',
      's.participant_count as participant_count',
      eb
        .selectFrom('session_participant as p')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('p.session_id', '=', 's.id')
        .as('named'),
    ])
    .where('s.status', '<>', 'gepland')
    .execute();
  return rows.map((r) => ({ ...r, named: Number(r.named ?? 0) }));
}
