import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { readDocx } from './docx-read.js';
import { exportThroughCore } from './export-run.js';
import { longTextNotes, LONG_TEXT } from '../../src/bench/long-text.js';

// Long text a consultant may paste: one 40,000-character "word" (a URL, a hash, a pasted table
// without spaces), a paragraph of 10,000 differently marked runs, a 20,000-character quote. The
// Word exports lay out pages for the table of contents; before the fix this took minutes. The
// bench (src/bench/long-text.ts) times it; here the text must come back whole.

let t: TempCore;
let engagementId: string;
let interviewId: string;

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (
    await t.must('engagement:create', { fields: { clientName: 'Lang', title: 'Lange tekst' } })
  ).engagementId;
  const person = await t.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Ilse Vermeer', group: 'wethouder' },
  });
  const interview = await t.must('interview:create', {
    engagementId,
    fields: { title: 'Lang gesprek', participantIds: [person.id] },
  });
  interviewId = interview.id;
  const notes = longTextNotes();
  await t.must('interview:saveNotes', {
    engagementId,
    interviewId,
    questionId: interview.questions[0]!.id,
    notes,
  });
  await t.must('finding:create', {
    engagementId,
    source: { type: 'interview', interviewId, questionId: null },
    fields: { statement: 'Lange quote', quote: LONG_TEXT.quote, kind: 'risico', group: 'raadslid' },
  });
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

describe('Word exports with very long text', () => {
  it('interview report: the long word and the many runs come back whole', async () => {
    const started = Date.now();
    const { bytes } = await exportThroughCore(t, engagementId, 'interview-report', {}, interviewId);
    console.log(`interview-report ${Date.now() - started} ms`);
    const texts = (await readDocx(bytes)).paragraphs.map((p) => p.text);
    expect(texts.filter((p) => p === LONG_TEXT.word)).toHaveLength(1);
    expect(texts.filter((p) => p === LONG_TEXT.runsText)).toHaveLength(1);
  }, 300_000);

  it('findings report: the long quote comes back whole', async () => {
    const started = Date.now();
    const { bytes } = await exportThroughCore(t, engagementId, 'findings-report');
    console.log(`findings-report ${Date.now() - started} ms`);
    const texts = (await readDocx(bytes)).paragraphs.map((p) => p.text);
    expect(texts.some((p) => p.includes(LONG_TEXT.quote))).toBe(true);
  }, 300_000);
});
