import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRun } from '../../src/main/export/run-builder.js';
import { buildFindingsReport } from '../../src/main/export/word/findings-report.docx.js';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { exportThroughCore, findingsSnapshot } from './export-run.js';

// A real consumer: LibreOffice opens each Word export of the demo and prints it to PDF; pdftotext
// must then find the headings. One soffice run converts all files (starting it is the slow part).

const available =
  spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
  spawnSync('pdftotext', ['-v']).status === 0;
if (!available && process.env.CI !== 'true')
  console.log(
    'LibreOffice or pdftotext not installed: the PDF check of the Word exports is skipped.',
  );

let t: TempCore;
let dir: string;

beforeAll(async () => {
  if (!available && process.env.CI !== 'true') return;
  t = await startTempCore();
  dir = tempDir('koers-lo-');
}, 60_000);
afterAll(async () => {
  await t?.dispose();
});

describe.skipIf(!available && process.env.CI !== 'true')('Word exports in LibreOffice', () => {
  it('converts every Word export of the demo to PDF with the expected headings', async () => {
    expect(available, 'LibreOffice and poppler-utils must be installed in CI').toBe(true);
    const { engagementId } = await t.must('demo:create', {});
    const interview = (await t.must('interview:list', { engagementId })).find(
      (i) => i.participants.length > 0,
    );
    if (!interview) throw new Error('no interview');
    const jobs = [
      {
        name: 'interview-nl',
        type: 'interview-report',
        language: 'nl',
        headings: ['Gespreksgegevens', 'Vragen en aantekeningen', 'Reactie en akkoord'],
      },
      {
        name: 'findings-nl',
        type: 'findings-report',
        language: 'nl',
        headings: ['Inleiding', 'Bevindingen per thema', 'Thema’s per groep'],
      },
      {
        name: 'documents-nl',
        type: 'document-analysis',
        language: 'nl',
        headings: ['Overzicht van documenten', 'Analyse per document'],
      },
      {
        name: 'findings-en',
        type: 'findings-report',
        language: 'en',
        headings: ['Introduction', 'Findings by theme', 'Themes by group'],
      },
      // The way a large report is written (findings as raw WordprocessingML, zipped by Koers),
      // next to the same snapshot written with docx objects.
      {
        name: 'findings-raw',
        type: 'findings-report',
        language: 'nl',
        headings: ['Inleiding', 'Bevindingen per thema', 'Thema’s per groep'],
        mode: 'raw',
      },
      {
        name: 'findings-objects',
        type: 'findings-report',
        language: 'nl',
        headings: ['Inleiding', 'Bevindingen per thema', 'Thema’s per groep'],
        mode: 'objects',
      },
    ] as const;
    const snapshot = await findingsSnapshot(t, engagementId);
    for (const job of jobs) {
      if ('mode' in job) {
        const run = makeRun(
          { type: job.type, snapshot, options: { useNames: false, confidential: false } },
          () => {},
          new AbortController().signal,
        );
        fs.writeFileSync(
          path.join(dir, `${job.name}.docx`),
          await buildFindingsReport(run, job.mode),
        );
        continue;
      }
      const { bytes } = await exportThroughCore(
        t,
        engagementId,
        job.type,
        { language: job.language },
        job.type === 'interview-report' ? interview.id : undefined,
      );
      fs.writeFileSync(path.join(dir, `${job.name}.docx`), bytes);
    }
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        path.join(dir, 'pdf'),
        ...jobs.map((j) => path.join(dir, `${j.name}.docx`)),
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    for (const job of jobs) {
      const pdf = path.join(dir, 'pdf', `${job.name}.pdf`);
      expect(fs.existsSync(pdf), job.name).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const heading of job.headings)
        expect(text, `${job.name}: ${heading}`).toContain(heading);
      expect(text).toContain('Gemeente Dijkhaven');
      expect(text).toMatch(job.language === 'nl' ? /Pagina 2 van \d+/ : /Page 2 of \d+/);
    }
    // The raw report reads as the one docx made.
    const textOf = (name: string) =>
      execFileSync('pdftotext', ['-layout', path.join(dir, 'pdf', `${name}.pdf`), '-'], {
        encoding: 'utf8',
      });
    expect(textOf('findings-raw')).toBe(textOf('findings-objects'));
  }, 240_000);
});
