import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Transaction } from 'kysely';
import type { DocumentType } from '../../../shared/domain/document.js';
import type { Database } from '../schema.js';
import {
  extractText,
  textFormatOf,
  type ExtractionOutcome,
  type ExtractionRequest,
} from './text-extraction.js';
import { suggestDocumentType } from './suggest-document-type.js';
import { patchDocument, replacePages } from './document.repository.js';

// Where the core reads a document's text and stores it with the document. Reading runs in a
// worker thread when the compiled worker script exists (the app, browser mode, the CLI); run
// from the TypeScript sources (vitest) it runs in process, page by page with a pause between.

const WORKER_URL = new URL('./text-worker.js', import.meta.url);
const WORKER_AVAILABLE = fs.existsSync(fileURLToPath(WORKER_URL));

/** Larger files are stored but not read: the whole file would have to sit in memory. */
export const MAX_EXTRACT_BYTES = 300 * 1024 * 1024;
/** A PDF that takes longer than this to read is given up on ('failed'), not waited for. */
const EXTRACT_TIMEOUT_MS = 120_000;
const WORKER_HEAP_MB = 1024;

const FAILED: ExtractionOutcome = { status: 'failed', pageCount: null, pages: [] };

function extractInWorker(request: ExtractionRequest): Promise<ExtractionOutcome> {
  return new Promise((resolve) => {
    // Handed over rather than copied when the bytes own their buffer: a 300 MB PDF once, not twice.
    const { buffer } = request.bytes;
    const ownsBuffer =
      buffer instanceof ArrayBuffer &&
      request.bytes.byteOffset === 0 &&
      request.bytes.byteLength === buffer.byteLength;
    const worker = new Worker(WORKER_URL, {
      workerData: request,
      transferList: ownsBuffer ? [buffer] : [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (outcome: ExtractionOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle(FAILED), EXTRACT_TIMEOUT_MS);
    worker.on('message', (outcome: ExtractionOutcome) => settle(outcome));
    // Out of memory, a crash inside a library: the file is unreadable, the core goes on.
    worker.on('error', () => settle(FAILED));
    worker.on('exit', () => settle(FAILED));
  });
}

/**
 * Reads the text of a file; never throws. `load` gives its bytes, and is only called for a
 * format Koers reads and a size it reads.
 */
export async function readText(
  fileName: string,
  mimeType: string,
  sizeBytes: number,
  load: () => Promise<Uint8Array>,
): Promise<ExtractionOutcome> {
  if (textFormatOf(fileName, mimeType) === null)
    return { status: 'none', pageCount: null, pages: [] };
  if (sizeBytes > MAX_EXTRACT_BYTES) return FAILED;
  try {
    const request: ExtractionRequest = { bytes: await load(), fileName, mimeType };
    return WORKER_AVAILABLE ? await extractInWorker(request) : await extractText(request);
  } catch {
    return FAILED;
  }
}

/**
 * Replaces the document's pages with what was read and notes the outcome. With `suggestFrom`
 * (the user gave no kind) the kind is suggested again, now from the name and the first page.
 */
export async function storeText(
  trx: Transaction<Database>,
  documentId: string,
  outcome: ExtractionOutcome,
  suggestFrom?: { fileName: string; current: DocumentType },
): Promise<void> {
  await replacePages(trx, documentId, outcome.pages);
  const suggested = suggestFrom
    ? suggestDocumentType(suggestFrom.fileName, outcome.pages[0]?.text ?? '')
    : undefined;
  await patchDocument(trx, documentId, {
    text_status: outcome.status,
    page_count: outcome.pageCount,
    ...(suggested && suggested !== 'anders' && suggested !== suggestFrom?.current
      ? { doc_type: suggested }
      : {}),
  });
}
