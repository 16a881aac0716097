import type { RichText } from '../shared/domain/interview.js';

// The "lange tekst" case (issue 10): text that is long in one piece, not long in total. A word of
// 40,000 characters without a space, a paragraph of 10,000 runs with alternating marks, a quote
// of 20,000 characters. Shared by the bench and test/exports/long-text.test.ts.

const MARKS = [[], ['bold'], ['italic'], ['bold', 'italic'], ['underline'], ['code']];

function runWords(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `woord${i} `);
}

export const LONG_TEXT = {
  word: 'x'.repeat(39_990) + '0123456789',
  runsText: runWords(10_000).join(''),
  quote: Array.from({ length: 2000 }, (_, i) => `zin ${String(i).padStart(4, '0')}.`)
    .join(' ')
    .slice(0, 20_000),
};

/** Interview notes (Tiptap JSON and plain text) with the long word and the many-run paragraph. */
export function longTextNotes(): RichText {
  const runs = runWords(10_000).map((text, i) => ({
    type: 'text',
    text,
    marks: MARKS[i % MARKS.length]!.map((type) => ({ type })),
  }));
  const doc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: LONG_TEXT.word }] },
      { type: 'paragraph', content: runs },
    ],
  };
  return { json: JSON.stringify(doc), text: `${LONG_TEXT.word}\n${LONG_TEXT.runsText}` };
}
