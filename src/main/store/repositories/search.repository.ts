import { sql, type Kysely } from 'kysely';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/domain/search.js';
import type { Database } from '../database.js';

export interface SearchRow {
  kind: string;
  ref_id: string;
  parent_id: string | null;
  question_id: string | null;
  title: string;
  snippet: string;
}

/**
 * Turns what a user types into an FTS5 query that cannot be a syntax error or an injection:
 * every word becomes a quoted string (quotes doubled), the last one a prefix match so results
 * appear while typing. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map((w, i) => {
      const quoted = `"${w.replace(/"/g, '""')}"`;
      return i === words.length - 1 ? `${quoted}*` : quoted;
    })
    .join(' ');
}

export async function searchIndex(db: Kysely<Database>, ftsQuery: string, limit: number): Promise<SearchRow[]> {
  const result = await sql<SearchRow>`
    SELECT kind, ref_id, parent_id, question_id, title,
           snippet(search_index, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 16) AS snippet
    FROM search_index
    WHERE search_index MATCH ${ftsQuery}
    ORDER BY rank
    LIMIT ${limit}`.execute(db);
  return result.rows;
}
