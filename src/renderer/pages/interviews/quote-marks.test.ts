import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { docText, quoteRanges } from './quote-marks.js';

const schema = getSchema([StarterKit]);
const doc = PmNode.fromJSON(schema, {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Wij werken nog in Excel.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'De grootste ' },
        { type: 'text', text: 'uitdaging', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' is de woningbouw.' },
      ],
    },
  ],
});

const marked = (quote: string) =>
  quoteRanges(doc, [{ quote, title: 'x' }]).map(({ from, to }) => doc.textBetween(from, to));

describe('quote marks in the notes', () => {
  it('reads the notes as the editor copies them: a line break between paragraphs', () => {
    expect(docText(doc).text).toBe(
      'Wij werken nog in Excel.\nDe grootste uitdaging is de woningbouw.',
    );
  });

  it('marks the quote across differently formatted text', () => {
    expect(marked('„De grootste UITDAGING is de woningbouw”')).toEqual([
      'De grootste uitdaging is de woningbouw',
    ]);
  });

  it('marks a quote over two paragraphs as one range per paragraph', () => {
    expect(marked('in Excel. De grootste')).toEqual(['in Excel.', 'De grootste']);
  });

  it('marks nothing for a quote that is not in the notes', () => {
    expect(marked('de grootste kans')).toEqual([]);
    expect(quoteRanges(doc, [])).toEqual([]);
  });
});
