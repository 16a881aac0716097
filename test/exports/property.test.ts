import { unquote } from '../../src/shared/text/quote.js';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportTypeInfo } from '../../src/shared/domain/export.js';
import { TextCleaner } from '../../src/main/export/safe-text.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { exportThroughCore } from './export-run.js';
import { formulaCells, loadWorkbook, parseAllXmlParts } from './xlsx-read.js';

// Arbitrary Unicode, and the text that breaks exports in practice, pushed through interview
// notes and findings into every registered document type. One core and one engagement serve
// every run; each run overwrites the same records.

const RUNS = 25;

const FORMULA_STARTS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  ' =',
  '   +',
  ' \t@',
  '\r\n=',
  '  -1',
  '=HYPERLINK("http://x")',
];
const HOSTILE_PIECES = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '😀',
  '\u200B',
  '\u2028',
  '_x0041_',
  '_x000D_',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '<',
  '&',
  '&amp;',
  ']]>',
  '"',
  "'",
];

const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(...HOSTILE_PIECES),
      fc.constantFrom(...FORMULA_STARTS),
    ),
    { maxLength: 15 },
  )
  .map((parts) => parts.join(''));

const arbitraryText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...FORMULA_STARTS), hostile)
      .map(([start, rest]) => start + rest),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(hostile, fc.integer({ min: 40_000, max: 41_000 }))
      .map(([piece, length]) =>
        (piece + 'één 😀 ').repeat(Math.ceil(length / (piece.length + 7))).slice(0, length),
      ),
  },
);

let t: TempCore;
let engagementId: string;
let stakeholderId: string;
let interviewId: string;
let questionId: string;
let findingId: string;
let tableId: string;
let inputId: string;
let statementId: string;
let types: ExportTypeInfo[];

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (
    await t.must('engagement:create', {
      fields: { clientName: "'s-Hertogenbosch", title: 'Visie' },
    })
  ).engagementId;
  stakeholderId = (
    await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Ilse Vermeer', group: 'wethouder' },
    })
  ).id;
  const guide = await t.must('interview:guide', { engagementId });
  const interview = await t.must('interview:create', {
    engagementId,
    fields: {
      title: 'Interview',
      scheduledAt: '2026-03-10T10:00',
      participantIds: [stakeholderId],
    },
    guideQuestionIds: guide.slice(0, 1).map((q) => q.id),
  });
  interviewId = interview.id;
  questionId = interview.questions[0]?.id ?? '';
  findingId = (
    await t.must('finding:create', {
      engagementId,
      source: { type: 'interview', interviewId, questionId },
      fields: { statement: 'x', kind: 'risico' },
    })
  ).id;
  const session = await t.must('session:create', {
    engagementId,
    type: 'world-cafe',
    withAgenda: false,
    fields: { title: 'Sessie', scheduledAt: '2026-03-12T19:30' },
  });
  tableId = (
    await t.must('session:addPart', {
      engagementId,
      sessionId: session.id,
      kind: 'tafel',
      fields: { title: 'Tafel' },
    })
  ).parts[0]!.id;
  inputId = (
    await t.must('session:addInput', { engagementId, partId: tableId, round: 1, text: 'x' })
  ).id;
  const withStatement = await t.must('session:addPart', {
    engagementId,
    sessionId: session.id,
    kind: 'stelling',
    fields: { title: 'Stelling' },
  });
  statementId = withStatement.parts.find((p) => p.kind === 'stelling')!.id;
  await t.must('session:tallySet', {
    engagementId,
    partId: statementId,
    round: 1,
    eens: 2,
    oneens: 1,
    neutraal: 0,
  });
  types = await t.must('export:types', {});
}, 60_000);
afterAll(async () => {
  await t?.dispose();
});

const clean = (text: string) => new TextCleaner().xml(text);
const LONE = /\p{Cs}/u;
const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '');
/** Cut to a length without leaving half of a surrogate pair. */
const cut = (text: string, max: number) => wellFormed(text.slice(0, max));
/** Word turns line breaks (also U+2028/2029) and tabs into elements of their own; compare the text around them. */
const flat = (text: string) => text.replace(/[\t\n\r\u0085\u2028\u2029]/g, '');
/** A required field is trimmed by the core and must not be blank. */
const required = (text: string, max: number) => cut(text.trim() === '' ? `x${text}` : text, max);

/** Equality that names the first differing position, readable even for 40,000 characters. */
function expectSame(actual: unknown, expected: string, label: string) {
  const text = typeof actual === 'string' ? actual : String(actual);
  if (text === expected) return;
  let i = 0;
  while (i < text.length && text[i] === expected[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 8), i + 8));
  expect.fail(
    `${label}: lengths ${text.length}/${expected.length}, first difference at ${i}: got ${around(text)}, want ${around(expected)}`,
  );
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const runs = doc.getElementsByTagName('w:t');
  let text = '';
  for (let i = 0; i < runs.length; i++) text += runs.item(i)?.textContent ?? '';
  return text;
}

