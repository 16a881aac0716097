import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../src/shared/domain/document.js';
import type { Finding } from '../../src/shared/domain/finding.js';
import type { Interview } from '../../src/shared/domain/interview.js';
import type { Stakeholder } from '../../src/shared/domain/stakeholder.js';
import type { Language } from '../../src/shared/domain/common.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { headings, readDocx, type DocxContent } from './docx-read.js';
import { exportThroughCore } from './export-run.js';
import { namePseudonymiser } from '../../src/main/export/pseudonymise-text.js';

let t: TempCore;
let engagementId: string;
let stakeholders: Stakeholder[];
let interviews: Interview[];
let findings: Finding[];
let documents: DocumentDetail[];

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (await t.must('demo:create', {})).engagementId;
  stakeholders = await t.must('stakeholder:list', { engagementId });
  const list = await t.must('interview:list', { engagementId });
  interviews = await Promise.all(
    list.map((i) => t.must('interview:get', { engagementId, id: i.id })),
  );
  findings = await t.must('finding:list', { engagementId });
  const docs = await t.must('document:list', { engagementId });
  documents = await Promise.all(
    docs.map((d) => t.must('document:get', { engagementId, id: d.id })),
  );
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

const texts = {
  nl: {
    interview: [
      'Gespreksgegevens',
      'Vragen en aantekeningen',
      'Overige aantekeningen',
      'Reactie en akkoord',
    ],
    findings: ['Inleiding', 'Bevindingen per thema', 'Thema’s per groep'],
    documents: ['Inleiding', 'Overzicht van documenten', 'Analyse per document'],
    question: 'Vraag',
    total: 'Totaal',
    draft: 'concept',
    month:
      /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d/,
  },
  en: {
    interview: ['About the interview', 'Questions and notes', 'Other notes', 'Review and approval'],
    findings: ['Introduction', 'Findings by theme', 'Themes by group'],
    documents: ['Introduction', 'Documents analysed', 'Analysis per document'],
    question: 'Question',
    total: 'Total',
    draft: 'draft',
    month:
      /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d/,
  },
} as const;

/** KOERS_KEEP_EXPORTS=dir keeps each document, to open it in Word or LibreOffice by hand. */
function keep(fileName: string, bytes: Uint8Array, language: Language) {
  const dir = process.env.KOERS_KEEP_EXPORTS;
  if (dir) fs.writeFileSync(path.join(dir, `${language}-${fileName}`), bytes);
}

function allText(content: DocxContent): string {
  return content.paragraphs.map((p) => p.text).join('\n');
}

/** No stakeholder's full name anywhere in the body, headers, footers or properties. */
function expectNoNames(content: DocxContent) {
  const xml = [...content.parts.values()].join('\n');
  for (const s of stakeholders) expect(xml, s.name).not.toContain(s.name);
}

function expectHouseStyle(content: DocxContent, language: Language) {
  const styles = content.parts.get('word/styles.xml') ?? '';
  for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Caption', 'Quote', 'KoersTabel'])
    expect(styles).toContain(`w:styleId="${id}"`);
  // The demo's primary colour in the heading style and the table header, its font as the default.
  expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:color w:val="0B5563"/i);
  expect(styles).toMatch(/w:rFonts w:ascii="Open Sans"/);
  expect(content.parts.get('word/settings.xml')).toMatch(
    /<w:updateFields( w:val="(true|1|on)")?\/>/,
  );
  const header = [...content.parts]
    .filter(([n]) => /^word\/header\d*\.xml$/.test(n))
    .map(([, x]) => x)
    .join('');
  expect(header).toContain('Gemeente Dijkhaven');
  const footer = [...content.parts]
    .filter(([n]) => /^word\/footer\d*\.xml$/.test(n))
    .map(([, x]) => x)
    .join('');
  expect(footer).toMatch(/PAGE/);
  expect(footer).toMatch(/NUMPAGES/);
  expect(footer).toContain(language === 'nl' ? 'Pagina ' : 'Page ');
  expect(content.documentXml).toMatch(/TOC \\h \\o (&quot;|")1-[23](&quot;|")/);
  // The SVG logo with its PNG stand-in, on the cover and in the header.
  expect(content.documentXml).toContain('asvg:svgBlip');
  expect(content.paragraphs.some((p) => p.style === 'Title')).toBe(true);
}

