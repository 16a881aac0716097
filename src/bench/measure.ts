import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../main/core/create-core.js';
import type { Core } from '../main/core/core-types.js';
import { toFtsQuery } from '../main/domains/search/search.repository.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../shared/domain/search.js';
import { LONG_ROW_CHARS } from '../main/domains/search/search-snippet.js';
import { measureExports, type ExportRow } from './exports.js';
import { benchQueries } from './queries.js';
import { Random, notesJson, sentences } from './text.js';
import type { PeakMemory } from './memory.js';
import { median, percentile } from './stats.js';
import { must } from './must.js';

export interface Measurements {
  /** Open + overview on a machine that has never closed the file: the full quick_check. */
  openFirstMs: number[];
  /** Open + overview of the file this core closed a moment ago: the check is skipped. */
  openAgainMs: number[];
  searchKoers: number[];
  searchBare: number[];
  searchHits: number;
  saveKoers: number[];
  saveBare: number[];
  /** From the last acknowledged save until the -wal is folded in (null: not within 10 s). */
  completeFileMs: number | null;
  /** trace:passage and trace:finding on each passage with findings and its first finding. */
  traceMs: number[];
  exports: ExportRow[];
}

const SEARCH_LIMIT = 30; // what search:query uses when the renderer gives no limit
const SAVES = 50;
const FIRST_OPENS = 3;
const REOPENS = 5;

const elapsed = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

/**
 * Polls until the -wal beside `file` is empty: from then on the `.koers` file alone holds every
 * save (the core's idle checkpoint, src/main/core/idle-checkpoint.ts).
 */
async function untilMainFileComplete(file: string, since: bigint): Promise<number | null> {
  const walBytes = () => {
    try {
      return fs.statSync(`${file}-wal`).size;
    } catch {
      return 0;
    }
  };
  while (elapsed(since) < 10_000) {
    if (walBytes() === 0) return elapsed(since);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return null;
}

/** The time to open the file as a user does: checks, open, the overview's counts; then close. */
async function timedOpen(core: Core, file: string, memory: PeakMemory): Promise<number> {
  const start = process.hrtime.bigint();
  const opened = await must(core.openPath(file));
  await must(core.call('engagement:overview', { engagementId: opened.engagementId }));
  const ms = elapsed(start);
  memory.sample();
  await must(core.call('engagement:close', { engagementId: opened.engagementId }));
  return ms;
}

/** Each on a core with a data folder of its own, so no clean close of the file is on record. */
async function measureFirstOpen(file: string, work: string, memory: PeakMemory): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < FIRST_OPENS; i++) {
    const core = await createCore({
      dataDir: path.join(work, `fresh-${i}`),
      workspaceDir: path.dirname(file),
      shell: 'cli',
    });
    try {
      times.push(await timedOpen(core, file, memory));
    } finally {
      await core.dispose();
    }
  }
  return times;
}

/** The same core closes the file and opens it again, as a user does the next morning. */
async function measureReopen(core: Core, file: string, memory: PeakMemory): Promise<number[]> {
  await timedOpen(core, file, memory); // records the clean close
  const times: number[] = [];
  for (let i = 0; i < REOPENS; i++) times.push(await timedOpen(core, file, memory));
  return times;
}

export async function measure(
  file: string,
  exportDir: string,
  memory: PeakMemory,
): Promise<Measurements> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-'));
  // The bare side works on a copy: Koers holds its file with an exclusive lock.
  const copy = path.join(path.dirname(file), 'bare-copy.koers');
  const dropCopy = () => {
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
  };
  // A run that was interrupted leaves its copy's WAL behind, which SQLite would replay into
  // the new copy and call the result malformed.
  dropCopy();
  const core = await createCore({
    dataDir: path.join(work, 'data'),
    workspaceDir: path.dirname(file),
    shell: 'cli',
  });
  let bare: BetterSqlite3.Database | null = null;
  try {
    const openFirstMs = await measureFirstOpen(file, work, memory);
    const openAgainMs = await measureReopen(core, file, memory);
    // Copied only now: the core has closed the file cleanly, so it is one self-contained file.
    fs.copyFileSync(file, copy);
    bare = new BetterSqlite3(copy);

    const { engagementId } = await must(core.openPath(file));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    // The core's query shape (search.repository.ts): snippet() only for rows up to
    // LONG_ROW_CHARS, the rowid of longer ones for a snippet made in JS.
    const bareSearch = bare.prepare(
      `SELECT kind, ref_id, parent_id, question_id, title,
              CASE WHEN length(body) <= ${LONG_ROW_CHARS}
                   THEN snippet(search_index, -1, ?, ?, '…', 16) END AS snippet,
              CASE WHEN length(body) > ${LONG_ROW_CHARS} THEN rowid END AS long_rowid
       FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
    );
    const list = benchQueries();
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
      .prepare(
        'SELECT id, interview_id AS interviewId FROM interview_question ORDER BY rowid LIMIT ?',
      )
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
    // One more Koers save after the bare one, timed from its acknowledgement.
    await must(
      core.call('interview:saveNotes', {
        engagementId,
        interviewId: targets[0]!.interviewId,
        questionId: targets[0]!.id,
        notes: { json: notesJson('Laatste notitie.'), text: 'Laatste notitie.' },
      }),
    );
    const completeFileMs = await untilMainFileComplete(file, process.hrtime.bigint());
    // The trace view: from each linked passage to its findings, and from a finding onwards.
    const traced = bare
      .prepare(
        'SELECT passage_id AS passageId, min(finding_id) AS findingId FROM vision_passage_finding GROUP BY passage_id',
      )
      .all() as { passageId: string; findingId: string }[];
    const traceMs: number[] = [];
    for (const { passageId, findingId } of traced) {
      let start = process.hrtime.bigint();
      await must(core.call('trace:passage', { engagementId, passageId }));
      traceMs.push(elapsed(start));
      start = process.hrtime.bigint();
      await must(core.call('trace:finding', { engagementId, findingId }));
      traceMs.push(elapsed(start));
      memory.sample();
    }
    // Closes the engagement: each export runs in a process of its own that opens the file.
    const exports = await measureExports(core, engagementId, file, exportDir);
    return {
      openFirstMs,
      openAgainMs,
      searchKoers,
      searchBare,
      searchHits,
      saveKoers,
      saveBare,
      completeFileMs,
      traceMs,
      exports,
    };
  } finally {
    bare?.close();
    await core.dispose();
    dropCopy();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export const summary = (m: Measurements) => ({
  openFirst: median(m.openFirstMs),
  openAgain: median(m.openAgainMs),
  searchP50: percentile(m.searchKoers, 50),
  searchP95: percentile(m.searchKoers, 95),
  bareSearchP50: percentile(m.searchBare, 50),
  bareSearchP95: percentile(m.searchBare, 95),
  saveP50: percentile(m.saveKoers, 50),
  saveP95: percentile(m.saveKoers, 95),
  bareSaveP50: percentile(m.saveBare, 50),
  bareSaveP95: percentile(m.saveBare, 95),
});
