import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/domain/search.js';

// FTS5's snippet() walks every match in a row; in a 1 MB note with thousands of matches that
// takes seconds. Rows above LONG_ROW_CHARS get their snippet here instead: the first match of
// any query word, diacritics- and case-insensitive like the index, with the same marks.

export const LONG_ROW_CHARS = 20_000;
const BEFORE = 60;
const AFTER = 140;

/** Lower case without diacritics, with the original index of every folded character. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      origin.push(i);
      continue;
    }
    const plain = text[i]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const ch of plain) {
      folded += ch;
      origin.push(i);
    }
  }
  return { folded, origin };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Builds a snippet around the first word starting with one of `words`; null when none. */
export function snippetFor(text: string, words: string[]): string | null {
  const terms = words.map((w) => fold(w).folded).filter((w) => w.length > 0);
  if (terms.length === 0) return null;
  const { folded, origin } = fold(text);
  const hits: [number, number][] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      if (!isWordChar(folded[at - 1])) hits.push([at, at + term.length]);
      from = at + 1;
    }
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]!;
  const start = Math.max(0, origin[first[0]]! - BEFORE);
  const end = Math.min(text.length, origin[first[0]]! + AFTER);
  let out = start > 0 ? '…' : '';
  let cursor = start;
  for (const [a, b] of hits) {
    const from = origin[a]!;
    const to = (origin[b - 1] ?? from) + 1;
    if (from < cursor || to > end) continue;
    out += text.slice(cursor, from) + HIGHLIGHT_START + text.slice(from, to) + HIGHLIGHT_END;
    cursor = to;
  }
  out += text.slice(cursor, end) + (end < text.length ? '…' : '');
  return out;
}
