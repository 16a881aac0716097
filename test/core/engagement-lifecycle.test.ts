import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { KOERS_APPLICATION_ID } from '../../src/main/store/file-format.js';
import { SCHEMA_VERSION } from '../../src/main/domains/schema.js';

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

describe('engagement file lifecycle', () => {
  it('creates, closes and reopens an engagement with its stakeholders', async () => {
    t = await startTempCore();
    const created = await t.must('engagement:create', {
      fields: {
        clientName: 'Gemeente Dijkhaven',
        title: 'Visie datagedreven werken',
        consultants: ['Sanne de Vries'],
      },
    });
    expect(created.fileName).toBe('Gemeente Dijkhaven - Visie datagedreven werken.koers');
    const a = await t.must('stakeholder:create', {
      engagementId: created.engagementId,
      fields: { name: 'Priya Ramdin', group: 'programmateam', jobTitle: 'Programmamanager' },
    });
    const b = await t.must('stakeholder:create', {
      engagementId: created.engagementId,
      fields: { name: 'Johan Bakker', group: 'wethouder' },
    });
    expect([a.pseudonym, b.pseudonym]).toEqual(['R01', 'R02']);
    await t.must('engagement:update', {
      engagementId: created.engagementId,
      fields: {
        houseStyle: {
          primaryColor: '#005a8c',
          secondaryColor: '#e30613',
          fontName: 'Arial',
          logo: { mimeType: 'image/png', dataBase64: 'iVBORw0KGgo=' },
        },
      },
    });
    await t.must('engagement:close', { engagementId: created.engagementId });

    const filePath = path.join(t.workspaceDir, created.fileName);
    // A closed file is one self-contained file: no -wal, -shm or -journal beside it.
    expect(fs.readdirSync(t.workspaceDir)).toEqual([created.fileName]);
    const raw = new BetterSqlite3(filePath, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(KOERS_APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();

    const recent = await t.must('recent:list', {});
    expect(recent).toHaveLength(1);
    expect(recent[0]!.missing).toBe(false);
    const reopened = await t.must('engagement:openRecent', { recentId: recent[0]!.id });
    expect(reopened.engagementId).toBe(created.engagementId);
    const people = await t.must('stakeholder:list', { engagementId: reopened.engagementId });
    expect(people.map((p) => [p.pseudonym, p.name, p.group])).toEqual([
      ['R01', 'Priya Ramdin', 'programmateam'],
      ['R02', 'Johan Bakker', 'wethouder'],
    ]);
    const engagement = await t.must('engagement:get', { engagementId: reopened.engagementId });
    expect(engagement.houseStyle.primaryColor).toBe('#005a8c');
    expect(engagement.houseStyle.logo?.dataBase64).toBe('iVBORw0KGgo=');
    expect(engagement.consultants).toEqual(['Sanne de Vries']);
  });

  it('never reuses a pseudonym after a stakeholder is deleted', async () => {
    t = await startTempCore();
    const { engagementId } = await t.must('engagement:create', {
      fields: { clientName: 'Gemeente X', title: 'Visie' },
    });
    const a = await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'A', group: 'directie' },
    });
    await t.must('stakeholder:delete', { engagementId, id: a.id });
    const b = await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'B', group: 'directie' },
    });
    expect(b.pseudonym).toBe('R02');
    const filtered = await t.must('stakeholder:list', { engagementId, group: 'directie' });
    expect(filtered.map((s) => s.name)).toEqual(['B']);
  });

  it('copies the method into the file and ticks checklist items', async () => {
    t = await startTempCore();
    const { engagementId } = await t.must('engagement:create', {
      fields: { clientName: 'Gemeente X', title: 'Visie' },
    });
    const overview = await t.must('engagement:overview', { engagementId });
    expect(overview.steps).toHaveLength(4);
    expect(overview.themes.length).toBeGreaterThan(3);
    const item = overview.steps[0]!.items[0]!;
    const ticked = await t.must('checklist:set', { engagementId, itemId: item.id, done: true });
    expect(ticked.done).toBe(true);
    const after = await t.must('engagement:overview', { engagementId });
    expect(after.steps[0]!.doneCount).toBe(1);
    expect(after.steps[0]!.items[0]!.doneAt).toBe(ticked.doneAt);
  });

  it('saves a copy under a new name and continues in the copy', async () => {
    t = await startTempCore();
    const { engagementId, fileName } = await t.must('engagement:create', {
      fields: { clientName: 'Gemeente X', title: 'Visie' },
    });
    await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Eerste', group: 'directie' },
    });
    const copy = await t.must('engagement:saveAs', {
      engagementId,
      fileName: 'Kopie voor archief',
    });
    expect(copy.fileName).toBe('Kopie voor archief.koers');
    await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Alleen in kopie', group: 'extern' },
    });
    await t.must('engagement:close', { engagementId });
    const original = await t.must('engagement:open', { fileName });
    const names = (await t.must('stakeholder:list', { engagementId: original.engagementId })).map(
      (s) => s.name,
    );
    expect(names).toEqual(['Eerste']);
    await t.must('engagement:close', { engagementId });
    const again = await t.must('engagement:open', { fileName: 'Kopie voor archief.koers' });
    const copyNames = (await t.must('stakeholder:list', { engagementId: again.engagementId })).map(
      (s) => s.name,
    );
    expect(copyNames).toEqual(['Eerste', 'Alleen in kopie']);
  });

  it('renames the open file and reports a vanished recent file as missing', async () => {
    t = await startTempCore();
    const { engagementId } = await t.must('engagement:create', {
      fields: { clientName: 'Gemeente X', title: 'Visie' },
    });
    const renamed = await t.must('engagement:rename', { engagementId, fileName: 'Nieuwe naam' });
    expect(renamed.fileName).toBe('Nieuwe naam.koers');
    await t.must('engagement:close', { engagementId });
    expect(fs.readdirSync(t.workspaceDir)).toEqual(['Nieuwe naam.koers']);
    fs.rmSync(path.join(t.workspaceDir, 'Nieuwe naam.koers'));
    const recent = await t.must('recent:list', {});
    expect(recent.map((r) => [r.fileName, r.missing])).toEqual([['Nieuwe naam.koers', true]]);
    const result = await t.core.call('engagement:openRecent', { recentId: recent[0]!.id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FILE_MISSING');
    // Reported, never silently recreated.
    expect(fs.existsSync(path.join(t.workspaceDir, 'Nieuwe naam.koers'))).toBe(false);
  });

  it('answers in English when the UI language is English', async () => {
    t = await startTempCore();
    await t.must('preferences:update', { language: 'en' });
    const result = await t.core.call('engagement:open', { fileName: 'bestaat-niet' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('FILE_MISSING');
      expect(result.error.message).toMatch(/can no longer be found/);
    }
  });

  it('makes the demo engagement with its stakeholders', async () => {
    t = await startTempCore();
    const demo = await t.must('demo:create', {});
    const people = await t.must('stakeholder:list', { engagementId: demo.engagementId });
    expect(people.length).toBeGreaterThanOrEqual(15);
    expect(new Set(people.map((p) => p.group)).size).toBe(9);
    const overview = await t.must('engagement:overview', { engagementId: demo.engagementId });
    expect(overview.steps[0]!.doneCount).toBeGreaterThan(0);
    expect(overview.engagement.houseStyle.logo?.mimeType).toBe('image/svg+xml');
  });
});