describe.each(['nl', 'en'] as const)('Word exports of the demo engagement (%s)', (language) => {
  const l = texts[language];

  it('interview report: meta table, every discussed question as Heading 2 with its notes, review section', async () => {
    const interview = interviews.find(
      (i) => i.participants.length === 1 && i.questions.some((q) => q.notes.text.trim() !== ''),
    );
    if (!interview) throw new Error('demo has no interview with one interviewee');
    const pseudonym = interview.participants[0]?.pseudonym ?? '';
    const { bytes, fileName } = await exportThroughCore(
      t,
      engagementId,
      'interview-report',
      { language },
      interview.id,
    );
    expect(fileName).toMatch(
      new RegExp(
        `^${language === 'nl' ? 'interviewverslag' : 'interview-report'}-${pseudonym.toLowerCase()}-gemeente-dijkhaven-\\d{4}-\\d{2}-\\d{2}\\.docx$`,
      ),
    );
    keep(fileName, bytes, language);
    const content = await readDocx(bytes);
    expectHouseStyle(content, language);
    expectNoNames(content);
    const h1 = headings(content, 1);
    expect(h1).toEqual(
      interview.freeNotes.text.trim()
        ? l.interview
        : l.interview.filter((h) => h !== l.interview[2]),
    );
    const discussed = interview.questions.filter((q) => q.notes.text.trim() !== '');
    expect(headings(content, 2)).toEqual(
      discussed.map((q) => `${l.question} ${q.position + 1}. ${q.text}`),
    );
    const text = allText(content);
    // Known names in the notes are replaced by pseudonyms, as everywhere in a shared document.
    const hide = namePseudonymiser(stakeholders);
    for (const q of discussed)
      for (const para of q.notes.text.split(/\n+/).filter(Boolean))
        expect(text).toContain(hide(para));
    // The meta table names the interviewee by pseudonym, and the cover carries the date and version.
    const meta = content.tables[0] ?? [];
    expect(meta.map((row) => row[1]).join('|')).toContain(pseudonym);
    expect(meta.map((row) => row[1])).toContain(interview.location);
    expect(text).toMatch(l.month);
    expect(text).toContain(l.draft);
  });

  it('findings report: themes as Heading 2, kinds as Heading 3, every finding with its source, the matrix with totals', async () => {
    const { bytes, fileName } = await exportThroughCore(t, engagementId, 'findings-report', {
      language,
    });
    expect(fileName).toMatch(
      language === 'nl'
        ? /^bevindingenrapport-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/
        : /^findings-report-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/,
    );
    keep(fileName, bytes, language);
    const content = await readDocx(bytes);
    expectHouseStyle(content, language);
    expectNoNames(content);
    expect(headings(content, 1)).toEqual([...l.findings.slice(0, 2), l.findings[2]]);
    const themes = await t.must('theme:list', { engagementId });
    const used = themes.filter((th) => findings.some((f) => f.themeIds.includes(th.id)));
    expect(headings(content, 2)[0]).toBe(
      language === 'nl' ? 'Bevindingen per soort' : 'Findings by kind',
    );
    expect(headings(content, 2).slice(1, used.length + 1)).toEqual(
      used.sort((a, b) => a.sortOrder - b.sortOrder).map((th) => `■ ${th.name}`),
    );
    expect(headings(content, 3).length).toBeGreaterThanOrEqual(used.length);
    const text = allText(content);
    // The introduction counts the engagement's interviews and documents, though this report
    // reads neither of them into its snapshot.
    const interviewCount = (await t.must('interview:list', { engagementId })).length;
    const documentCount = (await t.must('document:list', { engagementId })).length;
    expect(interviewCount).toBeGreaterThan(0);
    expect(text).toContain(
      language === 'nl'
        ? `${findings.length} bevindingen vastgelegd, uit ${interviewCount} interviews en ${documentCount} documenten`
        : `${findings.length} findings were recorded, from ${interviewCount} interviews and ${documentCount} documents`,
    );
    // Known names in statements and quotes are replaced (the demo's "Rik vroeg …").
    const hide = namePseudonymiser(stakeholders);
    for (const f of findings) expect(text).toContain(hide(f.statement));
    const quotes = content.paragraphs.filter((p) => p.style === 'Quote').map((p) => p.text);
    for (const f of findings.filter((f) => f.quote)) expect(quotes).toContain(`“${hide(f.quote)}”`);
    expect(findings.some((f) => hide(f.quote) !== f.quote)).toBe(true);
    const fromQuestion = findings.find(
      (f) => f.source.type === 'interview' && f.source.questionNumber !== null,
    );
    if (fromQuestion) {
      const who = [...fromQuestion.source.pseudonyms].sort().join(', ');
      expect(text).toContain(
        language === 'nl'
          ? `Interview ${who}, vraag ${fromQuestion.source.questionNumber}`
          : `Interview ${who}, question ${fromQuestion.source.questionNumber}`,
      );
    }
    const fromPage = findings.find((f) => f.source.type === 'passage' && f.source.page !== null);
    if (fromPage)
      expect(text).toContain(`${fromPage.source.documentTitle}, p. ${fromPage.source.page}`);
    // The matrix: a row per theme plus totals; its grand total is the number of theme codings.
    const matrix = content.tables.find(
      (tbl) => tbl[0]?.[0] === (language === 'nl' ? 'Thema' : 'Theme'),
    );
    if (!matrix) throw new Error('no matrix table');
    expect(matrix.length).toBe(themes.length + 2);
    const last = matrix[matrix.length - 1] ?? [];
    expect(last[0]).toBe(l.total);
    const codings = findings.reduce((n, f) => n + new Set(f.themeIds).size, 0);
    expect(Number(last[last.length - 1])).toBe(codings);
    const kinds = content.tables.find((tbl) => tbl.length === 8);
    expect(kinds?.[7]).toEqual([l.total, String(findings.length)]);
  });

  it('document analysis: the register as a table, per document its summary and passages in the quote style', async () => {
    const { bytes, fileName } = await exportThroughCore(t, engagementId, 'document-analysis', {
      language,
    });
    expect(fileName).toMatch(
      language === 'nl'
        ? /^documentanalyse-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/
        : /^document-analysis-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/,
    );
    keep(fileName, bytes, language);
    const content = await readDocx(bytes);
    expectHouseStyle(content, language);
    expect(headings(content, 1)).toEqual(l.documents);
    const register = content.tables[0] ?? [];
    expect(register.length).toBe(documents.length + 1);
    expect(
      register
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(documents.map((d) => d.title).sort());
    expect([...headings(content, 2)].sort()).toEqual(documents.map((d) => d.title).sort());
    const quotes = content.paragraphs.filter((p) => p.style === 'Quote').map((p) => p.text);
    for (const d of documents) for (const p of d.passages) expect(quotes).toContain(`“${p.text}”`);
    const text = allText(content);
    for (const d of documents) if (d.summary) expect(text).toContain(d.summary.split(/\n/)[0]);
  });
});

describe('Word export options', () => {
  it('with names: the names appear, with a visible warning; confidential and a version show on the cover and in the header', async () => {
    const interview = interviews.find((i) => i.participants.length > 0);
    if (!interview) throw new Error('no interview');
    const { bytes, fileName } = await exportThroughCore(
      t,
      engagementId,
      'interview-report',
      { useNames: true, confidential: true, version: 'concept 0.2' },
      interview.id,
    );
    // The file name carries the version, and pseudonyms even with names: it shows in mail.
    const pseudonyms = interview.participants.map((p) => p.pseudonym.toLowerCase()).join('-');
    expect(fileName).toMatch(
      new RegExp(
        `^interviewverslag-${pseudonyms}-gemeente-dijkhaven-concept-0\\.2-\\d{4}-\\d{2}-\\d{2}\\.docx$`,
      ),
    );
    for (const p of interview.participants)
      for (const part of p.name.toLowerCase().split(' '))
        if (part.length > 3) expect(fileName).not.toContain(part);
    const content = await readDocx(bytes);
    const text = allText(content);
    for (const p of interview.participants) expect(text).toContain(`${p.name} (${p.pseudonym})`);
    expect(
      content.paragraphs.some((p) => p.style === 'KoersWaarschuwing' && p.text.includes('namen')),
    ).toBe(true);
    expect(text).toContain('VERTROUWELIJK');
    expect(text).toContain('concept 0.2');
    const header = [...content.parts]
      .filter(([n]) => /^word\/header\d*\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    expect(header).toContain('Vertrouwelijk');

    const report = await readDocx(
      (await exportThroughCore(t, engagementId, 'findings-report', { useNames: true })).bytes,
    );
    const withName = findings.find(
      (f) => f.source.type === 'interview' && f.source.pseudonyms.length > 0,
    );
    const person = stakeholders.find((s) => s.pseudonym === withName?.source.pseudonyms[0]);
    if (person) expect(allText(report)).toContain(`${person.name} (${person.pseudonym})`);
  });
});
