import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTypes } from '../../src/main/export/registry.js';
import { EXPORT_FILE_SLUGS } from '../../src/shared/domain/export-file-name.js';
import { cli, removeScratch, scratch } from './run-cli.js';

afterAll(removeScratch);

let demoPath = '';
let firstInterviewId = '';
let interviewCount = 0;
beforeAll(async () => {
  const made = await cli(['demo', scratch()]);
  expect(made.code).toBe(0);
  demoPath = made.stdout[0]!;
  const json = await cli(['export-json', demoPath]);
  const doc = JSON.parse(json.stdout.join('\n')) as { interviews: { id: string }[] };
  interviewCount = doc.interviews.length;
  firstInterviewId = doc.interviews[0]!.id;
});

/**
 * Opens the file as what it claims to be: the zip's main part of a Word or Excel file (what Word
 * or Excel would open first), else the poster's PDF, PNG or SVG by its first bytes.
 */
async function openExport(file: string): Promise<string> {
  const bytes = fs.readFileSync(file);
  if (file.endsWith('.pdf')) {
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    return bytes.toString('latin1');
  }
  if (file.endsWith('.png')) {
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    return '';
  }
  if (file.endsWith('.svg')) {
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg\b/);
    return svg;
  }
  const zip = await JSZip.loadAsync(bytes);
  expect(zip.file('[Content_Types].xml')).not.toBeNull();
  const main = file.endsWith('.docx') ? 'word/document.xml' : 'xl/workbook.xml';
  const xml = await zip.file(main)!.async('string');
  expect(xml.startsWith('<?xml')).toBe(true);
  return xml;
}

const REGISTERED = exportTypes();

