// Text from users goes into XML (docx, xlsx) and into spreadsheet cells. These rules keep every
// document openable without a repair prompt and keep user text from ever becoming a formula.

/**
 * Characters XML 1.0 forbids: C0 controls except tab, LF, CR; U+FFFE, U+FFFF; and lone
 * surrogates (a high surrogate not followed by a low one, or a low one not preceded by a high).
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Counts what was removed, so an export can tell the user. Every user string of a document
 * passes xml(), so this is also the one place where known names are replaced by pseudonyms
 * (pseudonymise-text.ts) when the export is made without names.
 */
export class TextCleaner {
  removed = 0;

  constructor(private readonly hideNames: (text: string) => string = (text) => text) {}

  /** The text without XML-forbidden characters, and without known names if asked. */
  xml(text: string): string {
    return this.hideNames(
      text.replace(XML_FORBIDDEN, () => {
        this.removed++;
        return '';
      }),
    );
  }

  /**
   * Only the XML rule (counted), names kept: for a name a document shows on purpose whatever the
   * name setting, such as the wethouder who holds a theme's portfolio (see vision-poster.ts).
   */
  xmlKeepingNames(text: string): string {
    return text.replace(XML_FORBIDDEN, () => {
      this.removed++;
      return '';
    });
  }

  /** The same rules with a count of its own: for text also written (and counted) elsewhere. */
  uncounted(): TextCleaner {
    return new TextCleaner(this.hideNames);
  }
}

export const EXCEL_CELL_MAX = 32_767;
export const TRUNCATION_MARKER = ' […]';

/**
 * Excel treats text starting with = + - @ (also after leading spaces, or a tab or CR) as a
 * formula once a user edits the cell or the sheet is saved as CSV. Cells are always written as
 * strings; for such text the exporter also sets Excel's quote prefix (the cell style that means
 * "this is text"), which leaves the text itself exactly as the user typed it.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[\s]*[=+\-@\t\r]/.test(text);
}

/** Fits text into one Excel cell; longer text is cut with a visible marker. */
export function fitExcelCell(text: string): { text: string; truncated: boolean } {
  if (text.length <= EXCEL_CELL_MAX) return { text, truncated: false };
  let cut = EXCEL_CELL_MAX - TRUNCATION_MARKER.length;
  // Never cut between the two halves of a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return { text: text.slice(0, cut) + TRUNCATION_MARKER, truncated: true };
}

const SHEET_NAME_FORBIDDEN = /[*?:\\/[\]]/g;
export const SHEET_NAME_MAX = 31;

/**
 * A worksheet name Excel accepts: at most 31 characters, none of * ? : \ / [ ], not starting or
 * ending with an apostrophe, not empty, and unique (case-insensitively) among `used`, even when
 * two long names share their first 31 characters ("'s-Hertogenbosch …").
 */
export function sheetName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  base = base.replace(/^'+|'+$/g, '').trim();
  if (base === '' || base.toLowerCase() === 'history') base = 'Blad';
  const taken = new Set([...used].map((u) => u.toLowerCase()));
  const fit = (name: string, suffix: string) => {
    const room = SHEET_NAME_MAX - suffix.length;
    const chars = Array.from(name);
    let trimmed = chars.slice(0, room).join('');
    while (trimmed.length > room) trimmed = Array.from(trimmed).slice(0, -1).join('');
    return `${trimmed.replace(/'+$/, '').trimEnd()}${suffix}`;
  };
  let candidate = fit(base, '');
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = fit(base, ` (${n})`);
  used.add(candidate);
  return candidate;
}
