import type { SearchHit, SearchKind } from '../../../shared/domain/search.js';
import { parentTitles, queryWords, searchIndex, toFtsQuery } from './search.repository.js';
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

/** The index's kind for a page of a document's text (migration 0003). */
const PAGE_KIND = 'document-page';

export async function searchEngagement(
  ctx: CoreContext,
  engagementId: string,
  query: string,
  limit = 30,
): Promise<SearchHit[]> {
  const db = ctx.open.get(engagementId).file.db;
  const fts = toFtsQuery(query);
  if (!fts) return [];
  // Pages of one document collapse into one hit below: ask for more rows than are shown.
  const rows = await matching(() => searchIndex(db, fts, queryWords(query), limit * 3));
  const interviewIds = rows
    .filter((r) => r.kind === 'interview-notes' && r.parent_id)
    .map((r) => r.parent_id!);
  const documentIds = rows
    .filter((r) => (r.kind === 'passage' || r.kind === PAGE_KIND) && r.parent_id)
    .map((r) => r.parent_id!);
  const sessionIds = rows
    .filter((r) => r.kind === 'session-input' && r.parent_id)
    .map((r) => r.parent_id!);
  const titles = await parentTitles(db, interviewIds, documentIds, sessionIds);
  const hits: SearchHit[] = [];
  /** A document's hit by its id: its record or its best page, whichever ranks first. */
  const documentHits = new Map<string, SearchHit>();
  for (const row of rows) {
    if (row.kind === PAGE_KIND && row.parent_id) {
      // A page is the document, opened at that page (ref_id is "<document id>:<page>").
      const page = Number(row.ref_id.slice(row.ref_id.lastIndexOf(':') + 1));
      const known = documentHits.get(row.parent_id);
      if (known) {
        known.page ??= page;
        continue;
      }
      const hit: SearchHit = {
        kind: 'document',
        id: row.parent_id,
        parentId: null,
        questionId: null,
        title: titles.get(row.parent_id) ?? '',
        parentTitle: null,
        snippet: row.snippet,
        page,
      };
      documentHits.set(row.parent_id, hit);
      hits.push(hit);
      continue;
    }
    const hit: SearchHit = {
      parentTitle: row.parent_id ? (titles.get(row.parent_id) ?? null) : null,
      kind: row.kind as SearchKind,
      id: row.ref_id,
      parentId: row.parent_id,
      questionId: row.question_id,
      title: row.title,
      snippet: row.snippet,
    };
    if (row.kind === 'document') {
      if (documentHits.has(row.ref_id)) continue;
      documentHits.set(row.ref_id, hit);
    }
    hits.push(hit);
  }
  return hits.slice(0, limit);
}
