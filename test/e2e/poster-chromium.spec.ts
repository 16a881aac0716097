// The poster drawn by resvg (PNG export) and by Chromium (how the app previews an SVG) must
// look the same: same font, same line breaks, same colours. Antialiasing differs a little, so
// the test allows a small share of differing pixels.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { posterFontFiles } from '../../src/main/export/poster/poster-fonts.js';
import { posterPng } from '../../src/main/export/poster/poster-png.js';
import { posterSvg } from '../../src/shared/poster/poster-svg.js';
import { denHelderPoster } from '../poster/poster-fixtures.js';
import { CHROMIUM_PATH, SKIP_NOTICE, browserAvailable } from './harness.js';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function pageHtml(svg: string, width: number, height: number): string {
  const fonts = posterFontFiles();
  const face = (file: string, weight: number) =>
    `@font-face { font-family: 'Open Sans'; font-weight: ${weight}; src: url(data:font/ttf;base64,${readFileSync(file).toString('base64')}) format('truetype'); }`;
  const sized = svg.replace(
    /width="[\d.]+mm" height="[\d.]+mm"/,
    `width="${width}" height="${height}"`,
  );
  return `<!doctype html><html><head><style>${face(fonts.regular, 400)} ${face(fonts.bold, 700)} html, body { margin: 0; padding: 0; background: #fff; } svg { display: block; }</style></head><body>${sized}</body></html>`;
}

if (!browserAvailable()) console.warn(SKIP_NOTICE);

describe.skipIf(!browserAvailable())('poster in Chromium', () => {
  it.each(['kolommen', 'kern'] as const)('%s looks the same as resvg draws it', async (layout) => {
    const svg = posterSvg(denHelderPoster, { layout, format: 'A3' });
    const expected = PNG.sync.read(posterPng(svg, { dpi: 96 }));
    const { width, height } = expected;
    expect([width, height]).toEqual([1123, 1588]);

    const root = mkdtempSync(path.join(os.tmpdir(), 'koers-poster-chromium-'));
    const context = await chromium.launchPersistentContext(path.join(root, 'profile'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width, height },
      args: ARGS,
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(root, 'xdg'),
        XDG_CACHE_HOME: path.join(root, 'xdg', 'cache'),
      },
    });
    try {
      // Nothing may come from the network: the page is self-contained.
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent(pageHtml(svg, width, height));
      await page.evaluate(async () => {
        await document.fonts.load('bold 16px "Open Sans"');
        await document.fonts.load('16px "Open Sans"');
        await document.fonts.ready;
      });
      const shot = PNG.sync.read(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
      expect([shot.width, shot.height]).toEqual([width, height]);
      const differing = pixelmatch(expected.data, shot.data, null, width, height, {
        threshold: 0.2,
      });
      const share = differing / (width * height);
      expect(share, `${differing} of ${width * height} pixels differ`).toBeLessThan(0.02);
    } finally {
      await context.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
