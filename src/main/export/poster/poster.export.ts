import type { PosterFormat } from '../../../shared/poster/poster-input.js';
import {
  PDF_MIME,
  PNG_MIME,
  SVG_MIME,
  type ExportBuilder,
  type ExportRun,
} from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import type { SnapshotScope } from '../snapshot.js';
import { posterPdf } from './poster-pdf.js';
import { posterPng } from './poster-png.js';
import { exportPoster } from './vision-poster.js';

// The vision poster as three files of the same SVG (vision-poster.ts): the SVG itself, a PNG
// for slides and intranet, and a vector PDF for the printer.

/**
 * PNG resolution per paper size. A3 at 300 dpi is 3508 × 4961 px (17 MP), print quality. A0 at
 * 300 dpi would be 139 MP (≈ 560 MB of pixels while drawing); at 150 dpi it is 4967 × 7022 px
 * (35 MP), which is still sharp at the distance an A0 is read from.
 */
export const POSTER_PNG_DPI: Record<PosterFormat, number> = { A3: 300, A0: 150 };

// The adoption (step 4) gives the poster its footer and takes the CONCEPT mark off; the
// routekaart (declared by its area, roadmap.snapshot.ts) fills the poster's band.
const READS = {
  interviews: 'none',
  documents: false,
  vision: true,
  adoption: true,
  roadmap: true,
} as SnapshotScope;

export const posterSvgBuilder: ExportBuilder = {
  mimeType: SVG_MIME,
  reads: READS,
  // Building the SVG is a few milliseconds of string work.
  inProcess: true,
  build(run: ExportRun): Promise<Uint8Array> {
    const { svg } = exportPoster(run);
    run.progress(1);
    return Promise.resolve(new TextEncoder().encode(svg));
  },
};

export const posterPngBuilder: ExportBuilder = {
  mimeType: PNG_MIME,
  reads: READS,
  // Drawing 17–35 million pixels holds the thread for seconds: it runs in the worker.
  build(run: ExportRun): Promise<Uint8Array> {
    const { svg, options } = exportPoster(run);
    run.progress(0.1);
    checkAborted(run.signal);
    const png = posterPng(svg, { dpi: POSTER_PNG_DPI[options.format] });
    run.progress(1);
    return Promise.resolve(new Uint8Array(png.buffer, png.byteOffset, png.byteLength));
  },
};

export const posterPdfBuilder: ExportBuilder = {
  mimeType: PDF_MIME,
  reads: READS,
  async build(run: ExportRun): Promise<Uint8Array> {
    const { svg, input, options } = exportPoster(run);
    run.progress(0.2);
    checkAborted(run.signal);
    const pdf = await posterPdf(svg, options.format, `${input.title} - ${input.clientName}`);
    run.progress(1);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  },
};
