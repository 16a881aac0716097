import path from 'node:path';
import type { DocumentPage, DocumentTextStatus } from '../../../shared/domain/document.js';

// Reads the text out of a stored document, page by page: PDF (pdfjs-dist), Word .docx
// (mammoth) and plain text or Markdown. Runs in a worker thread where one exists (see
// document-text.ts); everything here is plain data in, plain data out, and it never throws:
// a damaged or hostile file is an outcome ('failed'), not a crash.

export interface ExtractionRequest {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

export interface ExtractionOutcome {
  status: Exclude<DocumentTextStatus, 'pending'>;
  /** Pages of a PDF, 1 for a Word or text file; null when unreadable or not a text format. */
  pageCount: number | null;
  /** Only pages with text, in order. */
  pages: DocumentPage[];
}

/** A page's text is cut here: a dense table of figures is still searchable, a bomb is not. */
export const PAGE_TEXT_MAX = 100_000;
/** More pages than this is not a document a municipality hands over, but an attack. */
export const MAX_PAGES = 20_000;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type TextFormat = 'pdf' | 'docx' | 'text';

/** The format Koers reads text from, by file type; null for everything else (pictures, …). */
export function textFormatOf(fileName: string, mimeType: string): TextFormat | null {
  const extension = path.extname(fileName).toLowerCase();
  if (mimeType === 'application/pdf' || extension === '.pdf') return 'pdf';
  if (mimeType === DOCX || extension === '.docx') return 'docx';
  if (['text/plain', 'text/markdown'].includes(mimeType) || ['.txt', '.md'].includes(extension))
    return 'text';
  return null;
}

/**
 * Text as SQLite and the search index should hold it: no NUL or other control characters but
 * tab and newline, no lone surrogates, no trailing spaces, at most one empty line in a row.
 */
export function cleanText(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
      .replace(/\r\n?/g, '\n')
      .replace(/\p{Cs}/gu, '')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, PAGE_TEXT_MAX)
  );
}

const failed: ExtractionOutcome = { status: 'failed', pageCount: null, pages: [] };

function outcomeOf(pageCount: number, texts: string[]): ExtractionOutcome {
  const pages = texts
    .map((text, i) => ({ page: i + 1, text: cleanText(text) }))
    .filter((p) => p.text.length > 0);
  return { status: pages.length > 0 ? 'extracted' : 'none', pageCount, pages };
}

/** A pause between pages when running on the core's own thread, so other work gets a turn. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

async function pdfText(bytes: Uint8Array): Promise<ExtractionOutcome> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (and may detach) the buffer it is given.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    if (pdf.numPages > MAX_PAGES) return failed;
    const texts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      let text = '';
      try {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        for (const item of content.items) {
          if (!('str' in item)) continue;
          text += item.str + (item.hasEOL ? '\n' : '');
          if (text.length > PAGE_TEXT_MAX) break;
        }
        page.cleanup();
      } catch {
        // One damaged page does not cost the text of the others.
      }
      texts.push(text);
      await breathe();
    }
    return outcomeOf(pdf.numPages, texts);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function docxText(bytes: Uint8Array): Promise<ExtractionOutcome> {
  const mammoth = (await import('mammoth')).default;
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  // Word has no fixed pages (they depend on the printer); the whole text is page 1.
  return outcomeOf(1, [result.value]);
}

function plainText(bytes: Uint8Array): ExtractionOutcome {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a text file saved by an older Windows program.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return outcomeOf(1, [text.replace(/^\uFEFF/, '')]);
}

export async function extractText(request: ExtractionRequest): Promise<ExtractionOutcome> {
  const format = textFormatOf(request.fileName, request.mimeType);
  try {
    if (format === 'pdf') return await pdfText(request.bytes);
    if (format === 'docx') return await docxText(request.bytes);
    if (format === 'text') return plainText(request.bytes);
    return { status: 'none', pageCount: null, pages: [] };
  } catch {
    return failed;
  }
}
