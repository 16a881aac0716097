import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from './run-cli.js';

// `koers export --type nulmeting-report|nulmeting-scores [--assessment ID]`: the report of the
// newest measurement by default, of the one named with --assessment, and a clear failure for a
// measurement the file does not have.

afterAll(removeScratch);

let demoPath = '';
let assessments: { id: string; name: string; date: string }[] = [];
beforeAll(async () => {
  const made = await cli(['demo', scratch()]);
  expect(made.code).toBe(0);
  demoPath = made.stdout[0]!;
  const json = await cli(['export-json', demoPath]);
  const doc = JSON.parse(json.stdout.join('\n')) as {
    nulmeting: { assessments: { id: string; name: string; date: string }[] };
  };
  assessments = [...doc.nulmeting.assessments].sort((a, b) => a.date.localeCompare(b.date));
});

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

describe('koers export of the nulmeting', () => {
  it('makes the report of the newest measurement, or of the one given with --assessment', async () => {
    expect(assessments.length).toBeGreaterThanOrEqual(2);
    const [oldest, newest] = [assessments[0]!, assessments[assessments.length - 1]!];
    const dir = scratch();
    const made = await cli(['export', demoPath, '--type', 'nulmeting-report', '--out', dir]);
    expect(made.stderr).toEqual([]);
    expect(made.code).toBe(0);
    expect(await documentText(made.stdout[0]!)).toContain(`${newest.name}, `);
    const chosen = await cli([
      'export',
      demoPath,
      '--type',
      'nulmeting-report',
      '--assessment',
      oldest.id,
      '--out',
      dir,
    ]);
    expect(chosen.code).toBe(0);
    const text = await documentText(chosen.stdout[0]!);
    expect(text).toContain(`${oldest.name}, `);
    expect(text).not.toContain('Ontwikkeling sinds');
  });

  it('says which document failed for a measurement the file does not have', async () => {
    const dir = scratch();
    const run = await cli([
      'export',
      demoPath,
      '--type',
      'nulmeting-scores',
      '--assessment',
      '00000000-0000-4000-8000-00000000dead',
      '--out',
      dir,
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.join('\n')).toContain('nulmeting-scores');
    expect(run.stderr.join('\n')).toContain('Dit onderdeel bestaat niet');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
