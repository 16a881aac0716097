import { unquote } from './quote.js';

/** A stretch of a text, as string offsets: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

// Marks that differ in typing but not in meaning: a quote copied from the notes and tidied up
// afterwards (curly quotes, a dash) still points at the same words.
const SAME_AS: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '–': '-',
  '—': '-',
};

interface Folded {
  text: string;
  /** For each character of `text`, the offset of the character it came from. */
  from: number[];
}

/** Lower case, one space for every run of white space, typographic marks as plain ones. */
function fold(text: string): Folded {
  let out = '';
  const from: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/u.test(c)) {
      if (!inSpace) {
        out += ' ';
        from.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    // One character may lower-case to two (İ): both point back at it.
    for (const lower of (SAME_AS[c] ?? c).toLocaleLowerCase('nl')) {
      out += lower;
      from.push(i);
    }
  }
  return { text: out, from };
}

/** The quote without the marks and the ellipses a user puts around a shortened quote. */
function core(quote: string): string {
  return unquote(quote)
    .replace(/^(?:…|\.{3})\s*/u, '')
    .replace(/\s*(?:…|\.{3})$/u, '')
    .trim();
}

/**
 * Where `quote` stands in `text`: the first place, ignoring case, the amount of white space
 * (line breaks included), the quotation marks typed around it and curly against straight marks.
 * Null when it is not there (the notes were changed since) or the quote is empty.
 */
export function locateQuote(text: string, quote: string): TextRange | null {
  const wanted = fold(core(quote)).text.trim();
  if (wanted === '') return null;
  const haystack = fold(text);
  const at = haystack.text.indexOf(wanted);
  if (at < 0) return null;
  const last = haystack.from[at + wanted.length - 1]!;
  return { start: haystack.from[at]!, end: last + 1 };
}
