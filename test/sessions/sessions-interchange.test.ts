import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from '../cli/run-cli.js';
import { startTempCore } from '../helpers/temp-core.js';

// Sessions travel in the JSON interchange format (the "sessions" section), and a file written
// before sessions existed still imports.

afterAll(removeScratch);

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

interface SessionsSection {
  method: { content: { sessionTypes: unknown[] } } | null;
  sessions: {
    id: string;
    type: string;
    title: string;
    parts: {
      id: string;
      kind: string;
      inputs: { id: string; round: number; text: string }[];
      tallies: { round: number; eens: number; revealed: boolean }[];
    }[];
  }[];
  findingSources: { findingId: string; inputId: string }[];
}

type Doc = Record<string, unknown> & {
  formatVersion: number;
  findings: { id: string; source: { type: string } }[];
  sessions?: SessionsSection;
};

let dir = '';
let demoPath = '';
let first = '';
beforeAll(async () => {
  dir = scratch();
  const made = await cli(['demo', dir]);
  expect(made.code).toBe(0);
  demoPath = made.stdout[0]!;
  const out = path.join(dir, 'first.json');
  const run = await cli(['export-json', demoPath, '--out', out], EPOCH);
  expect(run.code).toBe(0);
  first = fs.readFileSync(out, 'utf8');
});

const fileRows = <T>(file: string, sql: string): T[] => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};

describe('sessions in the interchange format', () => {
  it('writes the demo’s raadssessie and world café with parts, inputs, tallies and finding links', () => {
    const doc = JSON.parse(first) as Doc;
    // Sessions came in format 2; later areas raise the version further.
    expect(doc.formatVersion).toBeGreaterThanOrEqual(2);
    const section = doc.sessions!;
    expect(section.method!.content.sessionTypes.length).toBe(6);
    expect(section.sessions.map((s) => s.type).sort()).toEqual(['raadssessie', 'world-cafe']);
    const cafe = section.sessions.find((s) => s.type === 'world-cafe')!;
    const tables = cafe.parts.filter((p) => p.kind === 'tafel');
    expect(tables).toHaveLength(3);
    for (const table of tables)
      expect(new Set(table.inputs.map((i) => i.round))).toEqual(new Set([1, 2]));
    const raad = section.sessions.find((s) => s.type === 'raadssessie')!;
    const statements = raad.parts.filter((p) => p.kind === 'stelling');
    expect(statements).toHaveLength(2);
    for (const st of statements) {
      expect(st.tallies.map((t) => t.round)).toEqual([1, 2]);
      expect(st.tallies.every((t) => t.revealed)).toBe(true);
    }
    expect(section.findingSources.length).toBe(3);
    // In the base format those findings are direct: an older Koers reads them as such.
    const linked = new Set(section.findingSources.map((l) => l.findingId));
    expect(doc.findings.filter((f) => linked.has(f.id)).map((f) => f.source.type)).toEqual([
      'direct',
      'direct',
      'direct',
    ]);
  });

  it('imports into the same sessions, and exports byte-identical JSON again', async () => {
    const json = path.join(dir, 'first.json');
    const imported = await cli(['import-json', json, path.join(dir, 'Kopie')]);
    expect(imported.stderr).toEqual([]);
    expect(imported.code).toBe(0);
    const copy = imported.stdout[0]!;
    const out = path.join(dir, 'second.json');
    const again = await cli(['export-json', copy, '--out', out], EPOCH);
    expect(again.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8') === first).toBe(true);

    expect(
      fileRows<{ n: number }>(
        copy,
        "SELECT count(*) AS n FROM finding WHERE source_type = 'session' AND session_input_id IS NOT NULL",
      )[0]!.n,
    ).toBe(3);
    expect(fileRows<{ n: number }>(copy, 'SELECT count(*) AS n FROM session')[0]!.n).toBe(2);

    const t = await startTempCore();
    try {
      const opened = await t.core.openPath(copy);
      if (!opened.ok) throw new Error(opened.error.message);
      const engagementId = opened.value.engagementId;
      const matrix = await t.must('finding:matrix', { engagementId });
      expect(matrix.groups).toContain('session');
      const hits = await t.must('search:query', { engagementId, query: 'normenkader' });
      expect(hits.some((h) => h.kind === 'session-input')).toBe(true);
      const sessions = await t.must('session:list', { engagementId });
      expect(sessions.map((s) => s.status).sort()).toEqual(['teruggekoppeld', 'verwerkt']);
    } finally {
      await t.dispose();
    }
  });

  it('imports an older file without sessions: no sessions, findings as they were', async () => {
    const doc = JSON.parse(first) as Doc;
    delete doc.sessions;
    doc.formatVersion = 1;
    const old = path.join(dir, 'old.json');
    fs.writeFileSync(old, JSON.stringify(doc, null, 2));
    const imported = await cli(['import-json', old, path.join(dir, 'Oud')]);
    expect(imported.stderr).toEqual([]);
    expect(imported.code).toBe(0);
    const file = imported.stdout[0]!;
    expect(fileRows<{ n: number }>(file, 'SELECT count(*) AS n FROM session')[0]!.n).toBe(0);
    expect(
      fileRows<{ n: number }>(
        file,
        "SELECT count(*) AS n FROM finding WHERE source_type = 'session'",
      )[0]!.n,
    ).toBe(0);
    expect(fileRows<{ n: number }>(file, 'SELECT count(*) AS n FROM finding')[0]!.n).toBe(
      doc.findings.length,
    );
    // The session method is copied in on first use.
    const t = await startTempCore();
    try {
      const opened = await t.core.openPath(file);
      if (!opened.ok) throw new Error(opened.error.message);
      const types = await t.must('session:types', { engagementId: opened.value.engagementId });
      expect(types).toHaveLength(6);
    } finally {
      await t.dispose();
    }
  });

  it('refuses a section whose finding link points at a finding that is not direct', async () => {
    const doc = JSON.parse(first) as Doc;
    const link = doc.sessions!.findingSources[0]!;
    const finding = doc.findings.find(
      (f) => f.id !== link.findingId && f.source.type !== 'direct',
    )!;
    link.findingId = finding.id;
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify(doc, null, 2));
    const imported = await cli(['import-json', bad, path.join(dir, 'Fout')]);
    expect(imported.code).not.toBe(0);
    expect(imported.stderr.join('\n')).toContain('sessions.findingSources[0].findingId');
    expect(fs.existsSync(path.join(dir, 'Fout.koers'))).toBe(false);
  });
});
