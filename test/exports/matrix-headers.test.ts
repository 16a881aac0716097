import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/domain/finding.js';
import { MATRIX_COLUMNS } from '../../src/shared/domain/finding-matrix.js';
import { STAKEHOLDER_GROUPS } from '../../src/shared/domain/vocabulary.js';
import { makeRun } from '../../src/main/export/run-builder.js';
import { findingsReportBuilder } from '../../src/main/export/word/findings-report.docx.js';
import { wordTextsEn, wordTextsNl } from '../../src/main/export/word/word-texts.js';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { findingsSnapshot } from './export-run.js';

// The matrix of the findings report has a column per group, set vertically. Neither Word nor
// LibreOffice grows a row for vertical text: a header row too low broke "Beleidsmedewerkers" into
// "Beleidsmede" and "werkers". With a finding in every column (the longest names there are), in
// both languages, LibreOffice prints the report and every word of every header comes out whole.

const available =
  spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
  spawnSync('pdftotext', ['-v']).status === 0 &&
  spawnSync('pdftoppm', ['-v']).status === 0;

let t: TempCore;
let dir: string;

beforeAll(async () => {
  if (!available && process.env.CI !== 'true') return;
  t = await startTempCore();
  dir = tempDir('koers-matrix-');
}, 60_000);
afterAll(async () => {
  await t?.dispose();
});

/** The demo's findings plus one finding for every matrix column: all groups, all sources. */
function everyColumn(findings: Finding[]): Finding[] {
  const base = findings.find((f) => f.themeIds.length > 0);
  if (!base) throw new Error('no coded finding in the demo');
  const extra = MATRIX_COLUMNS.map((column, i): Finding => {
    const isGroup = (STAKEHOLDER_GROUPS as readonly string[]).includes(column);
    return {
      ...base,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      group: isGroup ? (column as Finding['group']) : null,
      source: {
        ...base.source,
        type: isGroup ? 'direct' : (column as Finding['source']['type']),
        pseudonyms: [],
      },
    };
  });
  return [...findings, ...extra];
}

describe.skipIf(!available && process.env.CI !== 'true')('matrix headers in LibreOffice', () => {
  it('prints every word of every column header whole, in Dutch and in English', async () => {
    expect(available, 'LibreOffice and poppler-utils must be installed in CI').toBe(true);
    const { engagementId } = await t.must('demo:create', {});
    const demo = await findingsSnapshot(t, engagementId);
    const snapshot = { ...demo, findings: everyColumn(demo.findings) };
    const languages = { nl: wordTextsNl, en: wordTextsEn } as const;
    for (const language of ['nl', 'en'] as const) {
      const run = makeRun(
        {
          type: 'findings-report',
          snapshot,
          options: { useNames: false, confidential: false, language },
        },
        () => {},
        new AbortController().signal,
      );
      fs.writeFileSync(
        path.join(dir, `matrix-${language}.docx`),
        await findingsReportBuilder.build(run),
      );
    }
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, 'matrix-nl.docx'),
        path.join(dir, 'matrix-en.docx'),
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    for (const language of ['nl', 'en'] as const) {
      const texts = languages[language];
      const pdf = path.join(dir, `matrix-${language}.pdf`);
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split(
        '\f',
      );
      // The matrix page: the last one with its heading (the first is the table of contents).
      const index = pages.findLastIndex((p) => p.includes(texts.findings.matrix));
      const page = pages[index] ?? '';
      // The header row that fits the words does not push the caption off the landscape page.
      expect(page).toContain(language === 'nl' ? 'Tabel 2.' : 'Table 2.');
      const words = new Set(page.split(/\s+/));
      const headers = MATRIX_COLUMNS.map((c) => texts.columns[c]);
      expect(headers.some((h) => h.length >= 18)).toBe(true);
      for (const header of headers)
        for (const word of header.split(/\s+/))
          expect(words.has(word), `${language}: "${word}" of "${header}"`).toBe(true);
      // The theme column got the room the count columns do not need: no theme name wraps.
      for (const theme of snapshot.themes) expect(page).toContain(theme.name);
      // Kept as a picture to look at: the test's folder is in the temp directory.
      const n = String(index + 1);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        n,
        '-l',
        n,
        pdf,
        path.join(dir, language),
      ]);
    }
  }, 240_000);
});
