// .js extensions: its test is type-checked under NodeNext; Vite maps them to the .ts sources.
import type { JSONContent } from '@tiptap/core';
import type { RichText } from '../../../shared/domain/interview.js';

/** The smallest shape of a ProseMirror document the editor accepts. */
export interface DocJson {
  type: 'doc';
  content?: JSONContent[];
}

const emptyDoc = (): DocJson => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/**
 * What the editor starts with: the stored editor JSON; when that is missing or unreadable (an
 * import, a damaged record), the plain-text copy as paragraphs, so nothing stored is hidden.
 */
export function notesToDoc(notes: RichText): DocJson {
  if (notes.json.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(notes.json);
      if (isDoc(parsed)) return parsed;
    } catch {
      // fall through to the plain text
    }
  }
  if (notes.text.trim() === '') return emptyDoc();
  return {
    type: 'doc',
    content: notes.text
      .split(/\n{2,}|\n/)
      .map((line) =>
        line === ''
          ? { type: 'paragraph' }
          : { type: 'paragraph', content: [{ type: 'text', text: line }] },
      ),
  };
}

function isDoc(value: unknown): value is DocJson {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'doc' &&
    ((value as { content?: unknown }).content === undefined ||
      Array.isArray((value as { content?: unknown }).content))
  );
}

/** Two notes are the same save when their JSON is: used to skip saves that change nothing. */
export const sameNotes = (a: RichText, b: RichText): boolean => a.json === b.json;
