import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextCleaner } from '../../src/main/export/safe-text.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { readDocx } from './docx-read.js';
import { exportThroughCore } from './export-run.js';

// What a consultant may paste into notes and findings, and Word must still open the file: control
// characters, U+FFFE/U+FFFF, lone surrogates, a spreadsheet formula, emoji, right-to-left text,
// markup-looking text, a megabyte of notes. Rich formatting must come through as Word's own.

const HOSTILE = `a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i =cmd|' /C calc'!A0 😀👩‍💻 שלום עולם مرحبا <w:p>&amp;</w:t> ]]> "q" 'a'`;

/** The core refuses lone surrogates in plain strings; inside notes JSON they arrive escaped (\\ud800). */
const WELL_FORMED = HOSTILE.replace(/\p{Cs}/gu, '');

let t: TempCore;
let engagementId: string;
let interviewId: string;

const para = (text: string, marks: string[] = []) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks: marks.map((type) => ({ type })) }],
});
const item = (text: string, nested?: object) => ({
  type: 'listItem',
  content: [para(text), ...(nested ? [nested] : [])],
});

const richDoc = {
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Kopje in de notities' }],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Vet ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'schuin', marks: [{ type: 'italic' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'na de regelafbreking' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        item('punt een', { type: 'bulletList', content: [item('genest punt')] }),
        item('punt twee'),
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [item('eerste stap'), item('tweede stap')],
    },
    { type: 'blockquote', content: [para('“We hebben 140 applicaties.”')] },
    { type: 'orderedList', content: [item('nieuwe lijst begint weer bij 1')] },
    { type: 'mysteryNode', content: [para('onbekende node houdt zijn tekst')] },
    para(HOSTILE),
  ],
};

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (
    await t.must('engagement:create', {
      fields: { clientName: `'s-Hertogenbosch: "Zuid"/<Noord>?*|`, title: 'Visie' },
    })
  ).engagementId;
  const person = await t.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Ilse Vermeer', group: 'wethouder' },
  });
  const interview = await t.must('interview:create', {
    engagementId,
    fields: { title: `Wethouder =cmd|' /C calc'!A0 😀 שלום <w:p>`, participantIds: [person.id] },
  });
  interviewId = interview.id;
  const first = interview.questions[0];
  if (!first) throw new Error('no question');
  await t.must('interview:saveNotes', {
    engagementId,
    interviewId,
    questionId: first.id,
    notes: { json: JSON.stringify(richDoc), text: 'rich' },
  });
  // A megabyte of notes, as a long pasted transcript, with hostile characters spread through it.
  const lines = Array.from(
    { length: 1000 },
    (_, i) =>
      `Regel ${i}: ${'lorem ipsum dolor sit amet '.repeat(36)}${i % 100 === 0 ? HOSTILE : ''}`,
  );
  const json = JSON.stringify({ type: 'doc', content: lines.map((l) => para(l)) });
  await t.must('interview:saveNotes', {
    engagementId,
    interviewId,
    questionId: null,
    notes: { json, text: lines.join('\n').replace(/\p{Cs}/gu, '') },
  });
  await t.must('finding:create', {
    engagementId,
    source: { type: 'direct' },
    fields: {
      statement: `Stelling ${WELL_FORMED}`,
      quote: WELL_FORMED,
      kind: 'risico',
      group: 'raadslid',
    },
  });
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

describe('Word exports with hostile and rich text', () => {
  it('interview report: well-formed XML, every text back minus only the removed characters, formatting as Word styles', async () => {
    const { bytes, fileName, removedCharacters } = await exportThroughCore(
      t,
      engagementId,
      'interview-report',
      {},
      interviewId,
    );
    expect(fileName).toMatch(
      /^interviewverslag-r01-s-hertogenbosch-zuid-noord-\d{4}-\d{2}-\d{2}\.docx$/,
    );
    const content = await readDocx(bytes);
    // The stored text (SQLite may have replaced lone surrogates) minus what XML forbids.
    const stored = await t.must('interview:get', { engagementId, id: interviewId });
    const expected = new TextCleaner();
    const firstNotes = JSON.parse(stored.questions[0]?.notes.json ?? '{}') as typeof richDoc;
    const hostile = expected.xml(
      (firstNotes.content.at(-1) as ReturnType<typeof para>).content[0]?.text ?? '',
    );
    const free = (
      JSON.parse(stored.freeNotes.json) as { content: ReturnType<typeof para>[] }
    ).content.map((p) => expected.xml(p.content[0]?.text ?? ''));
    const titleCleaned = expected.xml(stored.title);
    expect(hostile).toContain('=cmd|');
    expect(hostile).toContain('😀👩‍💻 שלום עולם مرحبا');
    const texts = content.paragraphs.map((p) => p.text);
    expect(texts).toContain(hostile);
    for (const line of free) expect(texts).toContain(line);
    expect(content.tables[0]?.[0]?.[1]).toBe(titleCleaned);
    expect(removedCharacters).toBeGreaterThanOrEqual(expected.removed);
    expect(removedCharacters).toBeGreaterThan(0);

    const styleOf = (text: string) => content.paragraphs.find((p) => p.text === text);
    expect(styleOf('Kopje in de notities')?.style).toBe('Heading4');
    expect(styleOf('Vet schuin\nna de regelafbreking')).toBeDefined();
    expect(content.documentXml).toMatch(
      /<w:b\/>(<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">Vet <\/w:t>/,
    );
    expect(content.documentXml).toMatch(
      /<w:i\/>(<w:iCs\/>)?<\/w:rPr><w:t xml:space="preserve">schuin<\/w:t>/,
    );
    for (const text of [
      'punt een',
      'genest punt',
      'punt twee',
      'eerste stap',
      'tweede stap',
      'nieuwe lijst begint weer bij 1',
    ])
      expect(styleOf(text)?.numbered, text).toBe(true);
    expect(styleOf('“We hebben 140 applicaties.”')?.style).toBe('Quote');
    expect(styleOf('onbekende node houdt zijn tekst')).toBeDefined();
    // Two numbered lists are two Word list instances, so the second starts at 1 again.
    const numIds = [
      ...content.documentXml.matchAll(
        /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g,
      ),
    ].map((m) => `${m[1]}:${m[2]}`);
    expect(numIds).toContain('1:' + (numIds[0]?.split(':')[1] ?? ''));
    expect(new Set(numIds.map((n) => n.split(':')[1])).size).toBe(3);
  });

  it('findings report: the hostile statement and quote come back cleaned, the file opens', async () => {
    const { bytes, fileName } = await exportThroughCore(t, engagementId, 'findings-report', {
      language: 'en',
    });
    expect(fileName).toMatch(
      /^findings-report-s-hertogenbosch-zuid-noord-\d{4}-\d{2}-\d{2}\.docx$/,
    );
    const content = await readDocx(bytes);
    const [finding] = await t.must('finding:list', { engagementId });
    const clean = new TextCleaner();
    const texts = content.paragraphs.map((p) => p.text);
    expect(texts).toContain(clean.xml(finding?.statement ?? ''));
    expect(texts).toContain(`“${clean.xml(finding?.quote ?? '')}”`);
    expect(content.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain(
      'Without a theme',
    );
  });
});
