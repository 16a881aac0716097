// Browser mode opens a .koers file from anywhere: the page uploads it, the core opens a copy in
// the workspace. Issue 10: "Browser mode can open a .koers file from anywhere the user chooses".
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';

let cores: TempCore[] = [];
afterEach(async () => {
  for (const c of cores) await c.dispose();
  cores = [];
});

async function core(): Promise<TempCore> {
  const t = await startTempCore();
  cores.push(t);
  return t;
}

/** An engagement made by another Koers, closed, and moved to a folder outside the workspace. */
async function fileFromElsewhere(): Promise<{ file: string; title: string }> {
  const other = await core();
  const title = 'Visie datagedreven werken';
  const open = await other.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title },
    fileName: 'Dijkhaven.koers',
  });
  await other.must('stakeholder:create', {
    engagementId: open.engagementId,
    fields: { name: 'Anna de Vries', group: 'directie' },
  });
  await other.must('engagement:close', { engagementId: open.engagementId });
  const usb = tempDir('koers-usb-');
  const file = path.join(usb, 'Dijkhaven.koers');
  fs.copyFileSync(path.join(other.workspaceDir, 'Dijkhaven.koers'), file);
  return { file, title };
}

const stage = async (t: TempCore, bytes: Buffer, fileName: string) => {
  const staged = await t.core.stageUpload(Readable.from([bytes]), fileName);
  if (!staged.ok) throw new Error(staged.error.message);
  return staged.value.uploadId;
};

describe('engagement:openUpload', () => {
  it('opens an uploaded .koers as a copy in the workspace, with its content, leaving the original', async () => {
    const { file, title } = await fileFromElsewhere();
    const original = fs.readFileSync(file);
    const t = await core();
    const opened = await t.must('engagement:openUpload', {
      uploadId: await stage(t, original, 'Dijkhaven.koers'),
    });
    expect(opened.fileName).toBe('Dijkhaven.koers');
    expect(fs.existsSync(path.join(t.workspaceDir, 'Dijkhaven.koers'))).toBe(true);
    const engagement = await t.must('engagement:get', { engagementId: opened.engagementId });
    expect(engagement.title).toBe(title);
    const people = await t.must('stakeholder:list', { engagementId: opened.engagementId });
    expect(people.map((p) => p.name)).toEqual(['Anna de Vries']);
    expect(fs.readFileSync(file).equals(original)).toBe(true);
  });

  it('takes a free name when the workspace already has one by that name', async () => {
    const { file } = await fileFromElsewhere();
    const t = await core();
    fs.mkdirSync(t.workspaceDir, { recursive: true });
    fs.writeFileSync(path.join(t.workspaceDir, 'Dijkhaven.koers'), 'iets anders');
    const opened = await t.must('engagement:openUpload', {
      uploadId: await stage(t, fs.readFileSync(file), 'Dijkhaven.koers'),
    });
    expect(opened.fileName).toBe('Dijkhaven (2).koers');
    expect(fs.readFileSync(path.join(t.workspaceDir, 'Dijkhaven.koers'), 'utf8')).toBe(
      'iets anders',
    );
  });

  it('refuses a file that is not an engagement and leaves no copy behind', async () => {
    const t = await core();
    const wrongName = await t.core.call('engagement:openUpload', {
      uploadId: await stage(t, Buffer.from('%PDF-1.4'), 'notulen.pdf'),
    });
    expect(wrongName.ok ? null : wrongName.error.code).toBe('NOT_A_KOERS_FILE');
    expect(wrongName.ok ? '' : wrongName.error.message).toContain('notulen.pdf');
    const damaged = await t.core.call('engagement:openUpload', {
      uploadId: await stage(
        t,
        Buffer.from('SQLite format 3\u0000 maar verder onzin'),
        'kapot.koers',
      ),
    });
    expect(damaged.ok).toBe(false);
    expect(damaged.ok ? '' : damaged.error.code).toMatch(/^FILE_|NOT_A_KOERS_FILE/);
    const left = fs.existsSync(t.workspaceDir) ? fs.readdirSync(t.workspaceDir) : [];
    expect(left).toEqual([]);
  });

  it('refuses an upload id that was used or never given', async () => {
    const t = await core();
    const answer = await t.core.call('engagement:openUpload', {
      uploadId: '00000000-0000-4000-8000-000000000000',
    });
    expect(answer.ok ? null : answer.error.code).toBe('NOT_FOUND');
  });
});
