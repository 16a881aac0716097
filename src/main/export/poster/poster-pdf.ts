import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { PosterFormat } from '../../../shared/poster/poster-input.js';
import { svgToPng } from '../word/svg-png.js';
import { posterFontFiles } from './poster-fonts.js';

// The poster as a vector PDF: pdfkit writes the page, svg-to-pdfkit draws the SVG onto it.
// The shipped TTFs are embedded (as subsets), so the text prints as laid out and can be
// selected and searched in any PDF reader.

/** Page sizes in PDF points (1/72 inch), portrait. */
export const PAGE_POINTS: Record<PosterFormat, [number, number]> = {
  A3: [841.89, 1190.55],
  A0: [2383.94, 3370.39],
};

const SVG_IMAGE = /href="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)"/g;
/** Pixels across for an SVG logo drawn as PNG: sharp at the logo's size on an A0. */
const LOGO_PNG_WIDTH = 1200;

/**
 * svg-to-pdfkit cannot draw an SVG inside an <image>: a house-style SVG logo is drawn as PNG
 * by resvg first (its references to files stripped), like the Word exports do. Left out when
 * it cannot be drawn, rather than shown as an empty box.
 */
export function withSvgImagesAsPng(svg: string): string {
  return svg.replace(SVG_IMAGE, (_match, base64: string) => {
    const png = svgToPng(Buffer.from(base64, 'base64').toString('utf8'), LOGO_PNG_WIDTH);
    return png ? `href="data:image/png;base64,${png.toString('base64')}"` : 'href=""';
  });
}

const REGULAR = 'poster-regular';
const BOLD = 'poster-bold';

export function posterPdf(svg: string, format: PosterFormat, title = ''): Promise<Buffer> {
  const [width, height] = PAGE_POINTS[format];
  const fonts = posterFontFiles();
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: true,
    // A fixed date keeps the file the same for the same poster.
    info: { Title: title, Producer: 'Koers', Creator: 'Koers', CreationDate: new Date(0) },
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], withSvgImagesAsPng(svg), 0, 0, {
    width,
    height,
    preserveAspectRatio: 'xMidYMid meet',
    // Every family maps to the shipped font: the poster names only that one.
    fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
  });
  doc.end();
  return done;
}
