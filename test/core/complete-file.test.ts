import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { checkpointOpenFile } from '../../src/main/store/engagement-file.js';

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

interface SavedContent {
  stakeholders: string[];
  notes: string[];
  findings: string[];
  integrity: string;
}

/** What a colleague who gets only the `.koers` file (no -wal) finds in it. */
function readCopyOfMainFile(filePath: string): SavedContent {
  const dir = tempDir('koers-copy-');
  const copy = path.join(dir, 'Kopie.koers');
  fs.copyFileSync(filePath, copy);
  const raw = new BetterSqlite3(copy, { readonly: true });
  try {
    const texts = (sql: string) => raw.prepare(sql).pluck().all() as string[];
    return {
      stakeholders: texts('SELECT name FROM stakeholder ORDER BY name'),
      notes: texts("SELECT notes_text FROM interview_question WHERE notes_text <> '' ORDER BY 1"),
      findings: texts('SELECT statement FROM finding ORDER BY statement'),
      integrity: String(raw.pragma('integrity_check', { simple: true })),
    };
  } finally {
    raw.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Polls the copy until it holds what was saved; the bench, not this test, measures the delay. */
async function untilComplete(filePath: string, expected: SavedContent): Promise<SavedContent> {
  const deadline = Date.now() + 3000;
  let seen = readCopyOfMainFile(filePath);
  while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = readCopyOfMainFile(filePath);
  }
  return seen;
}

describe('the .koers file is the whole engagement while it is open', () => {
  it('holds every acknowledged save shortly after the last one, without its -wal', async () => {
    t = await startTempCore();
    const { engagementId, fileName } = await t.must('engagement:create', {
      fields: { clientName: 'Gemeente Kopiestad', title: 'Volledig bestand' },
    });
    const filePath = path.join(t.workspaceDir, fileName);

    const names = ['Priya Ramdin', 'Johan Bakker', 'Sanne de Vries'];
    const ids: string[] = [];
    for (const name of names) {
      ids.push(
        (await t.must('stakeholder:create', { engagementId, fields: { name, group: 'directie' } }))
          .id,
      );
    }
    const iv = await t.must('interview:create', {
      engagementId,
      fields: { title: 'Gesprek directie', participantIds: ids },
    });
    const notes = [
      'De directie wil sturen op data over woningbouw.',
      'Privacy moet vanaf het begin meedoen.',
    ];
    for (const [i, text] of notes.entries()) {
      await t.must('interview:saveNotes', {
        engagementId,
        interviewId: iv.id,
        questionId: iv.questions[i]!.id,
        notes: { json: '{}', text },
      });
    }
    await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: 'Het dashboard komt er in het voorjaar', kind: 'citaat' },
    });
    // The last save is an edit: the copy must have the new text, not the first one.
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId: iv.id,
      questionId: iv.questions[1]!.id,
      notes: { json: '{}', text: 'Privacy en ethiek moeten vanaf het begin meedoen.' },
    });

    const expected: SavedContent = {
      stakeholders: [...names].sort(),
      notes: [notes[0]!, 'Privacy en ethiek moeten vanaf het begin meedoen.'].sort(),
      findings: ['Het dashboard komt er in het voorjaar'],
      integrity: 'ok',
    };
    expect(await untilComplete(filePath, expected)).toEqual(expected);
    // Still open: the engagement answers, and the -wal was emptied rather than left behind full.
    expect((await t.must('stakeholder:list', { engagementId })).map((s) => s.name).sort()).toEqual(
      [...names].sort(),
    );
    const wal = `${filePath}-wal`;
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);

    // A save after the checkpoint reaches the main file too.
    await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Ali Yilmaz', group: 'directie' },
    });
    const later = { ...expected, stakeholders: [...names, 'Ali Yilmaz'].sort() };
    expect(await untilComplete(filePath, later)).toEqual(later);
  });

  it('never checkpoints inside a transaction', () => {
    const dir = tempDir('koers-wal-');
    const raw = new BetterSqlite3(path.join(dir, 'x.koers'));
    try {
      raw.pragma('locking_mode = EXCLUSIVE');
      raw.pragma('journal_mode = WAL');
      raw.exec('CREATE TABLE note (text TEXT)');
      raw.exec('BEGIN');
      raw.prepare('INSERT INTO note VALUES (?)').run('half a save');
      expect(checkpointOpenFile(raw)).toBe(false);
      raw.exec('COMMIT');
      expect(fs.statSync(path.join(dir, 'x.koers-wal')).size).toBeGreaterThan(0);
      expect(checkpointOpenFile(raw)).toBe(true);
      expect(fs.statSync(path.join(dir, 'x.koers-wal')).size).toBe(0);
    } finally {
      raw.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
