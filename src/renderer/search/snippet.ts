import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../shared/domain/search.js';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a search snippet on the core's highlight marks into plain and matched parts, for
 * rendering as text and <mark> elements; the snippet is never treated as HTML. A mark left
 * open (a snippet cut in the middle of a match) still ends at the end of the text.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ text, match });
    text = '';
  };
  for (const char of snippet) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush();
      match = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
