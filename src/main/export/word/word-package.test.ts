import { strToU8, zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { replacePart } from './word-package.js';

// replacePart opens docx's package and writes it again with one part streamed in pieces. Read
// back with another zip library (JSZip, which checks every CRC), nothing but that part changes.

const docxLike = () =>
  zipSync({
    'word/document.xml': strToU8('<w:document>PLACEHOLDER</w:document>'),
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/media/logo.png': new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256)),
    'docProps/core.xml': strToU8('<cp:coreProperties>€ ë “quoted”</cp:coreProperties>'),
    'word/empty.xml': new Uint8Array(0),
  });

async function read(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files);
  const contents = await Promise.all(names.map((n) => zip.file(n)!.async('uint8array')));
  return { names, contents: new Map(names.map((n, i) => [n, contents[i]!])) };
}

describe('replacePart', () => {
  it('replaces one part with what arrives in pieces and keeps every other part as it was', async () => {
    const original = docxLike();
    const pieces = ['<w:document>', '', 'één', ' & '.repeat(50_000), '😀</w:document>'];
    let seen = '';
    const replaced = replacePart(original, 'word/document.xml', (text, deflater) => {
      seen = text;
      for (const piece of pieces) deflater.add(piece);
    });
    expect(seen).toBe('<w:document>PLACEHOLDER</w:document>');

    const before = await read(original);
    const after = await read(replaced);
    // [Content_Types].xml first, as Word writes it; the rest in docx's order.
    expect(after.names).toEqual([
      '[Content_Types].xml',
      'word/document.xml',
      'word/media/logo.png',
      'docProps/core.xml',
      'word/empty.xml',
    ]);
    expect(new TextDecoder().decode(after.contents.get('word/document.xml'))).toBe(pieces.join(''));
    for (const name of before.names.filter((n) => n !== 'word/document.xml'))
      expect(after.contents.get(name), name).toEqual(before.contents.get(name));
    // Deflated, not stored: the repeated text shrinks to a fraction.
    expect(replaced.length).toBeLessThan(20_000);
  });

  it('refuses a package without the part', () => {
    expect(() => replacePart(docxLike(), 'word/missing.xml', () => {})).toThrow(/no word\/missing/);
  });
});
