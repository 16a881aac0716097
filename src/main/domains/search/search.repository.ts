import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/domain/search.js';
import type { Database } from '../schema.js';
import { LONG_ROW_CHARS, snippetFor } from './search-snippet.js';

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
 *
 * Control characters (\p{Cc}) separate words too: the tokenizer never indexes them, and FTS5
 * reads its query as a C string, so a NUL inside a quoted word would end the query mid-string
 * ("unterminated string").
 */
export function queryWords(input: string): string[] {
  return input
    .normalize('NFC')
    .split(/[\s\p{P}\p{S}\p{Cc}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

export function toFtsQuery(input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  return words
    .map((w, i) => {
      const quoted = `"${w.replace(/"/g, '""')}"`;
      return i === words.length - 1 ? `${quoted}*` : quoted;
    })
    .join(' ');
}

type HitRow = SearchRow & { long_rowid: number | null };

// eslint-disable-next-line no-control-regex
const STRAY_MARKS = /[\u0002\u0003]/g;

/**
 * Ranked hits with a snippet. The snippet's marks are random per query and mapped to the shared
 * HIGHLIGHT marks afterwards, so a user's text that happens to contain those control characters
 * cannot fake a highlight.
 */
export async function searchIndex(
  db: Kysely<Database>,
  ftsQuery: string,
  words: string[],
  limit: number,
): Promise<SearchRow[]> {
  const token = randomBytes(6).toString('hex');
  const open = `\uE000${token}\uE001`;
  const close = `\uE002${token}\uE003`;
  // Guide questions are copied into every interview, so their text matches in every interview
  // and would push the user's own notes, findings and passages down the list. A question row
  // whose notes do not match is "guide only": it ranks after everything else, once per text.
  const notesQuery = `body : (${ftsQuery})`;
  const columns = sql`kind, ref_id, parent_id, question_id, title,
    CASE WHEN length(body) <= ${LONG_ROW_CHARS}
         THEN snippet(search_index, -1, ${open}, ${close}, '…', 16) END AS snippet,
    CASE WHEN length(body) > ${LONG_ROW_CHARS} THEN rowid END AS long_rowid`;
  // The user's own text first. The query keeps FTS5's own shape, MATCH … ORDER BY rank LIMIT n:
  // FTS5 then hands rows over in rank order and snippet() runs only for the n rows returned.
  // Any other ORDER BY makes SQLite compute snippet() for every match (thousands of question
  // rows in a large engagement) and search became 9× slower. The notes-matches set is read once.
  const own = await sql<HitRow>`
    SELECT ${columns}
    FROM search_index
    WHERE search_index MATCH ${ftsQuery}
      AND (kind IS NOT 'interview-notes' OR question_id IS NULL
           OR rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ${notesQuery}))
    ORDER BY rank
    LIMIT ${limit}`.execute(db);
  const hits = own.rows;
  if (hits.length < limit) {
    // Room left: the guide-only questions, the first row of each question text, by rank.
    const firsts = await sql<{ first: number }>`
      SELECT min(rowid) AS first FROM search_index
      WHERE search_index MATCH ${ftsQuery}
        AND kind = 'interview-notes' AND question_id IS NOT NULL
        AND rowid NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ${notesQuery})
      GROUP BY title`.execute(db);
    if (firsts.rows.length > 0) {
      // The rowids go in as one JSON array, not as bound numbers: better-sqlite3 binds a number
      // as REAL, and FTS5 ignores a rowid constraint that is not an INTEGER (it returned every
      // match). json_each yields integers.
      const guide = await sql<HitRow>`
        SELECT ${columns}
        FROM search_index
        WHERE search_index MATCH ${ftsQuery}
          AND rowid IN (SELECT value FROM json_each(${JSON.stringify(firsts.rows.map((r) => r.first))}))
        ORDER BY rank
        LIMIT ${limit - hits.length}`.execute(db);
      hits.push(...guide.rows);
    }
  }
  const rows: SearchRow[] = [];
  for (const { long_rowid, ...row } of hits) {
    if (long_rowid !== null) {
      const full = await sql<{ title: string; body: string }>`
        SELECT title, body FROM search_index WHERE rowid = ${long_rowid}`.execute(db);
      const hit = full.rows[0];
      const body = (hit?.body ?? '').replace(STRAY_MARKS, '');
      const title = (hit?.title ?? '').replace(STRAY_MARKS, '');
      rows.push({ ...row, snippet: snippetFor(body, words) ?? snippetFor(title, words) ?? title });
      continue;
    }
    const snippet = (row.snippet ?? '')
      .replace(STRAY_MARKS, '')
      .split(open)
      .join(HIGHLIGHT_START)
      .split(close)
      .join(HIGHLIGHT_END);
    rows.push({ ...row, snippet });
  }
  return rows;
}

/** The titles of the interviews and documents that hits belong to, by id. */
export async function parentTitles(
  db: Kysely<Database>,
  interviewIds: string[],
  documentIds: string[],
  sessionIds: string[] = [],
): Promise<Map<string, string>> {
  const [interviews, documents, sessions] = await Promise.all([
    interviewIds.length
      ? db.selectFrom('interview').select(['id', 'title']).where('id', 'in', interviewIds).execute()
      : [],
    documentIds.length
      ? db.selectFrom('document').select(['id', 'title']).where('id', 'in', documentIds).execute()
      : [],
    sessionIds.length
      ? db.selectFrom('session').select(['id', 'title']).where('id', 'in', sessionIds).execute()
      : [],
  ]);
  return new Map([...interviews, ...documents, ...sessions].map((r) => [r.id, r.title]));
}
