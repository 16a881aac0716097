import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_TYPES,
  documentFieldsSchema,
  passageFieldsSchema,
} from '../../shared/domain/document.js';
import { FINDING_KINDS } from '../../shared/domain/finding.js';
import { INTERVIEW_STATUSES } from '../../shared/domain/interview.js';
import type { StakeholderGroup } from '../../shared/domain/stakeholder.js';
import { loadMethod, resolveMethodDir } from '../method/load-method.js';
import { demoEngagement, demoStakeholders } from './demo-content.js';
import { resolveDemoDir } from './demo-files.js';
import {
  demoDocuments,
  demoFindings,
  demoInterviews,
  type DemoFinding,
} from './demo-analysis-content.js';

const method = loadMethod(resolveMethodDir());
const guideIds = new Set(method.interviewGuide.questions.map((q) => q.id));
const findingThemeIds = new Set(
  method.themes.lists.find((l) => l.id === 'bevindingen')?.themes.map((t) => t.id) ?? [],
);
const stakeholderByName = new Map(demoStakeholders.map((s) => [s.name, s]));
const wordCount = (paragraphs: string[]): number =>
  paragraphs
    .join(' ')
    .split(/\s+/)
    .filter((w) => w !== '').length;

/** The text a finding's quote must come from, as the lead's import joins paragraphs. */
function sourceText(finding: DemoFinding): string {
  const { source } = finding;
  if (source.type === 'interview') {
    const interview = demoInterviews[source.interview];
    if (interview === undefined) throw new Error(`no interview ${source.interview}`);
    const paragraphs =
      source.question === null ? interview.freeNotes : (interview.notes[source.question] ?? []);
    return paragraphs.join('\n');
  }
  if (source.type === 'passage') {
    return demoDocuments[source.document]?.passages[source.passage]?.text ?? '';
  }
  return '';
}

function groupsOf(finding: DemoFinding): StakeholderGroup[] {
  const { source } = finding;
  if (source.type === 'direct') return [source.group];
  if (source.type === 'passage') return [];
  const names = demoInterviews[source.interview]?.participantNames ?? [];
  return names.map((n) => stakeholderByName.get(n)!.group);
}