describe('koers export', () => {
  it('has at least one registered document type to test', () => {
    expect(REGISTERED.length).toBeGreaterThan(0);
  });

  it.each(REGISTERED.map((t) => [t.type, t]))(
    'makes %s as a file that opens as what it is',
    async (_type, info) => {
      const out = scratch();
      const args = ['export', demoPath, '--type', info.type, '--format', info.format, '--out', out];
      if (info.needsInterview) args.push('--interview', firstInterviewId);
      const run = await cli(args);
      expect(run.stderr).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.stdout).toHaveLength(1);
      const file = run.stdout[0]!;
      expect(path.dirname(file)).toBe(out);
      expect(file.endsWith(`.${info.format}`)).toBe(true);
      // The one naming pattern: type, (the interview's pseudonym,) client, the day it was made.
      const subject = info.needsInterview ? '(r\\d+-)+' : '';
      expect(path.basename(file)).toMatch(
        new RegExp(
          `^${EXPORT_FILE_SLUGS.nl[info.type]}-${subject}gemeente-dijkhaven-\\d{4}-\\d{2}-\\d{2}\\.${info.format}$`,
        ),
      );
      expect(fs.readdirSync(out)).toEqual([path.basename(file)]);
      const xml = await openExport(file);
      // The engagement's language by default: Dutch words from the demo, pseudonyms not names.
      if (info.format === 'docx' || info.format === 'svg') expect(xml).toMatch(/Dijkhaven/);
    },
  );

  // Twice every type (about 30 files), each opened again: minutes on a busy machine.
  it(
    '--type all makes every registered type, one interview report per interview, without overwriting',
    { timeout: 240_000 },
    async () => {
      const out = scratch();
      const run = await cli(['export', demoPath, '--type', 'all', '--out', out, '--confidential']);
      expect(run.stderr).toEqual([]);
      expect(run.code).toBe(0);
      const expected = REGISTERED.reduce((n, t) => n + (t.needsInterview ? interviewCount : 1), 0);
      expect(run.stdout).toHaveLength(expected);
      expect(new Set(run.stdout).size).toBe(expected);
      // The stakeholder analysis and the extended register of the demo's stakeholder tools.
      const names = run.stdout.map((f) => path.basename(f));
      expect(names.filter((n) => n.startsWith('stakeholderanalyse-'))).toHaveLength(1);
      expect(names.filter((n) => n.startsWith('stakeholderoverzicht-'))).toHaveLength(1);
      for (const file of run.stdout) await openExport(file);

      // A second run keeps the first files and numbers the new ones.
      const again = await cli(['export', demoPath, '--type', 'all', '--out', out]);
      expect(again.code).toBe(0);
      expect(fs.readdirSync(out)).toHaveLength(expected * 2);
      expect(again.stdout.every((f) => / \(\d+\)\.(docx|xlsx|pdf|png|svg)$/.test(f))).toBe(true);
      expect(fs.readdirSync(out).some((n) => n.endsWith('.tmp'))).toBe(false);
    },
  );

  it('--format filters --type all', async () => {
    const xlsx = REGISTERED.filter((t) => t.format === 'xlsx');
    const out = scratch();
    const run = await cli(['export', demoPath, '--type', 'all', '--format', 'xlsx', '--out', out]);
    if (xlsx.length === 0) {
      expect(run.code).toBe(1);
      return;
    }
    expect(run.code).toBe(0);
    expect(run.stdout).toHaveLength(xlsx.length);
    expect(run.stdout.every((f) => f.endsWith('.xlsx'))).toBe(true);
  });

  it('refuses wrong use with the command help (exit 2)', async () => {
    const out = scratch();
    const cases: [string[], RegExp][] = [
      [['export', demoPath, '--out', out], /--type ontbreekt/],
      [['export', demoPath, '--type', 'findings-register'], /--out ontbreekt/],
      [
        ['export', demoPath, '--type', 'jaarplan', '--out', out],
        /Onbekende documentsoort "jaarplan"/,
      ],
      [
        ['export', demoPath, '--type', 'all', '--format', 'odt', '--out', out],
        /Onbekend formaat "odt"/,
      ],
      [
        ['export', demoPath, '--type', 'interview-report', '--out', out],
        /--interview ID of --all-interviews/,
      ],
      [['export', demoPath, '--type', 'findings-register', '--names', 'ja', '--out', out], /.+/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr[0]).toMatch(message);
      expect(run.stderr.join('\n')).toContain('Gebruik: koers export');
    }
    const mismatch = REGISTERED.find((t) => !t.needsInterview);
    if (mismatch) {
      const other = mismatch.format === 'docx' ? 'xlsx' : 'docx';
      const run = await cli([
        'export',
        demoPath,
        '--type',
        mismatch.type,
        '--format',
        other,
        '--out',
        out,
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr[0]).toBe(
        `${mismatch.type} wordt gemaakt als ${mismatch.format}; laat --format weg of kies ${mismatch.format}.`,
      );
    }
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('fails (exit 1) for a missing folder, a missing file or an unknown interview', async () => {
    const missingDir = await cli([
      'export',
      demoPath,
      '--type',
      'all',
      '--out',
      path.join(scratch(), 'nee'),
    ]);
    expect(missingDir.code).toBe(1);
    expect(missingDir.stderr[0]).toMatch(/bestaat niet/);

    const missingFile = await cli([
      'export',
      path.join(scratch(), 'weg.koers'),
      '--type',
      'all',
      '--out',
      scratch(),
    ]);
    expect(missingFile.code).toBe(1);
    expect(missingFile.stderr.join('\n')).toContain('weg.koers');

    if (REGISTERED.some((t) => t.type === 'interview-report')) {
      const out = scratch();
      const run = await cli([
        'export',
        demoPath,
        '--type',
        'interview-report',
        '--interview',
        '7f1e6b8c-1d5b-4d36-9a53-0c8d7d1e2f00',
        '--out',
        out,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr[0]).toMatch(/^FOUT interview-report /);
      expect(fs.readdirSync(out)).toEqual([]);
    }
  });

  it('is listed in koers help', async () => {
    const help = await cli(['help']);
    const text = help.stdout.join('\n');
    expect(text).toContain('koers export BESTAND --type SOORT|all --out MAP');
    expect(text).toContain('koers export-json BESTAND');
    expect(text).toContain('koers import-json JSON NIEUW.koers');
    const en = await cli(['help', 'export-json', '--lang', 'en']);
    expect(en.stdout.join('\n')).toMatch(/^Usage: koers export-json FILE/);
  });
});
