import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from '../cli/run-cli.js';
import { startTempCore } from '../helpers/temp-core.js';
import { DOMAIN_AREAS } from '../../src/main/domains/index.js';
import { parseInterchange } from '../../src/main/interchange/parse-interchange.js';
import type { InterchangeDocument } from '../../src/main/interchange/interchange-schema.js';
import { loadMethod } from '../../src/main/method/load-method.js';

interface DocumentTextRecord {
  documentId: string;
  textStatus: string;
  pages: { page: number; text: string }[];
}

afterAll(removeScratch);

/** Today's method with every area's part, as the core loads it: what the import checks against. */
const method = loadMethod(
  'resources/method',
  DOMAIN_AREAS.flatMap((a) => ('method' in a ? (a.method ?? []) : [])),
);

const EPOCH: Record<string, string> = { SOURCE_DATE_EPOCH: '1767225600' }; // 2026-01-01T00:00:00Z

let demoPath = '';
beforeAll(async () => {
  const made = await cli(['demo', scratch()]);
  expect(made.code).toBe(0);
  demoPath = made.stdout[0]!;
});

async function exportJson(
  file: string,
  out: string,
  extra: string[] = [],
  env = EPOCH,
): Promise<string> {
  const run = await cli(['export-json', file, '--out', out, ...extra], env);
  expect(run.stderr).toEqual([]);
  expect(run.code).toBe(0);
  expect(run.stdout).toEqual([out]);
  return fs.readFileSync(out, 'utf8');
}

async function importJson(json: string, target: string): Promise<string> {
  const run = await cli(['import-json', json, target]);
  expect(run.stderr).toEqual([]);
  expect(run.code).toBe(0);
  return run.stdout[0]!;
}

