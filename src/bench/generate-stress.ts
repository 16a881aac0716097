import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../main/core/create-core.js';
import type { Core } from '../main/core/core-types.js';
import type { OperationName, OutputOf } from '../shared/contract.js';
import { STAKEHOLDER_GROUPS } from '../shared/domain/stakeholder.js';
import { FINDING_KINDS } from '../shared/domain/finding.js';
import { Random, notesJson, sentences } from './text.js';
import type { PeakMemory } from './memory.js';
import { addStressRoadmap } from './generate-roadmap.js';

// The stress engagement of issue 3, point 7: 600 interviews with ~400 words per question,
// 30,000 findings with themes and sources, 50 documents of 200 MB in all. A few records go
// through the core's services (so the file is a real Koers file with its method and themes);
// the bulk is inserted with better-sqlite3 in big transactions, and the database's own
// triggers fill the search index as they would for a user's saves.

export const STRESS = {
  interviews: 600,
  wordsPerNote: 400,
  findings: 30_000,
  documents: 50,
  documentBytes: 200 * 1024 * 1024,
  stakeholders: 120,
  passagesPerDocument: 20,
} as const;

const CHUNK = 1024 * 1024;

async function must<K extends OperationName>(
  core: Core,
  name: K,
  input: unknown,
): Promise<OutputOf<K>> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function progress(label: string, done: number, total: number, started: number): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\r  ${label}: ${done.toLocaleString('nl-NL')} / ${total.toLocaleString('nl-NL')} (${seconds} s)   `,
  );
  if (done === total) process.stdout.write('\n');
}

export async function generateStress(target: string, memory: PeakMemory): Promise<void> {
  const random = new Random(20_260_115);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-'));
  // Built beside the target under another name, so an interrupted run never leaves a half-made cache.
  const buildDir = path.join(path.dirname(target), '.building');
  fs.rmSync(buildDir, { recursive: true, force: true });
  const building = path.join(buildDir, 'stress.koers');
  const core = await createCore({
    dataDir: path.join(work, 'data'),
    workspaceDir: buildDir,
    shell: 'cli',
  });
  let questionTexts: { guideId: string | null; text: string }[];
  let themeIds: string[];
  try {
    const opened = await must(core, 'engagement:create', {
      fields: {
        clientName: 'Gemeente Dijkhaven',
        title: 'Stresstest datagedreven werken',
        consultants: ['Bench'],
      },
      fileName: 'stress.koers',
    });
    const engagementId = opened.engagementId;
    for (let i = 0; i < STAKEHOLDER_GROUPS.length; i++) {
      await must(core, 'stakeholder:create', {
        engagementId,
        fields: {
          name: `Betrokkene ${i + 1}`,
          group: STAKEHOLDER_GROUPS[i],
          jobTitle: 'Adviseur',
          department: 'Concern',
        },
      });
    }
    const sample = await must(core, 'interview:create', {
      engagementId,
      fields: { title: 'Voorbeeldinterview' },
    });
    questionTexts = sample.questions.map((q) => ({ guideId: q.guideQuestionId, text: q.text }));
    await must(core, 'interview:delete', { engagementId, id: sample.id });
    themeIds = (await must(core, 'theme:list', { engagementId })).map((t) => t.id);
    await must(core, 'engagement:close', { engagementId });
  } finally {
    await core.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  }

  const db = new BetterSqlite3(building);
  let findingIds: string[] = [];
  let stakeholderIds: string[] = [];
  try {
    db.pragma('journal_mode = WAL');
    // Generation speed only; the measured saves run with Koers's own settings.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -65536');
    const now = new Date().toISOString();
    const groups = STAKEHOLDER_GROUPS;

    // Stakeholders beyond the core-made ones, with pseudonyms after theirs.
    const existing = (db.prepare('SELECT count(*) AS n FROM stakeholder').get() as { n: number }).n;
    const insertStakeholder = db.prepare(
      `INSERT INTO stakeholder (id, name, job_title, department, group_code, pseudonym, consent, consent_note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'gegeven', '', ?, ?)`,
    );
    const stakeholders: { id: string; group: string }[] = (
      db.prepare('SELECT id, group_code AS "group" FROM stakeholder').all() as {
        id: string;
        group: string;
      }[]
    ).slice();
    db.transaction(() => {
      for (let i = existing; i < STRESS.stakeholders; i++) {
        const group = groups[i % groups.length]!;
        const id = randomUUID();
        insertStakeholder.run(
          id,
          `Betrokkene ${i + 1}`,
          'Medewerker',
          `Afdeling ${i % 12}`,
          group,
          `R${String(i + 1).padStart(2, '0')}`,
          now,
          now,
        );
        stakeholders.push({ id, group });
      }
      db.prepare(`UPDATE meta SET value = ? WHERE key = 'next_pseudonym'`).run(
        String(STRESS.stakeholders + 1),
      );
    })();

    // Interviews, their questions and notes.
    const insertInterview = db.prepare(
      `INSERT INTO interview (id, title, scheduled_at, location, interviewers_json, status, status_dates_json, free_notes_json, free_notes_text, created_at, updated_at)
       VALUES (?, ?, ?, 'Stadhuis', '["Bench"]', 'uitgewerkt', ?, ?, ?, ?, ?)`,
    );
    const insertParticipant = db.prepare(
      'INSERT INTO interview_participant (interview_id, stakeholder_id, position) VALUES (?, ?, ?)',
    );
    const insertQuestion = db.prepare(
      `INSERT INTO interview_question (id, interview_id, position, guide_question_id, question_text, notes_json, notes_text, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const interviews: { id: string; group: string; questions: string[] }[] = [];
    let started = Date.now();
    const batch = 25;
    for (let from = 0; from < STRESS.interviews; from += batch) {
      db.transaction(() => {
        for (let i = from; i < Math.min(STRESS.interviews, from + batch); i++) {
          const id = randomUUID();
          const person = stakeholders[i % stakeholders.length]!;
          const free = sentences(random, 60);
          const day = String(1 + (i % 28)).padStart(2, '0');
          insertInterview.run(
            id,
            `Interview ${i + 1}`,
            `2026-03-${day}T10:00`,
            JSON.stringify({ gepland: now, uitgewerkt: now }),
            notesJson(free),
            free,
            now,
            now,
          );
          insertParticipant.run(id, person.id, 0);
          const questions: string[] = [];
          questionTexts.forEach((q, position) => {
            const qid = randomUUID();
            const text = sentences(random, STRESS.wordsPerNote - 40 + random.int(80));
            insertQuestion.run(qid, id, position, q.guideId, q.text, notesJson(text), text, now);
            questions.push(qid);
          });
          interviews.push({ id, group: person.group, questions });
        }
      })();
      memory.sample();
      progress('interviews', Math.min(STRESS.interviews, from + batch), STRESS.interviews, started);
    }

    // Documents: 200 MB of random bytes in 1 MB chunks, never all in memory; passages on each.
    const insertDocument = db.prepare(
      `INSERT INTO document (id, title, doc_type, document_date, author, summary, file_name, mime_type, size_bytes, sha256, created_at, updated_at)
       VALUES (?, ?, ?, '2025-06-01', 'Gemeente Dijkhaven', ?, ?, 'application/pdf', ?, ?, ?, ?)`,
    );
    const setHash = db.prepare('UPDATE document SET sha256 = ? WHERE id = ?');
    const insertChunk = db.prepare(
      'INSERT INTO document_chunk (document_id, seq, data) VALUES (?, ?, ?)',
    );
    const insertPassage = db.prepare(
      `INSERT INTO passage (id, document_id, text, page, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const docTypes = [
      'coalitieakkoord',
      'visie-dienstverlening',
      'ia-strategie',
      'beleidsnota',
      'jaarverslag',
      'anders',
    ];
    const passages: string[] = [];
    started = Date.now();
    const perDocument = Math.floor(STRESS.documentBytes / STRESS.documents);
    for (let d = 0; d < STRESS.documents; d++) {
      db.transaction(() => {
        const id = randomUUID();
        // The row first (the chunks reference it), its hash once all bytes have passed.
        insertDocument.run(
          id,
          `Document ${d + 1}`,
          docTypes[d % docTypes.length],
          sentences(random, 80),
          `document-${d + 1}.pdf`,
          perDocument,
          '',
          now,
          now,
        );
        const hash = createHash('sha256');
        let seq = 0;
        for (let offset = 0; offset < perDocument; offset += CHUNK) {
          const chunk = randomBytes(Math.min(CHUNK, perDocument - offset));
          hash.update(chunk);
          insertChunk.run(id, seq++, chunk);
        }
        setHash.run(hash.digest('hex'), id);
        for (let p = 0; p < STRESS.passagesPerDocument; p++) {
          const pid = randomUUID();
          insertPassage.run(
            pid,
            id,
            sentences(random, 40),
            1 + p * 3,
            sentences(random, 10),
            now,
            now,
          );
          passages.push(pid);
        }
      })();
      memory.sample();
      progress('documenten', d + 1, STRESS.documents, started);
    }

    // Findings with one to three themes; most from interview questions, some from passages.
    const insertFinding = db.prepare(
      `INSERT INTO finding (id, statement, quote, kind, importance, stakeholder_group, source_type, interview_id, question_id, passage_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertTheme = db.prepare(
      'INSERT INTO finding_theme (finding_id, theme_id) VALUES (?, ?)',
    );
    started = Date.now();
    const findingBatch = 2_000;
    for (let from = 0; from < STRESS.findings; from += findingBatch) {
      db.transaction(() => {
        for (let i = from; i < Math.min(STRESS.findings, from + findingBatch); i++) {
          const id = randomUUID();
          const kind = FINDING_KINDS[i % FINDING_KINDS.length]!;
          const statement = sentences(random, 12);
          const quote = sentences(random, 20);
          if (i % 10 === 9) {
            insertFinding.run(
              id,
              statement,
              quote,
              kind,
              1 + (i % 3),
              null,
              'passage',
              null,
              null,
              passages[i % passages.length],
              now,
              now,
            );
          } else {
            const iv = interviews[i % interviews.length]!;
            insertFinding.run(
              id,
              statement,
              quote,
              kind,
              1 + (i % 3),
              iv.group,
              'interview',
              iv.id,
              iv.questions[i % iv.questions.length],
              null,
              now,
              now,
            );
          }
          const count = 1 + random.int(3);
          const first = random.int(themeIds.length);
          for (let k = 0; k < count; k++)
            insertTheme.run(id, themeIds[(first + k) % themeIds.length]);
        }
      })();
      memory.sample();
      progress(
        'bevindingen',
        Math.min(STRESS.findings, from + findingBatch),
        STRESS.findings,
        started,
      );
    }

    // For the vision, the nulmeting and the routekaart made through the core below.
    findingIds = (
      db.prepare('SELECT id FROM finding ORDER BY rowid LIMIT 3000').all() as { id: string }[]
    ).map((r) => r.id);
    stakeholderIds = stakeholders.map((s) => s.id);

    // Left as Koers leaves a closed file: checkpointed, optimised, in rollback mode.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('optimize');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  await addRoadmapThroughCore(building, findingIds, stakeholderIds);
  fs.renameSync(building, target);
  fs.rmSync(buildDir, { recursive: true, force: true });
}

/** The vision, the 0-meting and the routekaart of 300 items, through the core (see generate-roadmap.ts). */
async function addRoadmapThroughCore(
  file: string,
  findingIds: string[],
  stakeholderIds: string[],
): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-'));
  const core = await createCore({
    dataDir: path.join(work, 'data'),
    workspaceDir: path.dirname(file),
    shell: 'cli',
  });
  try {
    const opened = await core.openPath(file);
    if (!opened.ok) throw new Error(`openPath: ${opened.error.message}`);
    const engagementId = opened.value.engagementId;
    const started = Date.now();
    await addStressRoadmap(core, engagementId, findingIds, stakeholderIds);
    console.log(
      `  routekaart: visie, 0-meting en 300 acties (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    await must(core, 'engagement:close', { engagementId });
  } finally {
    await core.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
