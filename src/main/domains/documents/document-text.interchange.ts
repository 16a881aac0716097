import { z } from 'zod';
import { DOCUMENT_TEXT_STATUSES } from '../../../shared/domain/document.js';
import type { InterchangeSection } from '../../interchange/interchange-section.js';
import { baseIds } from '../../interchange/interchange-section.js';
import { MAX_PAGES, PAGE_TEXT_MAX } from './text-extraction.js';
import { patchDocument, replacePages } from './document.repository.js';

// The text read from each document travels with the interchange file, so an imported copy is
// searchable at once, also without the attachments. Additive (an optional property), so the
// format version stays; a file without it imports its documents as not read yet ('pending').

const documentTextRecord = z.object({
  documentId: z.uuid().describe('The document (documents[].id) the text was read from.'),
  textStatus: z
    .enum(DOCUMENT_TEXT_STATUSES)
    .describe(
      'extracted: pages below; none: the file holds no text (a scan); failed: unreadable; pending: not read yet.',
    ),
  pageCount: z
    .number()
    .int()
    .min(0)
    .max(MAX_PAGES)
    .nullable()
    .describe('Pages of a PDF, 1 for a Word or text file; null when not read.'),
  pages: z
    .array(
      z.object({
        page: z.number().int().min(1).max(MAX_PAGES),
        text: z.string().min(1).max(PAGE_TEXT_MAX),
      }),
    )
    .max(MAX_PAGES)
    .describe('Only pages with text, in page order.'),
});

type DocumentTextRecord = z.infer<typeof documentTextRecord>;

export const documentTextSection: InterchangeSection<DocumentTextRecord[]> = {
  key: 'documentText',
  since: 1,
  schema: z
    .array(documentTextRecord)
    .max(1_000_000)
    .describe('The text read from each document on import, page by page.'),
  read(sqlite) {
    const documents = sqlite
      .prepare('SELECT id, text_status, page_count FROM document ORDER BY created_at, id')
      .all() as {
      id: string;
      text_status: DocumentTextRecord['textStatus'];
      page_count: number | null;
    }[];
    const pages = sqlite.prepare(
      'SELECT page, text FROM document_page WHERE document_id = ? ORDER BY page',
    );
    return documents.map((d) => ({
      documentId: d.id,
      textStatus: d.text_status,
      pageCount: d.page_count,
      pages: pages.all(d.id) as { page: number; text: string }[],
    }));
  },
  async insert(trx, records) {
    for (const record of records) {
      await patchDocument(trx, record.documentId, {
        text_status: record.textStatus,
        page_count: record.pageCount,
      });
      await replacePages(trx, record.documentId, record.pages);
    }
  },
  check(records, doc) {
    const documents = baseIds(doc).document!;
    const seen = new Set<string>();
    for (const [i, record] of records.entries()) {
      if (!documents.has(record.documentId) || seen.has(record.documentId))
        return { path: `documentText[${i}].documentId`, id: record.documentId };
      seen.add(record.documentId);
      let previous = 0;
      for (const [j, page] of record.pages.entries()) {
        // Pages in order and each once: the table's key would refuse a repeat mid-import.
        if (page.page <= previous)
          return { path: `documentText[${i}].pages[${j}].page`, id: String(page.page) };
        previous = page.page;
      }
    }
    return null;
  },
};
