import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/shared/domain/search.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// Issue 3, point 6: text a consultant pastes from anywhere is stored and given back exactly
// (===), through every kind of record that holds free text, and search keeps working.

let t: TempCore;
let engagementId: string;
let interviewId: string;
let questionIds: string[];
let documentId: string;

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (
    await t.must('engagement:create', {
      fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
    })
  ).engagementId;
  const iv = await t.must('interview:create', {
    engagementId,
    fields: { title: 'Interview directie' },
  });
  interviewId = iv.id;
  questionIds = iv.questions.map((q) => q.id);
  const staged = await t.core.stageUpload(
    Readable.from([Buffer.from('Jaarverslag')]),
    'jaarverslag.txt',
  );
  if (!staged.ok) throw new Error(staged.error.message);
  documentId = (
    await t.must('document:add', {
      engagementId,
      uploadId: staged.value.uploadId,
      fields: { type: 'jaarverslag' },
    })
  ).id;
});
afterAll(() => t.dispose());

const MEGABYTE_NOTE = (() => {
  const words = [
    'gemeente',
    'dienstverlening',
    'woningbouw',
    'privé',
    'gegevens',
    'sturen',
    'inwoners',
    'ethiek',
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_048_576; i++) {
    const word =
      i % 97 === 0 ? `${words[i % words.length]!}.\n\n` : `${words[(i * 7) % words.length]!} `;
    parts.push(word);
    size += word.length;
  }
  return `${parts.join('')}slotwoordmegabyte`;
})();

/** Each value is stored in every free-text field below and must come back as given. */
const HOSTILE: Record<string, string> = {
  emoji: 'Goed 👍🏽idee van het gezin 👨‍👩‍👧‍👦 in 🇳🇱 en 🏳️‍🌈, regenboogwoord🌈 klaar ✅',
  rtl: 'Arabisch: \u202Bالبيانات المفتوحة\u202C, Hebreeuws: \u2067נתונים פתוחים\u2069 \u200Feinde',
  control:
    'tab\there\u0001\u0007\u001b[31mrood\u001b[0m\u007f\u0085\u2028\u2029\u200B\uFEFFzero-width',
  nul: 'voor\u0000na',
  formulaEquals: '=SUM(A1:A3)',
  formulaPlus: '+31 6 12345678',
  formulaMinus: '-korting van 10%',
  formulaAt: '@wethouder Vermeer',
  formulaHyperlink: '=HYPERLINK("http://example.org","klik")',
  diacritics: 'Privé-gegevens, één coöperatie, naïef, Curaçao, Ångström',
  markup: '<script>alert(1)</script> & <b>vet</b> ${x} {{y}} %s \\n',
};

/** Notes keep everything, including whitespace at the ends (no trim for rich text). */
const NOTES_ONLY: Record<string, string> = {
  megabyte: MEGABYTE_NOTE,
  edges: '\n\n  ingesprongen en met witruimte aan het eind \t\n',
};

