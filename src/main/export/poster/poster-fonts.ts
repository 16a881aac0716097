import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POSTER_FONT } from '../../../shared/poster/font-metrics.js';
import { resolveResourceDir } from '../../base/resource-dir.js';

// The poster's font files (resources/fonts, Open Sans, Apache-2.0). PNG and PDF draw with these
// files only, never with the computer's fonts, so the text breaks exactly where the layout
// (measured with the same font's widths) put the line ends.

export interface PosterFontFiles {
  family: string;
  regular: string;
  bold: string;
}

export function posterFontFiles(
  startDir: string = dirname(fileURLToPath(import.meta.url)),
): PosterFontFiles {
  const dir = resolveResourceDir('fonts', 'OpenSans-Regular.ttf', startDir);
  if (dir === null)
    throw new Error(
      `De lettertypen voor de poster (resources/fonts) zijn niet gevonden vanaf ${startDir}.`,
    );
  return {
    family: POSTER_FONT.family,
    regular: join(dir, 'OpenSans-Regular.ttf'),
    bold: join(dir, 'OpenSans-Bold.ttf'),
  };
}