describe.each([
  { label: 'without attachments', flags: [] as string[] },
  { label: 'with attachments', flags: ['--with-attachments'] },
])('export-json → import-json → export-json ($label)', ({ flags }) => {
  let dir = '';
  let first = '';
  let second = '';
  let imported = '';

  beforeAll(async () => {
    dir = scratch();
    first = await exportJson(demoPath, path.join(dir, 'first.json'), flags);
    imported = await importJson(path.join(dir, 'first.json'), path.join(dir, 'Kopie'));
    second = await exportJson(imported, path.join(dir, 'second.json'), flags);
  });

  it('gives byte-identical JSON', () => {
    expect(imported).toBe(path.join(dir, 'Kopie.koers'));
    expect(second.length).toBeGreaterThan(10_000);
    expect(second === first).toBe(true);
  });

  it('writes a complete, deterministic document of the demo', () => {
    const doc: InterchangeDocument = parseInterchange(first, method);
    expect(doc.exportedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(doc.engagement.clientName).toBe('Gemeente Dijkhaven');
    expect(doc.stakeholders.length).toBeGreaterThan(20);
    expect(doc.documents.length).toBeGreaterThan(0);
    expect(doc.interviews.length).toBeGreaterThanOrEqual(8);
    expect(doc.findings.length).toBeGreaterThan(60);
    expect(doc.checklist.some((c) => c.done)).toBe(true);
    expect(doc.method.interviewGuide.content).toMatchObject({ questions: expect.any(Array) });
    // Creation order, ties broken by id.
    const order = doc.findings.map((f) => `${f.createdAt} ${f.id}`);
    expect([...order].sort()).toEqual(order);
    expect(first.split('\n')[1]).toBe('  "format": "koers-engagement",');
    expect(first.endsWith('}\n')).toBe(true);
    if (flags.length > 0) {
      for (const d of doc.documents) {
        const bytes = Buffer.from(d.content!.base64, 'base64');
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(d.sha256);
      }
    } else {
      expect(doc.documents.every((d) => d.content === null)).toBe(true);
    }
  });

  it('makes a file that koers verify passes and in which search, ids and pseudonyms work', async () => {
    const verify = await cli(['verify', imported]);
    expect(verify.code).toBe(0);
    expect(verify.stdout[0]).toMatch(/^OK {2}.*Kopie\.koers \(schema v\d+, \d+ betrokkenen\)$/);

    const doc = parseInterchange(first, method);
    const t = await startTempCore();
    try {
      const opened = await t.core.openPath(imported);
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      const engagementId = opened.value.engagementId;
      expect(engagementId).toBe(doc.engagement.id);

      // The FTS index was filled by the triggers while importing.
      const finding = doc.findings[0]!;
      const word = finding.statement.split(/\s+/).find((w) => /^[A-Za-zÀ-ÿ]{6,}$/.test(w))!;
      const hits = await t.must('search:query', { engagementId, query: word });
      expect(JSON.stringify(hits)).toContain(finding.id);

      const interview = await t.must('interview:get', { engagementId, id: doc.interviews[0]!.id });
      expect(interview.questions.map((q) => q.id)).toEqual(
        doc.interviews[0]!.questions.map((q) => q.id),
      );
      expect(interview.createdAt).toBe(doc.interviews[0]!.createdAt);

      // The counter continues past the highest pseudonym; none is handed out twice.
      const highest = Math.max(...doc.stakeholders.map((s) => Number(s.pseudonym.slice(1))));
      const added = await t.must('stakeholder:create', {
        engagementId,
        fields: { name: 'Nieuwe Betrokkene', group: 'extern' },
      });
      expect(Number(added.pseudonym.slice(1))).toBe(
        Math.max(highest + 1, doc.engagement.nextPseudonym),
      );

      // The demo's PDFs were read when the demo was made (in the worker thread of the built
      // core); their pages came along and are searchable with their page in the copy.
      const texts = (doc as unknown as { documentText: DocumentTextRecord[] }).documentText;
      const read = texts.find((d) => d.textStatus === 'extracted' && d.pages.length > 0)!;
      expect(read).toBeDefined();
      const page = read.pages[read.pages.length - 1]!;
      const pageWord = page.text.split(/\s+/).find((w) => /^[A-Za-zÀ-ÿ]{7,}$/.test(w))!;
      const pageHits = await t.must('search:query', { engagementId, query: pageWord, limit: 200 });
      expect(pageHits.some((h) => h.kind === 'document' && h.id === read.documentId)).toBe(true);
      expect(pageHits.find((h) => h.id === read.documentId)?.page).toBeGreaterThanOrEqual(1);

      if (flags.length > 0) {
        const d = doc.documents[0]!;
        const chunks: Buffer[] = [];
        const sink = new Writable({
          write(chunk: Buffer, _enc, done) {
            chunks.push(chunk);
            done();
          },
        });
        const written = await t.core.writeDocument(engagementId, d.id, sink);
        expect(written.ok).toBe(true);
        expect(Buffer.concat(chunks).equals(Buffer.from(d.content!.base64, 'base64'))).toBe(true);
      }
    } finally {
      await t.dispose();
    }
  });
});

/** Python's jsonschema, where installed: a validator that shares no code with zod. */
function pythonJsonSchema(): boolean {
  const probe = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' });
  if (probe.status === 0) return true;
  console.log('python3 with jsonschema not found: the independent schema check is skipped.');
  return false;
}

describe('the published JSON Schema', () => {
  it.runIf(pythonJsonSchema())(
    'accepts the demo export and points at a spoiled field (Python jsonschema)',
    async () => {
      const dir = scratch();
      const good = path.join(dir, 'good.json');
      await exportJson(demoPath, good, ['--with-attachments']);
      const spoiled = JSON.parse(fs.readFileSync(good, 'utf8')) as {
        findings: { importance: unknown }[];
      };
      spoiled.findings[3]!.importance = 'hoog';
      const bad = path.join(dir, 'bad.json');
      fs.writeFileSync(bad, JSON.stringify(spoiled));
      const script = [
        'import json, sys, jsonschema',
        'schema = json.load(open(sys.argv[1]))',
        'v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)',
        'for f in sys.argv[2:]:',
        '    errors = sorted(v.iter_errors(json.load(open(f))), key=lambda e: list(map(str, e.path)))',
        '    print(f, len(errors), "/".join(map(str, errors[0].path)) if errors else "")',
      ].join('\n');
      const run = spawnSync(
        'python3',
        ['-c', script, path.resolve('resources/schema/engagement.schema.json'), good, bad],
        {
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual([
        `${good} 0 `,
        `${bad} 1 findings/3/importance`,
      ]);
    },
  );
});

describe('export-json output', () => {
  it('prints the same JSON on standard output as it writes with --out', async () => {
    const dir = scratch();
    const written = await exportJson(demoPath, path.join(dir, 'out.json'));
    const printed = await cli(['export-json', demoPath], EPOCH);
    expect(printed.code).toBe(0);
    expect(`${printed.stdout.join('\n')}\n`).toBe(written);
  });

  it('stamps exportedAt with the current time without SOURCE_DATE_EPOCH, and nothing else changes', async () => {
    const dir = scratch();
    const fixed = await exportJson(demoPath, path.join(dir, 'fixed.json'));
    const before = Date.now();
    const now = await exportJson(demoPath, path.join(dir, 'now.json'), [], {});
    const stamp = parseInterchange(now, method).exportedAt;
    expect(Date.parse(stamp)).toBeGreaterThanOrEqual(before - 1000);
    expect(now.replace(stamp, '2026-01-01T00:00:00.000Z')).toBe(fixed);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a number of seconds (exit 2)', async () => {
    const run = await cli(['export-json', demoPath], { SOURCE_DATE_EPOCH: 'gisteren' });
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toContain('SOURCE_DATE_EPOCH');
  });

  it('reports a missing file with the app’s message (exit 1)', async () => {
    const run = await cli(['export-json', path.join(scratch(), 'weg.koers')]);
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('weg.koers');
    expect(run.stdout).toEqual([]);
  });
});
