import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { posterSvg } from '../../src/shared/poster/index.js';
import { posterPng } from '../../src/main/export/poster/poster-png.js';
import { denHelderPoster } from './poster-fixtures.js';

it('preview', () => {
  for (const layout of ['kolommen', 'raster', 'kern'] as const) {
    const svg = posterSvg(denHelderPoster, { layout, format: 'A3' });
    writeFileSync(`/tmp/poster-${layout}.svg`, svg);
    writeFileSync(`/tmp/poster-${layout}.png`, posterPng(svg, { dpi: 80 }));
  }
});

it('preview pdf', async () => {
  const { posterPdf } = await import('../../src/main/export/poster/poster-pdf.js');
  const svg = posterSvg(denHelderPoster, { layout: 'raster', format: 'A3' });
  writeFileSync('/tmp/poster-raster.pdf', await posterPdf(svg, 'A3'));
});
