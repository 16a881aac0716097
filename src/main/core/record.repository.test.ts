import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Database } from '../domains/schema.js';
import { runMigrations } from '../store/migrate.js';
import { readForeignKeys } from './record.repository.js';

let db: Kysely<Database> | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

async function migratedMemoryDb(): Promise<Kysely<Database>> {
  db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
  });
  await runMigrations(db as Kysely<unknown>, MIGRATIONS);
  return db;
}

describe('foreign keys read from the file (undo of any area)', () => {
  it('lists what a deleted interview takes with it, from the schema itself', async () => {
    const { cascades } = await readForeignKeys(await migratedMemoryDb());
    const children = (table: string) =>
      (cascades.get(table) ?? []).map((c) => `${c.table}.${c.column}`).sort();
    expect(children('interview')).toEqual([
      'finding.interview_id',
      'interview_participant.interview_id',
      'interview_question.interview_id',
    ]);
    expect(children('document')).toEqual([
      'document_chunk.document_id',
      'document_page.document_id',
      'passage.document_id',
    ]);
    // A finding's links to vision passages (0006) go with it, and come back with its undo.
    // And its links to agreed scores of the nulmeting (0008).
    expect(children('finding')).toEqual([
      'assessment_agreed_finding.finding_id',
      'finding_theme.finding_id',
      'vision_passage_finding.finding_id',
    ]);
    // A measurement (0008) takes its respondents, agreed scores and their findings; a
    // respondent its scores.
    expect(children('assessment')).toEqual([
      'assessment_agreed.assessment_id',
      'assessment_agreed_finding.assessment_id',
      'assessment_respondent.assessment_id',
    ]);
    expect(children('assessment_respondent')).toEqual(['assessment_score.respondent_id']);
    // Feedback given at a presentation (0007): the link goes with either side, and comes back.
    expect(children('vision_feedback')).toEqual(['presentation_feedback.feedback_id']);
    expect(children('presentation')).toEqual(['presentation_feedback.presentation_id']);
    // A decision lets go of its version and document (SET NULL): nothing cascades.
    expect(cascades.get('decision')).toBeUndefined();
    // A table nothing cascades from has no entry.
    expect(cascades.get('finding_theme')).toBeUndefined();
  });

  it('orders tables so every row can go back after the rows it points at', async () => {
    const { depth } = await readForeignKeys(await migratedMemoryDb());
    const d = (t: string) => depth.get(t) ?? 0;
    expect(d('interview_question')).toBeGreaterThan(d('interview'));
    expect(d('finding')).toBeGreaterThan(d('interview_question'));
    expect(d('finding')).toBeGreaterThan(d('passage'));
    expect(d('passage')).toBeGreaterThan(d('document'));
    expect(d('finding_theme')).toBeGreaterThan(d('finding'));
    expect(d('finding_theme')).toBeGreaterThan(d('theme'));
    expect(d('assessment_score')).toBeGreaterThan(d('assessment_respondent'));
    expect(d('assessment_respondent')).toBeGreaterThan(d('assessment'));
    expect(d('assessment_agreed_finding')).toBeGreaterThan(d('finding'));
  });
});
