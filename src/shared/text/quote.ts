/**
 * Quotes between quotation marks, exactly one pair. A consultant often copies a quote with its
 * own marks ("…", „…”, ‘…’, «…»); wrapping that again would show two pairs, so every place that
 * puts a quote between marks (the finding list, the matrix drawer, the Word reports) goes
 * through quoted(), which takes the user's outer marks off first.
 */

interface Family {
  /** Marks that can open a quote of this family. */
  open: string;
  /** Marks that can close it. */
  close: string;
  /** Marks that open or close depending on what stands before them. */
  ambiguous: string;
  /** A lone opening or closing mark (the other one forgotten) is taken off too. */
  lone: boolean;
}

const FAMILIES: Family[] = [
  // "…" „…” „…“ “…” ”…” (Dutch, English, German, Swedish habits).
  { open: '"„“”‟', close: '"”“', ambiguous: '"“', lone: true },
  // '…' ‘…’ ‚…‘: the same marks serve as apostrophes (zo’n, ’t), so a lone one stays.
  { open: "'‘’‚‛", close: "'’‘", ambiguous: "'’‘", lone: false },
  { open: '«»', close: '»«', ambiguous: '', lone: true },
  { open: '‹›', close: '›‹', ambiguous: '', lone: true },
];

const ALL_MARKS = FAMILIES.map((f) => f.open + f.close).join('');
/**
 * Any quotation mark at all. Most quotes have none, and then there is nothing to take off: one
 * precompiled test instead of the per-family scans below (the Word reports quote 30,000 texts).
 */
const ANY_MARK = new RegExp(`[${ALL_MARKS.replace(/[\\\]^-]/g, '\\$&')}]`, 'u');
const END_PUNCTUATION = '.,;:!?…';
const OPENS_BEFORE = /[\s([{\-–—/]/u;
const LETTER = /[\p{L}\p{N}]/u;

export interface QuoteMarks {
  open: string;
  close: string;
}

/** The marks the UI and the exports put around a quote. */
export const QUOTE_MARKS: QuoteMarks = { open: '“', close: '”' };

const inFamily = (family: Family, c: string | undefined): boolean =>
  c !== undefined && (family.open.includes(c) || family.close.includes(c));

/** Is `c` at `i` an apostrophe (zo’n, auto's, ’t, 's-Hertogenbosch) rather than a quotation mark? */
function isApostrophe(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before !== undefined && after !== undefined && LETTER.test(before) && LETTER.test(after))
    return true;
  // 't, 's, 'n at the start of a word.
  return (
    (before === undefined || /\s/u.test(before)) &&
    after !== undefined &&
    /[tsn]/iu.test(after) &&
    !LETTER.test(text[i + 2] ?? ' ')
  );
}

/**
 * Whether the marks of `family` inside `inner` pair up, so that the outer two marks (`outer`)
 * belong together: in `"Dit" en "dat"` the first and the last mark do not, and stay.
 */
function pairsUp(inner: string, family: Family, outer: QuoteMarks, single: boolean): boolean {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (!inFamily(family, c)) continue;
    if (single && isApostrophe(inner, i)) continue;
    const byContext = (): boolean => {
      const before = inner[i - 1];
      return before === undefined || OPENS_BEFORE.test(before);
    };
    let opens: boolean;
    if (family.ambiguous.includes(c)) opens = byContext();
    else if (c === outer.open) opens = true;
    else if (c === outer.close) opens = false;
    else if (!family.close.includes(c)) opens = true;
    else if (!family.open.includes(c)) opens = false;
    else opens = byContext();
    depth += opens ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function stripPair(text: string): string | null {
  // A full stop typed after the closing mark: "Dit is het". becomes Dit is het.
  let body = text;
  let trailing = '';
  const last = text.at(-1);
  if (
    last !== undefined &&
    END_PUNCTUATION.includes(last) &&
    ALL_MARKS.includes(text.at(-2) ?? '')
  ) {
    body = text.slice(0, -1);
    trailing = last;
  }
  if (body.length < 2) return null;
  for (const [index, family] of FAMILIES.entries()) {
    if (!family.open.includes(body[0]!) || !family.close.includes(body.at(-1)!)) continue;
    const inner = body.slice(1, -1);
    if (!pairsUp(inner, family, { open: body[0]!, close: body.at(-1)! }, index === 1)) continue;
    const trimmed = inner.trim();
    const endsWithPunctuation = END_PUNCTUATION.includes(trimmed.at(-1) ?? '');
    return trimmed + (endsWithPunctuation ? '' : trailing);
  }
  return null;
}

/** How many marks of `family` the text has, counting no further than 2 (all marks are BMP). */
function countMarks(text: string, family: Family): number {
  let marks = 0;
  for (let i = 0; i < text.length && marks < 2; i++) if (inFamily(family, text[i])) marks++;
  return marks;
}

function stripLone(text: string): string {
  for (const family of FAMILIES) {
    if (!family.lone) continue;
    if (countMarks(text, family) !== 1) continue;
    if (family.open.includes(text[0]!)) return text.slice(1).trim();
    if (family.close.includes(text.at(-1)!)) return text.slice(0, -1).trim();
  }
  return text;
}

/** The quote without the quotation marks the user typed around it, and trimmed. */
export function unquote(text: string): string {
  let current = text.trim();
  if (!ANY_MARK.test(current)) return current;
  for (;;) {
    const stripped = stripPair(current);
    if (stripped === null) break;
    current = stripped;
  }
  return current === '' ? '' : stripLone(current);
}

/** The quote between one pair of quotation marks; empty stays empty. */
export function quoted(text: string, marks: QuoteMarks = QUOTE_MARKS): string {
  const inner = unquote(text);
  return inner === '' ? '' : `${marks.open}${inner}${marks.close}`;
}
