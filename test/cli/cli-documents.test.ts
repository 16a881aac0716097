import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from './run-cli.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/shared/domain/search.js';

// Bulk import and search from the command line, with a real PDF made here: its second page holds
// a phrase that search must find, with the page.

afterAll(removeScratch);

async function pdfWith(pages: string[][]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  }
  return Buffer.from(await doc.save());
}

async function engagementIn(dir: string): Promise<string> {
  const run = await cli(['new', path.join(dir, 'traject'), '--client', 'X', '--title', 'Y']);
  expect(run.code).toBe(0);
  return run.stdout[0]!;
}

describe('koers add-documents and koers search', () => {
  it('adds the supported files of a folder, skips the rest, and finds text with its page', async () => {
    const dir = scratch();
    const file = await engagementIn(dir);
    const docs = path.join(dir, 'stukken');
    fs.mkdirSync(docs);
    fs.writeFileSync(
      path.join(docs, 'Coalitieakkoord 2022.pdf'),
      await pdfWith([
        ['Coalitieakkoord 2022-2026', 'Samen bouwen aan Dijkhaven'],
        ['Hoofdstuk 2', 'Wij investeren in een digitale balie voor inwoners'],
      ]),
    );
    fs.writeFileSync(path.join(docs, 'notities.txt'), 'Gesprek met de griffie over open data.\n');
    fs.writeFileSync(path.join(docs, 'begroting.xlsx'), 'geen echt rekenblad');
    fs.mkdirSync(path.join(docs, 'submap'));
    fs.writeFileSync(path.join(docs, 'submap', 'diep.txt'), 'niet meegenomen');

    const added = await cli(['add-documents', file, docs]);
    expect(added.code).toBe(0);
    expect(added.stdout).toEqual([
      "toegevoegd  Coalitieakkoord 2022: tekst gelezen (2 pagina's)",
      'toegevoegd  notities: tekst gelezen (1 pagina)',
      '2 documenten toegevoegd.',
      '1 bestand overgeslagen.',
    ]);
    expect(added.stderr).toEqual([
      `overgeslagen ${path.join(docs, 'begroting.xlsx')}: geen ondersteund bestand (.pdf, .docx, .txt, .md).`,
    ]);

    const found = await cli(['search', file, 'digitale balie']);
    expect(found.code).toBe(0);
    expect(found.stdout).toEqual([
      '[document] Coalitieakkoord 2022, pagina 2: Hoofdstuk 2 Wij investeren in een *digitale* *balie* voor inwoners',
      '1 resultaat.',
    ]);
    const json = await cli(['search', file, 'digitale balie', '--json']);
    expect(json.code).toBe(0);
    const hits = JSON.parse(json.stdout.join('\n')) as {
      kind: string;
      title: string;
      page?: number;
      snippet: string;
    }[];
    const hit = hits.find((h) => h.kind === 'document' && h.title === 'Coalitieakkoord 2022');
    expect(hit?.page).toBe(2);
    expect(hit?.snippet).toContain('*');
    expect(hit?.snippet).not.toContain(HIGHLIGHT_START);
    expect(hit?.snippet).not.toContain(HIGHLIGHT_END);

    const none = await cli(['search', file, 'onvindbaarwoord', '--lang', 'en']);
    expect(none.code).toBe(0);
    expect(none.stdout).toEqual(['0 hits.']);
  });

  it('says which file could not be added and exits 1; a single added document in the singular', async () => {
    const dir = scratch();
    const file = await engagementIn(dir);
    const text = path.join(dir, 'visie.md');
    fs.writeFileSync(text, '# Visie\n\nDienstverlening op maat.\n');
    const run = await cli(['add-documents', file, text, path.join(dir, 'bestaat-niet.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([
      'toegevoegd  visie: tekst gelezen (1 pagina)',
      '1 document toegevoegd.',
      '1 bestand niet toegevoegd.',
    ]);
    expect(run.stderr).toEqual([
      `FOUT ${path.join(dir, 'bestaat-niet.pdf')}: bestaat niet of kan niet worden gelezen.`,
    ]);
    const en = await cli(['add-documents', file, text, '--lang', 'en']);
    expect(en.stdout).toEqual(['added  visie: text read (1 page)', '1 document added.']);
  });

  it('is in the help, in Dutch and in English', async () => {
    const nl = (await cli(['help'])).stdout.join('\n');
    expect(nl).toContain('koers add-documents BESTAND PAD ...');
    expect(nl).toContain('koers search BESTAND ZOEKTERM [--json]');
    const en = (await cli(['help', '--lang', 'en'])).stdout.join('\n');
    expect(en).toContain('koers add-documents FILE PATH ...');
    expect(en).toContain('koers search FILE QUERY [--json]');
    expect((await cli(['help', 'add-documents'])).stdout[0]).toContain('niet die in submappen');
    expect((await cli(['search', '--help', '--lang', 'en'])).stdout[0]).toContain(
      'Usage: koers search FILE QUERY',
    );
    const usage = await cli(['search', 'x.koers']);
    expect(usage.code).toBe(2);
    expect(usage.stderr[0]).toBe('Geef een zoekterm.');
  });
});
