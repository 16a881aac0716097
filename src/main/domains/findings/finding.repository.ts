import { sql, type Kysely, type Transaction } from 'kysely';
import type { FindingFilter } from '../../../shared/domain/finding.js';
import type { Database } from '../schema.js';
import type { FindingPatch, FindingRow, NewFindingRow } from './finding.table.js';

type Db = Kysely<Database> | Transaction<Database>;

export type FindingWithThemes = FindingRow & { theme_ids: string | null };

/**
 * Every column of the finding plus its theme ids, comma-joined by SQLite: one query, not one
 * per finding. The readers below add their own where and order.
 */
function selectWithThemes(db: Db) {
  return db
    .selectFrom('finding as f')
    .selectAll('f')
    .select(
      sql<
        string | null
      >`(SELECT group_concat(ft.theme_id) FROM finding_theme ft WHERE ft.finding_id = f.id)`.as(
        'theme_ids',
      ),
    );
}

/**
 * Findings with their theme ids (comma-joined by SQLite: one query, not one per finding, so
 * 30,000 findings come back in one pass). Filters run in SQL; text filter is a substring match
 * on statement and quote, the search palette is the place for ranked search.
 */
export async function listFindings(
  db: Db,
  filter: FindingFilter = {},
): Promise<FindingWithThemes[]> {
  let query = selectWithThemes(db);
  if (filter.kind) query = query.where('f.kind', '=', filter.kind);
  if (filter.group) query = query.where('f.stakeholder_group', '=', filter.group);
  if (filter.sourceType) query = query.where('f.source_type', '=', filter.sourceType);
  if (filter.themeId) {
    const themeId = filter.themeId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('finding_theme as ft')
          .select('ft.finding_id')
          .whereRef('ft.finding_id', '=', 'f.id')
          .where('ft.theme_id', '=', themeId),
      ),
    );
  }
  if (filter.text && filter.text.trim() !== '') {
    // LIKE with escaped wildcards: the user's % and _ are literal.
    const pattern = `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`f.statement LIKE ${pattern} ESCAPE '\\'`,
        sql<boolean>`f.quote LIKE ${pattern} ESCAPE '\\'`,
      ]),
    );
  }
  return query.orderBy('f.created_at', 'desc').orderBy('f.id').execute();
}

/**
 * The findings with these ids, in listFindings' order; ids that name no finding are skipped.
 * The ids go in as one JSON array (any number of them, no 999-parameter batches), so an export
 * that shows a few hundred linked findings does not read all 30,000 to pick them out.
 */
export async function listFindingsByIds(
  db: Db,
  ids: readonly string[],
): Promise<FindingWithThemes[]> {
  if (ids.length === 0) return [];
  return selectWithThemes(db)
    .where(
      sql<boolean>`f.id IN (SELECT value FROM json_each(${JSON.stringify([...new Set(ids)])}))`,
    )
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id')
    .execute();
}

export async function findFinding(db: Db, id: string): Promise<FindingWithThemes | undefined> {
  return selectWithThemes(db).where('f.id', '=', id).executeTakeFirst();
}

export async function setFindingThemes(
  db: Db,
  findingId: string,
  themeIds: string[],
): Promise<void> {
  await db.deleteFrom('finding_theme').where('finding_id', '=', findingId).execute();
  if (themeIds.length > 0) {
    await db
      .insertInto('finding_theme')
      .values([...new Set(themeIds)].map((theme_id) => ({ finding_id: findingId, theme_id })))
      .execute();
  }
}

export async function matrixCounts(
  db: Db,
): Promise<
  { theme_id: string; stakeholder_group: string | null; source_type: string; n: number }[]
> {
  return db
    .selectFrom('finding_theme as ft')
    .innerJoin('finding as f', 'f.id', 'ft.finding_id')
    .select([
      'ft.theme_id',
      'f.stakeholder_group',
      'f.source_type',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['ft.theme_id', 'f.stakeholder_group', 'f.source_type'])
    .execute();
}

export async function countFindings(db: Db): Promise<number> {
  const row = await db
    .selectFrom('finding')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertFinding(db: Db, row: NewFindingRow): Promise<void> {
  await db.insertInto('finding').values(row).execute();
}

export async function patchFinding(db: Db, id: string, patch: FindingPatch): Promise<void> {
  await db.updateTable('finding').set(patch).where('id', '=', id).execute();
}

/** The ids of this batch that still name a finding (keep batches within SQLite's 999 parameters). */
export async function presentFindingIds(db: Db, ids: string[]): Promise<string[]> {
  const rows = await db.selectFrom('finding').select('id').where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

export async function removeThemesFrom(
  db: Db,
  findingIds: string[],
  themeIds: string[],
): Promise<void> {
  await db
    .deleteFrom('finding_theme')
    .where('finding_id', 'in', findingIds)
    .where('theme_id', 'in', themeIds)
    .execute();
}

/** Adds a theme to findings that do not have it yet; one that does keeps its row. */
export async function addThemeTo(db: Db, findingIds: string[], themeId: string): Promise<void> {
  await db
    .insertInto('finding_theme')
    .values(findingIds.map((finding_id) => ({ finding_id, theme_id: themeId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function touchFindings(db: Db, ids: string[], at: string): Promise<void> {
  await db.updateTable('finding').set({ updated_at: at }).where('id', 'in', ids).execute();
}

/** What naming the sources of findings needs, for all of them at once (see SourceDirectory). */
export async function sourceNameRows(db: Db) {
  const [interviews, participants, questions, passages, documents] = await Promise.all([
    db.selectFrom('interview').select(['id', 'title']).execute(),
    db
      .selectFrom('interview_participant as p')
      .innerJoin('stakeholder as s', 's.id', 'p.stakeholder_id')
      .select(['p.interview_id', 's.pseudonym'])
      .orderBy('p.position')
      .execute(),
    db.selectFrom('interview_question').select(['id', 'position']).execute(),
    db.selectFrom('passage').select(['id', 'document_id', 'page']).execute(),
    db.selectFrom('document').select(['id', 'title']).execute(),
  ]);
  const [sessions, sessionParts, sessionInputs] = await Promise.all([
    db.selectFrom('session').select(['id', 'title']).execute(),
    db.selectFrom('session_part').select(['id', 'title']).execute(),
    // Only inputs that findings came from: a world café can hold thousands of notes.
    db
      .selectFrom('session_input')
      .select(['id', 'round'])
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('finding')
          .select('session_input_id')
          .where('session_input_id', 'is not', null),
      )
      .execute(),
  ]);
  return {
    interviews,
    participants,
    questions,
    passages,
    documents,
    sessions,
    sessionParts,
    sessionInputs,
  };
}
