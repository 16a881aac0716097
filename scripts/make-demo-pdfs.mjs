#!/usr/bin/env node
// Makes the demo engagement's source documents (resources/demo/*.pdf) from the text in
// src/main/demo/demo-documents.ts, with pdf-lib (a devDependency: the app only reads the files).
// Run `npm run demo:pdfs` after changing that text; a test (src/dev/demo-pdf-files.test.ts)
// fails while the committed files and the text disagree. The PDFs are deterministic, so an
// unchanged text gives unchanged files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
// The TypeScript sources, compiled by `npm run build:node` (the npm script runs it first).
const { demoDocuments } = await import(new URL('out/main/demo/demo-documents.js', root).href);
const { makeDemoPdf } = await import(new URL('out/dev/demo-pdf.js', root).href);

const dir = fileURLToPath(new URL('resources/demo', root));
mkdirSync(dir, { recursive: true });
const names = new Set(demoDocuments.map((doc) => doc.fileName));
for (const name of readdirSync(dir)) {
  if (name.endsWith('.pdf') && !names.has(name)) {
    rmSync(join(dir, name));
    console.log(`verwijderd: ${name}`);
  }
}
for (const doc of demoDocuments) {
  const bytes = await makeDemoPdf(doc.fields.title, doc.pages);
  writeFileSync(join(dir, doc.fileName), bytes);
  console.log(`${doc.fileName}: ${bytes.length} bytes`);
}
