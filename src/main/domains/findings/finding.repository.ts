import { sql, type Kysely, type Transaction } from 'kysely';
import type { FindingFilter } from '../../../shared/domain/finding.js';
import type { Database } from '../schema.js';
import type { FindingRow } from './finding.table.js';

type Db = Kysely<Database> | Transaction<Database>;

export type FindingWithThemes = FindingRow & { theme_ids: string | null };

/**
 * Findings with their theme ids (comma-joined by SQLite: one query, not one per finding, so
 * 30,000 findings come back in one pass). Filters run in SQL; text filter is a substring match
 * on statement and quote, the search palette is the place for ranked search.
 */
export async function listFindings(
  db: Db,
  filter: FindingFilter = {},
): Promise<FindingWithThemes[]> {
  let query = db
    .selectFrom('finding as f')
    .selectAll('f')
    .select(
      sql<
        string | null
      >`(SELECT group_concat(ft.theme_id) FROM finding_theme ft WHERE ft.finding_id = f.id)`.as(
        'theme_ids',
      ),
    );
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

export async function findFinding(db: Db, id: string): Promise<FindingWithThemes | undefined> {
  return db
    .selectFrom('finding as f')
    .selectAll('f')
    .select(
      sql<
        string | null
      >`(SELECT group_concat(ft.theme_id) FROM finding_theme ft WHERE ft.finding_id = f.id)`.as(
        'theme_ids',
      ),
    )
    .where('f.id', '=', id)
    .executeTakeFirst();
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
