import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEngagement } from '../../src/main/demo/demo-content.js';
import { svgToPng, withoutExternalReferences } from '../../src/main/export/word/svg-png.js';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { exportThroughCore } from './export-run.js';
import { countColour, countOpaque, decodePng, type DecodedPng } from './png-read.js';

// The demo's logo is an SVG. Word versions without SVG support show the picture's PNG fallback:
// that PNG must be the logo itself (the shield with its waves and sun), not an empty badge.

const PRIMARY = demoEngagement.houseStyle.primaryColor;
const SECONDARY = demoEngagement.houseStyle.secondaryColor;

let t: TempCore;
beforeAll(async () => {
  t = await startTempCore();
}, 60_000);
afterAll(async () => {
  await t?.dispose();
});

function pixel(png: DecodedPng, x: number, y: number): number[] {
  const o = (Math.round(y) * png.width + Math.round(x)) * 4;
  return Array.from(png.rgba.subarray(o, o + 4));
}

const rgb = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16));

describe('the SVG logo in Word', () => {
  it('carries the drawn logo as its PNG fallback, at the logo’s aspect', async () => {
    const { engagementId } = await t.must('demo:create', {});
    const { bytes } = await exportThroughCore(t, engagementId, 'findings-report');
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media.some((n) => n.endsWith('.svg'))).toBe(true);
    const pngs = media.filter((n) => n.endsWith('.png'));
    expect(pngs).toHaveLength(1);
    const png = decodePng(await zip.file(pngs[0]!)!.async('uint8array'));

    // 120 × 140 in the SVG's viewBox, drawn 480 pixels high.
    expect(png.height).toBe(480);
    expect(png.width).toBe(411);
    const area = png.width * png.height;
    // Not blank: most of it is the shield; the rest (outside its curved base) is transparent.
    expect(countOpaque(png) / area).toBeGreaterThan(0.6);
    expect(countOpaque(png) / area).toBeLessThan(0.95);
    expect(countColour(png, PRIMARY) / area).toBeGreaterThan(0.3);
    expect(countColour(png, SECONDARY) / area).toBeGreaterThan(0.05);
    // The white wave: a badge in the house colours has no white at all.
    expect(countColour(png, '#ffffff') / area).toBeGreaterThan(0.01);
    // Where the SVG has them: the sun (60, 32) in gold, the shield's point below the middle of
    // its base (60, 134) drawn, its bottom corners (8, 135) empty.
    const scale = png.width / 120;
    const sun = pixel(png, 60 * scale, 32 * scale);
    rgb(SECONDARY).forEach((c, i) => expect(Math.abs(sun[i]! - c)).toBeLessThan(24));
    expect(pixel(png, 60 * scale, 130 * scale)[3]).toBe(255);
    expect(pixel(png, 4 * scale, 135 * scale)[3]).toBe(0);
  }, 60_000);

  it('never reads a file an SVG points to', () => {
    const dir = tempDir('koers-svg-');
    // A red square on disk, which a hostile logo tries to pull into the document.
    const red = svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#ff0000"/></svg>',
      8,
    );
    expect(red).not.toBeNull();
    const file = path.join(dir, 'secret.png');
    fs.writeFileSync(file, red!);
    const hostile = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><image href="${file}" width="8" height="8"/></svg>`,
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink" width="8" height="8"><image x:href='${file}' width="8" height="8"/></svg>`,
      `<!DOCTYPE svg [<!ENTITY p "${file}">]><svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><image href="&p;" width="8" height="8"/></svg>`,
    ];
    for (const svg of hostile) {
      const png = svgToPng(svg, 8);
      // Drawn without the image, or not drawn at all (then the badge stands in): never red.
      if (png) expect(countColour(decodePng(png), '#ff0000'), svg).toBe(0);
    }
    // What stays: embedded images and references inside the SVG.
    const kept = `<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"/><image href="data:image/png;base64,AAAA"/></svg>`;
    expect(withoutExternalReferences(kept)).toBe(kept);
    // The same check the other way round: with the file embedded, it is drawn.
    const embedded = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><image href="data:image/png;base64,${red!.toString('base64')}" width="8" height="8"/></svg>`;
    expect(countColour(decodePng(svgToPng(embedded, 8)!), '#ff0000')).toBe(64);
  });
});
