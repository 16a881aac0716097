import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../main/core/create-core.js';
import type { Core } from '../main/core/core-types.js';
import { toFtsQuery } from '../main/store/repositories/search.repository.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../shared/domain/search.js';
import { Random, VOCABULARY, notesJson, sentences } from './text.js';
import type { PeakMemory } from './memory.js';
import { median, percentile } from './stats.js';

export interface Measurements {
  openMs: number[];
  searchKoers: number[];
  searchBare: number[];
  searchHits: number;
  saveKoers: number[];
  saveBare: number[];
}

const SEARCH_LIMIT = 30; // what search:query uses when the renderer gives no limit
const QUERIES = 100;
const SAVES = 50;

const elapsed = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** What people type: common and rare words, two words, a prefix while typing, no accents. */
function queries(): string[] {
  const random = new Random(4242);
  const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
  const out: string[] = [];
  for (let i = 0; out.length < QUERIES; i++) {
    const a = random.pick(VOCABULARY);
    const b = random.pick(VOCABULARY);
    switch (i % 4) {
      case 0:
        out.push(a);
        break;
      case 1:
        out.push(`${a} ${b}`);
        break;
      case 2:
        out.push(a.slice(0, Math.max(3, Math.ceil(a.length / 2))));
        break;
      default:
        out.push(plain(a));
    }
  }
  return out;
}

/** The time to open the file as a user does: checks, open, the overview's counts. */
async function measureOpen(core: Core, file: string, memory: PeakMemory): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    const opened = await must(core.openPath(file));
    await must(core.call('engagement:overview', { engagementId: opened.engagementId }));
    times.push(elapsed(start));
    memory.sample();
    await must(core.call('engagement:close', { engagementId: opened.engagementId }));
  }
  return times;
}

export async function measure(file: string, memory: PeakMemory): Promise<Measurements> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-'));
  // The bare side works on a copy: Koers holds its file with an exclusive lock.
  const copy = path.join(path.dirname(file), 'bare-copy.koers');
  fs.copyFileSync(file, copy);
  const core = await createCore({ dataDir: path.join(work, 'data'), workspaceDir: path.dirname(file), shell: 'cli' });
  const bare = new BetterSqlite3(copy);
  try {
    const openMs = await measureOpen(core, file, memory);

    const { engagementId } = await must(core.openPath(file));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    const bareSearch = bare.prepare(
      `SELECT kind, ref_id, parent_id, question_id, title,
              snippet(search_index, -1, ?, ?, '…', 16) AS snippet
       FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
    );
    const list = queries();
    // Warm both page caches the same way before timing.
    for (const q of list.slice(0, 10)) {
      await must(core.call('search:query', { engagementId, query: q }));
      bareSearch.all(HIGHLIGHT_START, HIGHLIGHT_END, toFtsQuery(q), SEARCH_LIMIT);
    }
    const searchKoers: number[] = [];
    const searchBare: number[] = [];
    let searchHits = 0;
    // Interleaved, so a busy machine slows both sides alike.
    for (const q of list) {
      let start = process.hrtime.bigint();
      const hits = await must(core.call('search:query', { engagementId, query: q }));
      searchKoers.push(elapsed(start));
      searchHits += hits.length;
      start = process.hrtime.bigint();
      bareSearch.all(HIGHLIGHT_START, HIGHLIGHT_END, toFtsQuery(q), SEARCH_LIMIT);
      searchBare.push(elapsed(start));
      memory.sample();
    }

    const targets = bare
      .prepare('SELECT id, interview_id AS interviewId FROM interview_question ORDER BY rowid LIMIT ?')
      .all(SAVES) as { id: string; interviewId: string }[];
    const bareSave = bare.prepare(
      'UPDATE interview_question SET notes_json = ?, notes_text = ?, updated_at = ? WHERE id = ? AND interview_id = ?',
    );
    const random = new Random(777);
    const saveKoers: number[] = [];
    const saveBare: number[] = [];
    for (const target of targets) {
      const text = sentences(random, 400);
      const json = notesJson(text);
      let start = process.hrtime.bigint();
      await must(
        core.call('interview:saveNotes', {
          engagementId,
          interviewId: target.interviewId,
          questionId: target.id,
          notes: { json, text },
        }),
      );
      saveKoers.push(elapsed(start));
      start = process.hrtime.bigint();
      bareSave.run(json, text, new Date().toISOString(), target.id, target.interviewId);
      saveBare.push(elapsed(start));
      memory.sample();
    }
    await must(core.call('engagement:close', { engagementId }));
    return { openMs, searchKoers, searchBare, searchHits, saveKoers, saveBare };
  } finally {
    bare.close();
    await core.dispose();
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export const summary = (m: Measurements) => ({
  open: median(m.openMs),
  searchP50: percentile(m.searchKoers, 50),
  searchP95: percentile(m.searchKoers, 95),
  bareSearchP50: percentile(m.searchBare, 50),
  bareSearchP95: percentile(m.searchBare, 95),
  saveP50: percentile(m.saveKoers, 50),
  saveP95: percentile(m.saveKoers, 95),
  bareSaveP50: percentile(m.saveBare, 50),
  bareSaveP95: percentile(m.saveBare, 95),
});