describe('hostile text round-trips exactly', () => {
  it.each(Object.entries({ ...HOSTILE, ...NOTES_ONLY }))(
    'interview notes: %s',
    async (_label, text) => {
      const json = JSON.stringify({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      });
      await t.must('interview:saveNotes', {
        engagementId,
        interviewId,
        questionId: questionIds[0],
        notes: { json, text },
      });
      await t.must('interview:saveNotes', {
        engagementId,
        interviewId,
        questionId: null,
        notes: { json, text },
      });
      const back = await t.must('interview:get', { engagementId, id: interviewId });
      expect(back.questions[0]!.notes.text === text).toBe(true);
      expect(back.questions[0]!.notes.json === json).toBe(true);
      expect(back.freeNotes.text === text).toBe(true);
    },
  );

  it.each(Object.entries(HOSTILE))('finding, passage and stakeholder: %s', async (_label, text) => {
    const finding = await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: text, quote: text, kind: 'citaat' },
    });
    const passage = await t.must('passage:create', {
      engagementId,
      documentId,
      fields: { text, note: text },
    });
    const person = await t.must('stakeholder:create', {
      engagementId,
      fields: { name: text, group: 'extern', jobTitle: text, department: text },
    });
    const findings = await t.must('finding:list', { engagementId });
    const f = findings.find((x) => x.id === finding.id)!;
    expect([f.statement === text, f.quote === text]).toEqual([true, true]);
    const doc = await t.must('document:get', { engagementId, id: documentId });
    const p = doc.passages.find((x) => x.id === passage.id)!;
    expect([p.text === text, p.note === text]).toEqual([true, true]);
    const people = await t.must('stakeholder:list', { engagementId });
    const s = people.find((x) => x.id === person.id)!;
    expect([s.name === text, s.jobTitle === text, s.department === text]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('refuses a lone surrogate instead of storing U+FFFD in its place', async () => {
    const broken = 'half \uD83D emoji';
    const attempts = [
      t.core.call('interview:saveNotes', {
        engagementId,
        interviewId,
        questionId: null,
        notes: { json: '{}', text: broken },
      }),
      t.core.call('finding:create', {
        engagementId,
        source: { type: 'direct' },
        fields: { statement: broken, kind: 'risico' },
      }),
      t.core.call('passage:create', { engagementId, documentId, fields: { text: broken } }),
      t.core.call('stakeholder:create', {
        engagementId,
        fields: { name: broken, group: 'extern' },
      }),
    ];
    const results = await Promise.all(attempts);
    expect(results.map((r) => (r.ok ? 'stored' : r.error.code))).toEqual(
      Array(4).fill('INVALID_INPUT'),
    );
    expect(results.map((r) => (r.ok ? null : r.error.path))).toEqual([
      'notes.text',
      'fields.statement',
      'fields.text',
      'fields.name',
    ]);
  });
});

describe('search keeps working on hostile text', () => {
  beforeAll(async () => {
    // Ensure every hostile text is in the index, also when the round-trip tests were filtered out.
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId,
      questionId: questionIds[1],
      notes: { json: '{}', text: Object.values(HOSTILE).join('\n') },
    });
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId,
      questionId: questionIds[2],
      notes: { json: '{}', text: MEGABYTE_NOTE },
    });
  });

  const snippetsFor = async (query: string) =>
    (await t.must('search:query', { engagementId, query, limit: 200 })).map((h) => h.snippet);

  it('finds a word glued to an emoji', async () => {
    for (const word of ['idee', 'regenboogwoord']) {
      const snippets = await snippetsFor(word);
      expect(
        snippets.some((s) => s.includes(`${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`)),
        word,
      ).toBe(true);
    }
  });

  it('finds an Arabic and a Hebrew word between bidi controls', async () => {
    expect(
      (await snippetsFor('البيانات')).some((s) =>
        s.includes(`${HIGHLIGHT_START}البيانات${HIGHLIGHT_END}`),
      ),
    ).toBe(true);
    expect(
      (await snippetsFor('נתונים')).some((s) =>
        s.includes(`${HIGHLIGHT_START}נתונים${HIGHLIGHT_END}`),
      ),
    ).toBe(true);
  });

  it('treats =SUM, +31 and @ as text, not as query syntax', async () => {
    expect(
      (await snippetsFor('=SUM')).some((s) => s.includes(`${HIGHLIGHT_START}SUM${HIGHLIGHT_END}`)),
    ).toBe(true);
    expect(
      (await snippetsFor('@wethouder')).some((s) =>
        s.includes(`${HIGHLIGHT_START}wethouder${HIGHLIGHT_END}`),
      ),
    ).toBe(true);
    expect((await snippetsFor('+31')).length).toBeGreaterThan(0);
  });

  it('finds the last word of a 1 MB note, and a word after a NUL', async () => {
    const hits = await t.must('search:query', { engagementId, query: 'slotwoordmegabyte' });
    expect(hits.map((h) => h.questionId)).toContain(questionIds[2]);
    expect(
      (await snippetsFor('na')).some((s) => s.includes(`${HIGHLIGHT_START}na${HIGHLIGHT_END}`)),
    ).toBe(true);
  });

  it('finds prive in privé after control characters', async () => {
    const snippets = await snippetsFor('prive');
    expect(snippets.some((s) => s.includes(`${HIGHLIGHT_START}Privé${HIGHLIGHT_END}`))).toBe(true);
  });
});
