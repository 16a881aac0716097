import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRun } from '../../src/main/export/run-builder.js';
import {
  buildFindingsReport,
  type FindingsMode,
} from '../../src/main/export/word/findings-report.docx.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { readDocx } from './docx-read.js';
import { exportThroughCore, findingsSnapshot } from './export-run.js';

// A quote the consultant typed with its own quotation marks shows in Word between one pair of
// marks, never two: in the findings report (both ways it is written) and the document analysis.

let t: TempCore;
let engagementId: string;

const TYPED = [
  ['„Er is geen gedeelde visie op data.”', '“Er is geen gedeelde visie op data.”'],
  ['"Iedereen bouwt zijn eigen Excel".', '“Iedereen bouwt zijn eigen Excel.”'],
  ['‘Wij wachten op de wethouder’', '“Wij wachten op de wethouder”'],
  ['«Het plan is te vaag»', '“Het plan is te vaag”'],
  ['Het "nieuwe" werken stokt', '“Het "nieuwe" werken stokt”'],
] as const;

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (await t.must('demo:create', {})).engagementId;
  const findings = (await t.must('finding:list', { engagementId })).filter(
    (f) => f.themeIds.length > 0,
  );
  for (const [index, [typed]] of TYPED.entries()) {
    await t.must('finding:update', {
      engagementId,
      id: findings[index]!.id,
      fields: { quote: typed },
    });
  }
  const documents = await t.must('document:list', { engagementId });
  const withPassages = await Promise.all(
    documents.map((d) => t.must('document:get', { engagementId, id: d.id })),
  );
  const passage = withPassages.flatMap((d) => d.passages)[0]!;
  await t.must('passage:update', {
    engagementId,
    id: passage.id,
    fields: { text: '“Wij kiezen voor de inwoner.”' },
  });
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

const quoteParagraphs = async (bytes: Uint8Array): Promise<string[]> =>
  (await readDocx(bytes)).paragraphs.filter((p) => p.style === 'Quote').map((p) => p.text);

/** No paragraph starts or ends with two quotation marks. */
function expectOnePair(quotes: string[]) {
  for (const q of quotes) {
    expect(q, q).not.toMatch(/^[“"„‘'«][“"„‘'«»]|[”"“’'»][”"“’'»]$/u);
  }
}

describe('quotes typed with their own quotation marks', () => {
  it.each(['objects', 'raw'] as FindingsMode[])(
    'show one pair in the findings report (%s)',
    async (mode) => {
      const snapshot = await findingsSnapshot(t, engagementId);
      const run = makeRun(
        {
          type: 'findings-report',
          snapshot,
          options: { useNames: false, confidential: false, language: 'nl' },
        },
        () => {},
        new AbortController().signal,
      );
      const quotes = await quoteParagraphs(await buildFindingsReport(run, mode));
      for (const [, shown] of TYPED) expect(quotes).toContain(shown);
      expectOnePair(quotes);
    },
  );

  it('show one pair in the document analysis', async () => {
    const { bytes } = await exportThroughCore(t, engagementId, 'document-analysis', {
      language: 'nl',
    });
    const quotes = await quoteParagraphs(bytes);
    expect(quotes).toContain('“Wij kiezen voor de inwoner.”');
    expectOnePair(quotes);
  });
});
