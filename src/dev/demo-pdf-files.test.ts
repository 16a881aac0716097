import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDocuments } from '../main/demo/demo-documents.js';
import { resolveDemoDir } from '../main/demo/demo-files.js';
import { makeDemoPdf } from './demo-pdf.js';

// The app ships the demo's PDFs as files (resources/demo) instead of making them at run time.
// They must be exactly what the text in demo-documents.ts gives, or a passage could cite a page
// that says something else: after changing that text, run `npm run demo:pdfs`.

const dir = resolveDemoDir();

describe('resources/demo', () => {
  it('holds one PDF per demo document and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(demoDocuments.map((d) => d.fileName).sort());
  });

  it.each(demoDocuments.map((d) => [d.fileName, d] as const))(
    '%s is the PDF its text gives, byte for byte (else run npm run demo:pdfs)',
    async (fileName, doc) => {
      const made = Buffer.from(await makeDemoPdf(doc.fields.title, doc.pages));
      expect(readFileSync(join(dir, fileName)).equals(made)).toBe(true);
    },
  );
});
