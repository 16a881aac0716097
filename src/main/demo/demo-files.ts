import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveResourceDir } from '../base/resource-dir.js';
import { demoDocuments } from './demo-documents.js';

// The demo's source documents are PDFs made once, at development time, from the text in
// demo-documents.ts (`npm run demo:pdfs`, scripts/make-demo-pdfs.mjs) and shipped in
// resources/demo, so the app does not carry a PDF library only to make five small files.

/** resources/demo: under `process.resourcesPath/demo` when packaged, else at the package root. */
export function resolveDemoDir(startDir: string = dirname(fileURLToPath(import.meta.url))): string {
  const dir = resolveResourceDir('demo', demoDocuments[0]!.fileName, startDir);
  if (dir === null)
    throw new Error(`De demobestanden (resources/demo) zijn niet gevonden vanaf ${startDir}.`);
  return dir;
}
