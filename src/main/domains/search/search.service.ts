import type { SearchHit, SearchKind } from '../../../shared/domain/search.js';
import { queryWords, searchIndex, toFtsQuery } from './search.repository.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';

/**
 * toFtsQuery should leave FTS5 nothing to object to; should a query still slip past it, the user
 * typed something we cannot search for, which is their input, not an internal fault.
 */
async function matching<T>(search: () => Promise<T>): Promise<T> {
  try {
    return await search();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/fts5|unterminated string/i.test(message)) {
      throw new KoersError('INVALID_INPUT', { path: 'query' }, { cause: error });
    }
    throw error;
  }
}

export async function searchEngagement(
  ctx: CoreContext,
  engagementId: string,
  query: string,
  limit = 30,
): Promise<SearchHit[]> {
  const db = ctx.open.get(engagementId).file.db;
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const rows = await matching(() => searchIndex(db, fts, queryWords(query), limit));
  const interviewIds = rows
    .filter((r) => r.kind === 'interview-notes' && r.parent_id)
    .map((r) => r.parent_id!);
  const documentIds = rows
    .filter((r) => r.kind === 'passage' && r.parent_id)
    .map((r) => r.parent_id!);
  const [interviews, documents] = await Promise.all([
    interviewIds.length
      ? db.selectFrom('interview').select(['id', 'title']).where('id', 'in', interviewIds).execute()
      : [],
    documentIds.length
      ? db.selectFrom('document').select(['id', 'title']).where('id', 'in', documentIds).execute()
      : [],
  ]);
  const titles = new Map([...interviews, ...documents].map((r) => [r.id, r.title]));
  return rows.map((row) => ({
    parentTitle: row.parent_id ? (titles.get(row.parent_id) ?? null) : null,
    kind: row.kind as SearchKind,
    id: row.ref_id,
    parentId: row.parent_id,
    questionId: row.question_id,
    title: row.title,
    snippet: row.snippet,
  }));
}
