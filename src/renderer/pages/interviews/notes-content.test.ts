import { describe, expect, it } from 'vitest';
import { notesToDoc } from './notes-content.js';

describe('notesToDoc', () => {
  it('uses the stored editor JSON as is', () => {
    const doc = {
      type: 'doc',
      content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kop' }] }],
    };
    expect(notesToDoc({ json: JSON.stringify(doc), text: 'Kop' })).toEqual(doc);
  });

  it('falls back to the plain text as paragraphs when the JSON is missing or damaged', () => {
    for (const json of ['', '{not json', '{"type":"paragraph"}']) {
      expect(notesToDoc({ json, text: 'Eerste regel\n\nTweede regel' })).toEqual({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Eerste regel' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Tweede regel' }] },
        ],
      });
    }
  });

  it('gives an empty paragraph for empty notes', () => {
    expect(notesToDoc({ json: '', text: '' })).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
  });
});