describe('hostile text in every document type', () => {
  it('exports well-formed documents that give the text back exactly, minus only the removed characters', async () => {
    expect(types.map((x) => x.type)).toEqual(
      expect.arrayContaining([
        'findings-register',
        'interview-log',
        'stakeholder-register',
        'session-report',
        'statement-results',
      ]),
    );
    await fc.assert(
      fc.asyncProperty(arbitraryText, async (text) => {
        // The core refuses a lone surrogate (SQLite would silently store U+FFFD); the rest of the
        // text goes in without them. The builders get lone surrogates in excel-builders.test.ts.
        const probe = text.slice(0, 20_000);
        if (LONE.test(probe)) {
          const refused = await t.core.call('finding:update', {
            engagementId,
            id: findingId,
            fields: { quote: probe },
          });
          expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
        }
        const input = wellFormed(text);
        const notesDoc = {
          type: 'doc',
          content: [
            { type: 'paragraph', content: input === '' ? [] : [{ type: 'text', text: input }] },
          ],
        };
        await t.must('interview:saveNotes', {
          engagementId,
          interviewId,
          questionId,
          notes: { json: JSON.stringify(notesDoc), text: input },
        });
        await t.must('interview:update', {
          engagementId,
          id: interviewId,
          fields: { title: required(input, 300) },
        });
        await t.must('stakeholder:update', {
          engagementId,
          id: stakeholderId,
          fields: { jobTitle: cut(input, 200) },
        });
        await t.must('finding:update', {
          engagementId,
          id: findingId,
          fields: { statement: required(input, 2000), quote: cut(input, 20_000) },
        });
        await t.must('session:saveInput', { engagementId, inputId, text: cut(input, 20_000) });
        await t.must('session:updatePart', {
          engagementId,
          partId: statementId,
          fields: { title: required(input, 500) },
        });
        // What the core stored (trimmed, and SQLite's UTF-8 has no lone surrogates) is what an
        // export must reproduce.
        const [finding] = await t.must('finding:list', { engagementId });
        const interview = await t.must('interview:get', { engagementId, id: interviewId });
        const [stakeholder] = await t.must('stakeholder:list', { engagementId });
        const notes = interview.questions[0]?.notes.json ?? '';
        const storedNote =
          (JSON.parse(notes) as typeof notesDoc).content[0]?.content[0]?.text ?? '';
        const [summary] = await t.must('session:list', { engagementId });
        const session = await t.must('session:get', { engagementId, id: summary!.id });
        const storedInput = session.parts.find((p) => p.id === tableId)?.inputs[0]?.text ?? '';
        const storedStatement = session.parts.find((p) => p.id === statementId)?.title ?? '';
        if (!finding || !stakeholder) throw new Error('records missing');

        for (const { type, format, needsInterview } of types) {
          // The poster's files are drawings, not XML packages: hostile text on the poster is
          // checked in test/exports/vision-exports.test.ts and test/poster.
          if (format !== 'docx' && format !== 'xlsx') continue;
          const { bytes } = await exportThroughCore(
            t,
            engagementId,
            type,
            {},
            needsInterview ? interviewId : undefined,
          );
          const parts = await parseAllXmlParts(bytes);
          if (format === 'xlsx') {
            const workbook = await loadWorkbook(bytes);
            expect(formulaCells(workbook, parts), type).toEqual([]);
            const row = workbook.worksheets[0]?.getRow(2);
            const cell = (n: number) => row?.getCell(n).value ?? '';
            if (type === 'findings-register') {
              expectSame(cell(2), clean(finding.statement), 'statement');
              expectSame(cell(3), clean(finding.quote), 'quote');
            }
            if (type === 'interview-log') expectSame(cell(2), clean(interview.title), 'title');
            if (type === 'stakeholder-register')
              expectSame(cell(3), clean(stakeholder.jobTitle), 'job title');
            if (type === 'statement-results') {
              expectSame(cell(4), clean(storedStatement), 'statement');
              expect([cell(6), cell(8), cell(9)]).toEqual([2, 1, 3]);
            }
          } else {
            const body = flat(await docxText(bytes));
            if (type === 'interview-report') expect(body).toContain(flat(clean(storedNote)));
            if (type === 'findings-report') {
              expect(body).toContain(flat(clean(finding.statement)));
              // The report puts the quote between its own marks, without the user's outer marks
              // and outer white space (unquote, unit-tested in src/shared/text).
              expect(body).toContain(flat(clean(unquote(finding.quote))));
            }
            if (type === 'session-report') {
              expect(body).toContain(flat(clean(storedInput)));
              expect(body).toContain(flat(clean(storedStatement)));
            }
          }
        }
      }),
      {
        numRuns: RUNS,
        endOnFailure: true,
        ...(process.env.FC_SEED
          ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH }
          : {}),
      },
    );
  }, 600_000);
});