describe('demo documents', () => {
  it('has the five key documents of step 1, each a valid record with a short summary', () => {
    expect(demoDocuments.map((d) => d.fields.type)).toEqual([
      'coalitieakkoord',
      'visie-dienstverlening',
      'ia-strategie',
      'beleidsnota',
      'jaarverslag',
    ]);
    expect(demoDocuments[0]!.fields.title).toContain('Samen koers houden');
    const fileNames = demoDocuments.map((d) => d.fileName);
    expect(new Set(fileNames).size).toBe(fileNames.length);
    for (const doc of demoDocuments) {
      expect(documentFieldsSchema.parse(doc.fields)).toEqual(doc.fields);
      expect(DOCUMENT_TYPES).toContain(doc.fields.type);
      expect(doc.fileName).toMatch(/^[a-z0-9-]+\.pdf$/);
      const sentences = doc.fields.summary.split(/(?<=\.)\s+/);
      expect(sentences.length, doc.fileName).toBeGreaterThanOrEqual(3);
      expect(sentences.length, doc.fileName).toBeLessThanOrEqual(5);
      expect(doc.pages.length, doc.fileName).toBeGreaterThanOrEqual(2);
      expect(doc.pages.length, doc.fileName).toBeLessThanOrEqual(3);
    }
  });

  it('has two to four passages per document, each word for word on its page', () => {
    for (const doc of demoDocuments) {
      expect(doc.passages.length, doc.fileName).toBeGreaterThanOrEqual(2);
      expect(doc.passages.length, doc.fileName).toBeLessThanOrEqual(4);
      for (const passage of doc.passages) {
        passageFieldsSchema.parse(passage);
        const page = doc.pages[(passage.page ?? 0) - 1];
        expect(page, `${doc.fileName} p.${passage.page}`).toBeDefined();
        expect(page!.join('\n'), doc.fileName).toContain(passage.text);
        expect(passage.note.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('demo documents as PDF', () => {
  const pdftotext = '/usr/bin/pdftotext';
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

  it('ships every document, one PDF page per page, each passage on its cited page', () => {
    // The files the app ships and reads (resources/demo), not freshly made ones.
    const dir = resolveDemoDir();
    for (const doc of demoDocuments) {
      const file = join(dir, doc.fileName);
      expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (!existsSync(pdftotext)) continue;
      for (const passage of doc.passages) {
        const page = String(passage.page);
        const text = execFileSync(pdftotext, ['-enc', 'UTF-8', '-f', page, '-l', page, file, '-']);
        expect(squash(text.toString('utf8')), doc.fileName).toContain(squash(passage.text));
      }
    }
    if (!existsSync(pdftotext)) console.log(`${pdftotext} ontbreekt: passages niet teruggelezen.`);
  });
});

describe('demo interviews', () => {
  it('has at least 8 interviews with real stakeholders and consultants, in every status', () => {
    expect(demoInterviews.length).toBeGreaterThanOrEqual(8);
    for (const interview of demoInterviews) {
      expect(interview.scheduledAt).toMatch(/^2026-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(interview.location.length).toBeGreaterThan(5);
      expect(interview.participantNames.length).toBeGreaterThan(0);
      for (const name of interview.participantNames) {
        expect(stakeholderByName.has(name), name).toBe(true);
      }
      for (const name of interview.interviewers) {
        expect(demoEngagement.consultants).toContain(name);
      }
    }
    const statuses = demoInterviews.map((i) => i.status);
    expect(new Set(statuses)).toEqual(new Set(INTERVIEW_STATUSES));
    expect(statuses.filter((s) => s === 'geaccordeerd')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'ter-review')).toHaveLength(2);
  });

  it('notes only held interviews, per real guide question, 40 to 150 words each', () => {
    for (const interview of demoInterviews) {
      const answered = Object.entries(interview.notes);
      if (interview.status === 'gepland') {
        expect(answered, interview.title).toEqual([]);
        expect(interview.freeNotes).toEqual([]);
        continue;
      }
      expect(answered.length, interview.title).toBeGreaterThanOrEqual(4);
      // Not every question is asked in an hour.
      expect(answered.length, interview.title).toBeLessThan(guideIds.size);
      for (const [questionId, paragraphs] of answered) {
        expect(guideIds.has(questionId), questionId).toBe(true);
        const words = wordCount(paragraphs);
        expect(words, `${interview.title} ${questionId}`).toBeGreaterThanOrEqual(40);
        expect(words, `${interview.title} ${questionId}`).toBeLessThanOrEqual(150);
      }
    }
  });

  it('covers the groups of step 1 and asks the two core questions in most interviews', () => {
    const groups = new Set(
      demoInterviews.flatMap((i) => i.participantNames.map((n) => stakeholderByName.get(n)?.group)),
    );
    for (const group of [
      'programmateam',
      'teammanager',
      'directie',
      'wethouder',
      'beheerder',
      'beleidsmedewerker',
    ]) {
      expect(groups.has(group as StakeholderGroup), group).toBe(true);
    }
    const held = demoInterviews.filter((i) => i.status !== 'gepland');
    expect(held.filter((i) => 'ig-visie-niet-missen' in i.notes)).toHaveLength(held.length);
    expect(held.filter((i) => 'ig-uitdagingen-grootste' in i.notes).length).toBeGreaterThanOrEqual(
      5,
    );
  });
});

describe('demo findings', () => {
  it('has at least 60 findings with a valid kind, importance and one to three known themes', () => {
    expect(demoFindings.length).toBeGreaterThanOrEqual(60);
    expect(findingThemeIds.size).toBeGreaterThanOrEqual(10);
    for (const finding of demoFindings) {
      expect(FINDING_KINDS).toContain(finding.kind);
      expect([1, 2, 3]).toContain(finding.importance);
      expect(finding.statement.length).toBeGreaterThan(5);
      expect(finding.themeIds.length, finding.statement).toBeGreaterThanOrEqual(1);
      expect(finding.themeIds.length, finding.statement).toBeLessThanOrEqual(3);
      expect(new Set(finding.themeIds).size).toBe(finding.themeIds.length);
      for (const themeId of finding.themeIds) {
        expect(findingThemeIds.has(themeId), themeId).toBe(true);
      }
    }
    expect(new Set(demoFindings.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
    const usedThemes = new Set(demoFindings.flatMap((f) => f.themeIds));
    expect(usedThemes).toEqual(findingThemeIds);
  });

  it('quotes its source word for word: interview notes or a passage', () => {
    for (const finding of demoFindings) {
      const { source } = finding;
      if (source.type === 'direct') {
        expect(finding.quote).toBe('');
        continue;
      }
      expect(finding.quote.length, finding.statement).toBeGreaterThan(10);
      expect(sourceText(finding), finding.statement).toContain(finding.quote);
      if (source.type === 'interview') {
        expect(demoInterviews[source.interview]?.status).not.toBe('gepland');
        if (source.question !== null) expect(guideIds.has(source.question)).toBe(true);
      }
    }
    const types = new Set(demoFindings.map((f) => f.source.type));
    expect(types).toEqual(new Set(['interview', 'passage', 'direct']));
    expect(
      demoFindings.some((f) => f.source.type === 'interview' && f.source.question === null),
    ).toBe(true);
  });

  it('comes from every group interviewed in step 1, so every column of the matrix fills', () => {
    const perGroup = new Map<StakeholderGroup, number>();
    for (const finding of demoFindings) {
      for (const group of new Set(groupsOf(finding))) {
        perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
      }
    }
    for (const group of [
      'programmateam',
      'teammanager',
      'directie',
      'wethouder',
      'beheerder',
      'beleidsmedewerker',
    ] as const) {
      expect(perGroup.get(group) ?? 0, group).toBeGreaterThanOrEqual(5);
    }
  });

  it('tells a story per group: who raises which themes', () => {
    const count = (group: StakeholderGroup, theme: string): number =>
      demoFindings.filter((f) => groupsOf(f).includes(group) && f.themeIds.includes(theme)).length;
    expect(count('programmateam', 'data-architectuur-techniek')).toBeGreaterThan(
      count('wethouder', 'data-architectuur-techniek'),
    );
    expect(count('beheerder', 'datakwaliteit')).toBeGreaterThan(
      count('wethouder', 'datakwaliteit'),
    );
    expect(count('beheerder', 'privacy-informatieveiligheid')).toBeGreaterThanOrEqual(3);
    expect(count('wethouder', 'transparantie')).toBeGreaterThan(
      count('beheerder', 'transparantie'),
    );
    expect(count('wethouder', 'maatschappelijke-opgaven')).toBeGreaterThanOrEqual(3);
  });
});
