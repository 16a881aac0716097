import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/domain/finding.js';
import { makeRun } from '../../src/main/export/run-builder.js';
import { TextCleaner } from '../../src/main/export/safe-text.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';
import {
  buildFindingsReport,
  type FindingsMode,
} from '../../src/main/export/word/findings-report.docx.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { readDocx, type DocxContent } from './docx-read.js';
import { expectSameXml, renumbered } from './docx-compare.js';
import { findingsSnapshot } from './export-run.js';

// A large findings report writes its findings as WordprocessingML text instead of docx objects
// (word-raw.ts) and zips the package itself (word-package.ts). A reader must not be able to
// tell: the same paragraphs, styles, runs and text as docx writes, byte for byte.

const HOSTILE = `a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i & < > " ' ]]> <w:p>&amp;</w:t> 😀👩‍💻 שלום עולם مرحبا`;

let t: TempCore;
let demo: EngagementSnapshot;

beforeAll(async () => {
  t = await startTempCore();
  const { engagementId } = await t.must('demo:create', {});
  demo = await findingsSnapshot(t, engagementId);
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

/** Findings the core would refuse (lone surrogates) go straight into the snapshot. */
function hostileFindings(base: Finding): Finding[] {
  const texts: [string, string][] = [
    [`Stelling ${HOSTILE}`, HOSTILE],
    ['=SUM(A1:A9)', '+31 6 1234 5678'],
    ['-min', '@iedereen'],
    ['  spaties  ervoor en erna  ', 'regel een\r\nregel twee\rregel drie\n\nregel vijf\ttab'],
    ['met\ttab\nen regel', '   '],
    ['leeg citaat', ''],
  ];
  return texts.map(([statement, quote], i) => ({
    ...base,
    id: `${base.id.slice(0, -4)}${String(9000 + i)}`,
    statement,
    quote,
    importance: 1 + (i % 3),
  }));
}

async function build(
  snapshot: EngagementSnapshot,
  mode: FindingsMode,
  language: 'nl' | 'en' = 'nl',
  progress: (f: number) => void = () => {},
  signal = new AbortController().signal,
) {
  const run = makeRun(
    {
      type: 'findings-report',
      snapshot,
      options: { useNames: false, confidential: false, language },
    },
    progress,
    signal,
  );
  const bytes = await buildFindingsReport(run, mode);
  return { bytes, removed: run.text.removed };
}

/** Every part but word/document.xml (compared apart) and the creation time in the core properties. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (name === 'word/document.xml') continue;
    const text = await entry.async('string');
    out.set(
      name,
      name === 'docProps/core.xml'
        ? text.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>')
        : renumbered(text),
    );
  }
  return out;
}

function expectSameDocument(objects: DocxContent, raw: DocxContent) {
  expect(raw.paragraphs.length).toBe(objects.paragraphs.length);
  raw.paragraphs.forEach((p, i) => expect(p, `paragraph ${i}`).toEqual(objects.paragraphs[i]));
  expect(raw.tables).toEqual(objects.tables);
  // Byte for byte, but for docx's running counters.
  expectSameXml(renumbered(raw.documentXml), renumbered(objects.documentXml), 'word/document.xml');
}

describe('findings report written as raw WordprocessingML', () => {
  it.each(['nl', 'en'] as const)(
    'gives the same document as docx objects for the demo (%s)',
    async (language) => {
      const objects = await build(demo, 'objects', language);
      const raw = await build(demo, 'raw', language);
      const [a, b] = [await readDocx(objects.bytes), await readDocx(raw.bytes)];
      expectSameDocument(a, b);
      expect(await parts(raw.bytes)).toEqual(await parts(objects.bytes));
      expect(raw.removed).toBe(objects.removed);
      // The demo's findings are all there, each statement bold in its own paragraph.
      for (const finding of demo.findings) {
        const statement = b.paragraphs.find((p) => p.text === finding.statement);
        expect(
          statement?.runs.every((r) => r.bold),
          finding.statement,
        ).toBe(true);
      }
      // [Content_Types].xml first, as Word writes it.
      expect(Object.keys((await JSZip.loadAsync(raw.bytes)).files)[0]).toBe('[Content_Types].xml');
    },
  );

  it('gives hostile text back exactly, minus only the characters XML forbids', async () => {
    const [first] = demo.findings;
    if (!first) throw new Error('no findings');
    const hostile = hostileFindings(first);
    const snapshot = { ...demo, findings: [...demo.findings, ...hostile] };
    const objects = await build(snapshot, 'objects');
    const raw = await build(snapshot, 'raw');
    const a = await readDocx(objects.bytes);
    const b = await readDocx(raw.bytes);
    expectSameDocument(a, b);
    expect(raw.removed).toBe(objects.removed);
    expect(raw.removed).toBeGreaterThan(0);

    const clean = (text: string) => new TextCleaner().xml(text).replace(/\r\n|\r/g, '\n');
    // A finding appears once under each of its themes.
    const times = first.themeIds.length || 1;
    for (const finding of hostile) {
      const statement = b.paragraphs.filter((p) => p.text === clean(finding.statement));
      expect(statement, finding.statement).toHaveLength(times);
      expect(statement[0]?.style).toBeNull();
      expect(statement[0]?.runs.every((r) => r.bold)).toBe(true);
      expect(statement[0]?.runs).toHaveLength(clean(finding.statement).split('\n').length);
      if (finding.quote.trim() === '') continue;
      const quote = b.paragraphs.filter((p) => p.text === `“${clean(finding.quote)}”`);
      expect(quote, finding.quote).toHaveLength(times);
      expect(quote[0]?.style).toBe('Quote');
      expect(quote[0]?.runs.some((r) => r.bold)).toBe(false);
    }
    expect(b.paragraphs.map((p) => p.text)).toContain(`“${clean(HOSTILE)}”`);
    expect(clean(HOSTILE)).toContain(`& < > " ' ]]> <w:p>&amp;</w:t> 😀👩‍💻 שלום עולם مرحبا`);
    // A blank quote gets no paragraph, as with docx objects.
    expect(b.paragraphs.filter((p) => p.text === '“   ”')).toHaveLength(0);
  });

  it('is chosen for a large report, which comes out the same as with docx objects', async () => {
    const findings = Array.from({ length: 1600 }, (_, i) => {
      const f = demo.findings[i % demo.findings.length] as Finding;
      return {
        ...f,
        id: `${f.id.slice(0, -6)}${String(i).padStart(6, '0')}`,
        statement: `${i}: ${f.statement}`,
      };
    });
    const snapshot = { ...demo, findings };
    const auto = await readDocx((await build(snapshot, 'auto')).bytes);
    const objects = await readDocx((await build(snapshot, 'objects')).bytes);
    expectSameDocument(objects, auto);
  }, 120_000);

  it('moves progress while it writes and stops when cancelled', async () => {
    const seen: number[] = [];
    await build(demo, 'raw', 'nl', (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(seen.at(-1)).toBeGreaterThan(0.9);

    const controller = new AbortController();
    const cancelled = build(
      demo,
      'raw',
      'nl',
      (f) => {
        if (f > 0.2) controller.abort(new Error('geannuleerd'));
      },
      controller.signal,
    );
    await expect(cancelled).rejects.toThrow('geannuleerd');
  });
});
