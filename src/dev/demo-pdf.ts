import { PageSizes, PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

// The demo's source documents are small generated PDFs, so the document register, the
// "open original" action and passage page numbers can be tried without real client files.
// One source page becomes exactly one PDF page: the demo passages cite page numbers.

const MARGIN = 56; // about 2 cm
const BODY_SIZE = 11;
const LINE_HEIGHT = 15;
const PARAGRAPH_GAP = 7;
const TITLE_SIZE = 18;
const TITLE_LINE_HEIGHT = 23;
const FOOTER_SIZE = 9;

/** Fallbacks for characters outside WinAnsi that do not lose their accent-free base by NFKD. */
const FALLBACKS: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  '\u2011': '-', // non-breaking hyphen
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u00a0': ' ',
  '\u202f': ' ',
};

/**
 * The standard fonts only encode WinAnsi (CP1252): é, ë, ï, curly quotes, en dash and € are
 * fine, but Turkish ı or an emoji would make pdf-lib throw. Those fall back to their base
 * letter (ş → s) or a plain stand-in, never to silence.
 */
export function toWinAnsi(text: string, encodable: ReadonlySet<number>): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (encodable.has(code) || char === '\n') {
      out += char;
      continue;
    }
    const fallback = FALLBACKS[char];
    if (fallback !== undefined) {
      out += fallback;
      continue;
    }
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    const baseEncodable =
      base !== '' && [...base].every((c) => encodable.has(c.codePointAt(0) ?? 0));
    out += baseEncodable ? base : '?';
  }
  return out;
}

function breakLongWord(word: string, font: PDFFont, size: number, width: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of word) {
    if (current !== '' && font.widthOfTextAtSize(current + char, size) > width) {
      parts.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = breakLongWord(word, font, size, width);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A4 PDF with the title on page 1, "Pagina n van m" at the foot of every page and the
 * paragraphs word-wrapped in Helvetica. Deterministic: the same input gives the same bytes,
 * so the demo's stored checksums do not change from run to run.
 * Throws when a page's text does not fit on one A4 page, because that would shift the page
 * numbers the passages refer to.
 */
export async function makeDemoPdf(title: string, pages: string[][]): Promise<Uint8Array> {
  if (pages.length === 0) throw new Error('Een demo-PDF heeft minstens één pagina nodig.');
  const doc = await PDFDocument.create({ updateMetadata: false });
  const body = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const encodable = new Set(body.getCharacterSet());
  const clean = (text: string): string => toWinAnsi(text, encodable);
  doc.setTitle(clean(title));
  doc.setLanguage('nl-NL');

  const [pageWidth, pageHeight] = PageSizes.A4;
  const textWidth = pageWidth - 2 * MARGIN;
  const lowest = MARGIN + FOOTER_SIZE + LINE_HEIGHT;

  pages.forEach((paragraphs, index) => {
    const page = doc.addPage([pageWidth, pageHeight]);
    let y = pageHeight - MARGIN;
    const draw = (line: string, font: PDFFont, size: number, lineHeight: number): void => {
      y -= lineHeight;
      if (y < lowest) {
        throw new Error(`Pagina ${index + 1} van "${title}" past niet op één A4-pagina.`);
      }
      page.drawText(line, { x: MARGIN, y, size, font });
    };
    if (index === 0) {
      for (const line of wrapText(clean(title), bold, TITLE_SIZE, textWidth)) {
        draw(line, bold, TITLE_SIZE, TITLE_LINE_HEIGHT);
      }
      y -= TITLE_LINE_HEIGHT / 2;
    }
    for (const paragraph of paragraphs) {
      for (const line of wrapText(clean(paragraph), body, BODY_SIZE, textWidth)) {
        draw(line, body, BODY_SIZE, LINE_HEIGHT);
      }
      y -= PARAGRAPH_GAP;
    }
    const footer = `Pagina ${index + 1} van ${pages.length}`;
    page.drawText(footer, {
      x: (pageWidth - body.widthOfTextAtSize(footer, FOOTER_SIZE)) / 2,
      y: MARGIN / 2,
      size: FOOTER_SIZE,
      font: body,
    });
  });

  return doc.save({ useObjectStreams: false });
}
