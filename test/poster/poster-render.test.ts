import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { posterPdf } from '../../src/main/export/poster/poster-pdf.js';
import { posterPng } from '../../src/main/export/poster/poster-png.js';
import { posterSvg } from '../../src/shared/poster/poster-svg.js';
import { denHelderPoster } from './poster-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'koers-poster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

describe('poster PNG', () => {
  it('is 3508 × 4961 pixels for A3 at 300 dpi, with the house colour in the header', () => {
    const png = PNG.sync.read(
      posterPng(posterSvg(denHelderPoster, { layout: 'kolommen', format: 'A3' }), { dpi: 300 }),
    );
    expect([png.width, png.height]).toEqual([3508, 4961]);
    const pixel = (x: number, y: number) =>
      Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    // Header band (0–54 mm): primary #004b87; the accent strip under it (54–56.5 mm): #f2a900.
    expect(pixel(3400, 60)).toEqual([0x00, 0x4b, 0x87]);
    expect(pixel(3400, Math.round((55.2 / 25.4) * 300))).toEqual([0xf2, 0xa9, 0x00]);
    // Below the footer line the page is white.
    expect(pixel(10, 4950)).toEqual([255, 255, 255]);
  });

  it('draws a poster full of hostile text (resvg parses strict XML)', () => {
    const hostile = '<script>alert("x")</script> & \'q\' ]]> שלום 😀 \u0000\u0007 \uD800';
    const svg = posterSvg(
      {
        ...denHelderPoster,
        title: hostile,
        kernvisie: hostile + 'x'.repeat(5000),
        ambitions: [hostile],
      },
      { layout: 'raster', format: 'A3' },
    );
    const png = PNG.sync.read(posterPng(svg, { dpi: 20 }));
    expect([png.width, png.height]).toEqual([234, 331]);
  });

  it('scales A0 to the same drawing', () => {
    const png = PNG.sync.read(
      posterPng(posterSvg(denHelderPoster, { layout: 'raster', format: 'A0' }), { dpi: 20 }),
    );
    expect([png.width, png.height]).toEqual([662, 936]);
  });
});

describe('poster PDF', () => {
  it.each([
    ['A3', '841.89 x 1190.55'],
    ['A0', '2383.94 x 3370.39'],
  ] as const)(
    '%s has the exact page size, embedded Open Sans and extractable text',
    async (format, size) => {
      const svg = posterSvg(denHelderPoster, { layout: 'kolommen', format });
      const file = join(dir, `poster-${format}.pdf`);
      writeFileSync(file, await posterPdf(svg, format, denHelderPoster.title));
      const info = run('pdfinfo', file);
      expect(info).toMatch(new RegExp(`Page size:\\s+${size.replace(/\./g, '\\.')} pts`));
      expect(info).toMatch(/Pages:\s+1/);
      const fonts = run('pdffonts', file)
        .split('\n')
        .slice(2)
        .filter((l) => l.trim() !== '');
      expect(fonts.length).toBeGreaterThanOrEqual(2);
      for (const line of fonts) {
        expect(line).toMatch(/OpenSans/);
        expect(line).toMatch(/TrueType\s+\S+\s+yes/); // emb = yes
      }
      expect(fonts.some((l) => /OpenSans-Bold/.test(l))).toBe(true);
      const text = run('pdftotext', '-layout', file, '-').replace(/\s+/g, ' ');
      expect(text).toContain('Den Helder gebruikt data om inwoners');
      expect(text).toContain('Datagedreven werken: onze visie 2027–2030');
      expect(text).toContain('RANDVOORWAARDEN');
      expect(text).toContain('Veiligheid & privacy');
    },
  );

  it('draws an SVG logo as an image (svg-to-pdfkit cannot draw SVG inside SVG)', async () => {
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#c8102e"/><image href="/etc/passwd" width="10" height="10"/></svg>';
    const input = {
      ...denHelderPoster,
      houseStyle: {
        ...denHelderPoster.houseStyle,
        logo: { mimeType: 'image/svg+xml', dataBase64: Buffer.from(logo).toString('base64') },
      },
    };
    const file = join(dir, 'poster-logo.pdf');
    writeFileSync(
      file,
      await posterPdf(posterSvg(input, { layout: 'kolommen', format: 'A3' }), 'A3'),
    );
    const images = run('pdfimages', '-list', file)
      .split('\n')
      .slice(2)
      .filter((l) => /^\s*\d+\s+\d+\s+image\s/.test(l));
    // One image (besides its transparency mask): the logo, drawn by resvg 1200 pixels across.
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/\simage\s+1200\s+400\s/);
  });
});
