import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from '../cli/run-cli.js';

// Files made to exhaust the importer: nesting, size, record counts, dates that do not exist and
// text that is not text. Each must end like any other bad file (exit 1 = INVALID_INPUT, one line
// on stderr naming the field and the problem, nothing created) and must end at all: before the
// fixes these ran out of memory, took minutes or ended in a stack trace. No timings here; the
// test timeout is the bound.

afterAll(removeScratch);

let base = '';
beforeAll(async () => {
  const dir = scratch();
  const made = await cli(['demo', dir]);
  const run = await cli(['export-json', made.stdout[0]!]);
  expect(run.code).toBe(0);
  base = `${run.stdout.join('\n')}\n`;
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function importText(text: string) {
  const dir = scratch('koers-hostile-');
  const json = path.join(dir, 'traject.json');
  fs.writeFileSync(json, text);
  const target = path.join(dir, 'Nieuw.koers');
  const run = await cli(['import-json', json, target, '--lang', 'nl']);
  return { run, target, left: fs.readdirSync(dir).filter((n) => n !== 'traject.json') };
}

async function expectRefused(text: string, fieldPath: string, reason: RegExp): Promise<string> {
  const { run, left } = await importText(text);
  expect(run.stderr).toHaveLength(1);
  expect(run.code).toBe(1);
  expect(run.stdout).toEqual([]);
  const line = run.stderr[0]!;
  expect(line.startsWith(`traject.json: ${fieldPath}`)).toBe(true);
  expect(line).toMatch(reason);
  expect(line).toContain('Er is geen trajectbestand gemaakt.');
  expect(line).not.toContain('\n');
  expect(left).toEqual([]);
  return line;
}

/** The export with one value replaced by raw JSON text (which JSON.stringify could not write). */
function withRaw(place: (doc: Json, marker: string) => void, raw: string): string {
  const doc = JSON.parse(base) as Json;
  const marker = `__MARKER_${randomUUID()}__`;
  place(doc, marker);
  const text = JSON.stringify(doc);
  expect(text).toContain(`"${marker}"`);
  return text.replace(`"${marker}"`, () => raw);
}

const spoil = (change: (doc: Json) => void): string => {
  const doc = JSON.parse(base) as Json;
  change(doc);
  return JSON.stringify(doc);
};

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const TOO_DEEP = /dieper genest dan 64 niveaus/;

describe('import-json bounds nesting, size and counts', () => {
  it('arrays nested 100,000 deep', async () => {
    const line = await expectRefused(nested(100_000), `${'[0]'.repeat(64)}: `, TOO_DEEP);
    expect(line.length).toBeLessThan(400);
  });

  it('463 KB of "[[[[" that never closes', async () => {
    await expectRefused('['.repeat(463 * 1024), '[0][0]', TOO_DEEP);
  });

  it('nesting 10,000 deep inside the method content', async () => {
    const text = withRaw((d, m) => (d['method'].steps.content[0].extra = m), nested(10_000));
    await expectRefused(text, 'method.steps.content[0].extra[0][0]', TOO_DEEP);
    const inObjects = withRaw(
      (d, m) => (d['method'].manifest.content.extra = m),
      `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    );
    await expectRefused(inObjects, 'method.manifest.content.extra.a.a', TOO_DEEP);
  });

  it('brackets inside strings do not count as nesting', async () => {
    const { run, left } = await importText(
      spoil((d) => (d['engagement'].description = `${'[{'.repeat(1000)}"\\`)),
    );
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(left).toEqual(['Nieuw.koers']);
  });

  it('140,000 stakeholders: imported, the pseudonym counter past the highest', async () => {
    const count = 140_000;
    const doc = JSON.parse(base) as Json;
    const at = '2026-01-15T09:30:00.000Z';
    // The demo's own stakeholders stay (interviews refer to them); the new ones come after.
    const first = (doc['stakeholders'] as Json[]).length + 1;
    for (let i = 0; i < count; i++) {
      (doc['stakeholders'] as Json[]).push({
        id: randomUUID(),
        name: `Persoon ${i}`,
        jobTitle: '',
        department: '',
        group: (doc['stakeholders'] as Json[])[0]!.group,
        pseudonym: `R${String(first + i + 1000).padStart(6, '0')}`,
        consent: (doc['stakeholders'] as Json[])[0]!.consent,
        consentNote: '',
        createdAt: at,
        updatedAt: at,
      });
    }
    const { run, target } = await importText(JSON.stringify(doc));
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const db = new Database(target, { readonly: true });
    try {
      const rows = db.prepare('SELECT count(*) AS n FROM stakeholder').get() as { n: number };
      expect(rows.n).toBe(first - 1 + count);
      const next = db.prepare("SELECT value FROM meta WHERE key = 'next_pseudonym'").get() as {
        value: string;
      };
      expect(Number(next.value)).toBe(first + count - 1 + 1000 + 1);
    } finally {
      db.close();
    }
  }, 120_000);
});

describe('import-json refuses dates that do not exist instead of shifting them', () => {
  it('30 February and 24:00 in an instant', async () => {
    await expectRefused(
      spoil((d) => (d['engagement'].createdAt = '2026-02-30T10:00:00.000Z')),
      'engagement.createdAt: ',
      /verwacht een tijdstip als/,
    );
    await expectRefused(
      spoil((d) => (d['engagement'].updatedAt = '2026-01-15T24:00:00.000Z')),
      'engagement.updatedAt: ',
      /verwacht een tijdstip als/,
    );
  });

  it('30 February and 24:00 in an interview time', async () => {
    await expectRefused(
      spoil((d) => (d['interviews'][0].scheduledAt = '2026-02-30T10:00')),
      'interviews[0].scheduledAt: ',
      /verwacht een bestaande datum en tijd als 2026-01-15T09:30/,
    );
    await expectRefused(
      spoil((d) => (d['interviews'][1].scheduledAt = '2026-01-15T24:00')),
      'interviews[1].scheduledAt: ',
      /verwacht een bestaande datum en tijd/,
    );
    await expectRefused(
      spoil((d) => (d['interviews'][1].scheduledAt = '2026-13-01T10:00')),
      'interviews[1].scheduledAt: ',
      /verwacht een bestaande datum en tijd/,
    );
  });

  it('a date that does not exist', async () => {
    await expectRefused(
      spoil((d) => (d['engagement'].startDate = '2026-02-29')),
      'engagement.startDate: ',
      /verwacht een datum als/,
    );
  });
});

describe('import-json refuses text that is not text', () => {
  it('a lone surrogate, escaped in the JSON, with its path', async () => {
    await expectRefused(
      withRaw((d, m) => (d['stakeholders'][0].name = m), '"Jan \\ud800 Jansen"'),
      'stakeholders[0].name: ',
      /ongeldig teken/,
    );
    await expectRefused(
      withRaw((d, m) => (d['method'].steps.content[0].title = m), '"\\udc00"'),
      'method.steps.content[0].title: ',
      /ongeldig teken/,
    );
    await expectRefused(
      withRaw((d, m) => (d['engagement'].title = m), '"\\ud800"'),
      'engagement.title: ',
      /ongeldig teken/,
    );
  });

  it('a well-formed pair (an emoji) is text', async () => {
    const { run } = await importText(
      withRaw((d, m) => (d['stakeholders'][0].name = m), '"Jan \\ud83d\\ude00 Jansen"'),
    );
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
  });
});
