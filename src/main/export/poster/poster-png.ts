import { createRequire } from 'node:module';
import type * as Resvg from '@resvg/resvg-js';
import { posterFontFiles } from './poster-fonts.js';
import { withoutExternalReferences } from '../word/svg-png.js';
import { withSvgImagesAsPng } from './poster-pdf.js';

// The poster SVG as a PNG at a given resolution, drawn by resvg with the shipped font only.
// A3 at 300 dpi is 3508 × 4961 pixels.

const require = createRequire(import.meta.url);

const MM_PER_INCH = 25.4;

/** The paper size the SVG states in its width/height attributes (in mm). */
export function svgPaperMm(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)mm"`).exec(root)?.[1]);
  const width = read('width');
  const height = read('height');
  if (!(width > 0) || !(height > 0)) throw new Error('De poster-SVG heeft geen papiermaat in mm.');
  return { width, height };
}

/** Pixels for a length in mm at `dpi`, rounded to whole pixels. */
export const pixelsFor = (mm: number, dpi: number): number => Math.round((mm / MM_PER_INCH) * dpi);

export function posterPng(svg: string, options: { dpi: number }): Buffer {
  const { Resvg: ResvgClass } = require('@resvg/resvg-js') as typeof Resvg;
  const paper = svgPaperMm(svg);
  const fonts = posterFontFiles();
  const width = pixelsFor(paper.width, options.dpi);
  const image = new ResvgClass(
    // An SVG logo is drawn first on its own, its own file references stripped too.
    withoutExternalReferences(withSvgImagesAsPng(svg)),
    {
      fitTo: { mode: 'width', value: width },
      background: '#ffffff',
      font: {
        fontFiles: [fonts.regular, fonts.bold],
        loadSystemFonts: false,
        defaultFontFamily: fonts.family,
        sansSerifFamily: fonts.family,
      },
    },
  ).render();
  return image.asPng();
}
