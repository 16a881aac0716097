import { quoted } from '../../../shared/text/quote.js';
import { META_STYLE_ID, QUOTE_STYLE_ID } from './word-styles.js';

// WordprocessingML written as text, for bodies with tens of thousands of paragraphs where docx's
// object tree costs seconds and a gigabyte. Each function writes exactly the XML docx writes for
// its counterpart in word-blocks.ts (a test compares them byte for byte), so a document reads
// the same whichever way it was made. Text given here must already have been through
// run.text.xml(); it is only escaped.

/** Escapes as docx does for text: & < > and both quotes; C0 controls (already gone) are dropped. */
// eslint-disable-next-line no-control-regex
const ESCAPE = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

export function escapeXml(text: string): string {
  return text.replace(ESCAPE, (c) => ENTITIES[c] ?? '');
}

const BOLD_PROPERTIES = '<w:b/><w:bCs/>';

/** textRuns(): one run per line, a line break before every line but the first. */
export function runsXml(text: string, options: { bold?: boolean } = {}): string {
  return runsWithXml(text, options.bold ? BOLD_PROPERTIES : '');
}

/** textRuns() with run properties given as the XML inside w:rPr (none when empty). */
export function runsWithXml(text: string, properties: string): string {
  const rPr = properties ? `<w:rPr>${properties}</w:rPr>` : '';
  let xml = '';
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    xml += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(lines[i] ?? '')}</w:t></w:r>`;
  }
  return xml;
}

/** The finding's statement: new Paragraph({ keepNext, spacing: { before: 120, after: 60 }, children: textRuns(text, { bold }) }). */
export function statementXml(text: string): string {
  return `<w:p><w:pPr><w:keepNext/><w:spacing w:after="60" w:before="120"/></w:pPr>${runsXml(text, { bold: true })}</w:p>`;
}

/** quote() of word-blocks.ts. */
export function quoteXml(text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${QUOTE_STYLE_ID}"/></w:pPr>${runsXml(quoted(text))}</w:p>`;
}

/** meta() of word-blocks.ts, without keepNext. */
export function metaXml(text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${META_STYLE_ID}"/></w:pPr>${runsXml(text)}</w:p>`;
}
