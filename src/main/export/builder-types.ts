import type { Language } from '../../shared/domain/common.js';
import { EXPORT_MIME, type ExportOptions } from '../../shared/domain/export.js';
import type { TextCleaner } from './safe-text.js';
import type { EngagementSnapshot, SnapshotScope } from './snapshot.js';

/** What a builder gets: data in, nothing else. */
export interface ExportRun {
  snapshot: EngagementSnapshot;
  language: Language;
  options: ExportOptions;
  /** For the interview report. */
  interviewId?: string;
  /** For the nulmeting report and workbook: the measurement; the newest when absent. */
  assessmentId?: string;
  /** Every user string goes through text.xml(); it counts what it removed. */
  text: TextCleaner;
  /** Builders add one for each cell cut at Excel's limit. */
  counters: { truncatedCells: number };
  /** 0 … 1; called as the builder moves on. */
  progress(fraction: number): void;
  /** Builders check it between sections and throw its reason when aborted. */
  signal: AbortSignal;
}

/** The heavy half of a document type (see ExportDescriptor in registry.ts for the light half). */
export interface ExportBuilder {
  mimeType: string;
  /**
   * What of the engagement this type reads beyond engagement, stakeholders and themes (and all
   * findings, unless it says `findings: false`).
   */
  reads: SnapshotScope;
  /**
   * The build works in short slices and yields to the event loop between them (the Excel
   * writer: a few hundred rows at a time), so it may run in the calling thread. A worker would
   * cost more than it saves there: starting it, loading exceljs into it and copying the
   * snapshot took ~0.3–0.7 s and ~100 MB for 30,000 findings. Builders that hold the thread
   * for seconds (Word) leave it unset and run in the worker.
   */
  inProcess?: boolean;
  build(run: ExportRun): Promise<Uint8Array>;
}

export const DOCX_MIME = EXPORT_MIME.docx;
export const XLSX_MIME = EXPORT_MIME.xlsx;
export const PDF_MIME = EXPORT_MIME.pdf;
export const PNG_MIME = EXPORT_MIME.png;
export const SVG_MIME = EXPORT_MIME.svg;
