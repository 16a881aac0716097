import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { readDocx, type DocxContent } from './docx-read.js';
import { exportThroughCore } from './export-run.js';
import { allStrings, loadWorkbook } from './xlsx-read.js';

// An export with pseudonyms keeps the known names out of free text too: interview notes,
// quotes and finding statements, in Word and in Excel, with Dutch particles, in any case,
// and without touching words that merely contain a name ("Bas" in "basis").

let t: TempCore;
let engagementId: string;
let interviewId: string;
let jan: string;
let bas: string;

const notes = [
  'Jan van der Berg opent het gesprek.',
  'Op basis van de cijfers vindt mevrouw Van der Berg dat Bas Mulder moet aansluiten.',
  'Volgens Van der Berg en bas is er te weinig tijd; MULDER is het eens.',
];
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (
    await t.must('engagement:create', {
      fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
    })
  ).engagementId;
  const janP = await t.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Jan van der Berg', group: 'wethouder' },
  });
  const basP = await t.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Bas Mulder', group: 'beheerder' },
  });
  jan = janP.pseudonym;
  bas = basP.pseudonym;
  const interview = await t.must('interview:create', {
    engagementId,
    fields: { title: 'Gesprek wethouder', participantIds: [janP.id] },
  });
  interviewId = interview.id;
  await t.must('interview:saveNotes', {
    engagementId,
    interviewId,
    questionId: interview.questions[0]!.id,
    notes: {
      json: JSON.stringify({ type: 'doc', content: notes.map(paragraph) }),
      text: notes.join('\n'),
    },
  });
  await t.must('finding:create', {
    engagementId,
    source: { type: 'interview', interviewId, questionId: interview.questions[0]!.id },
    fields: {
      statement: 'Van der Berg wil dat Bas de data op orde brengt',
      quote: 'Jan: "Bas Mulder weet hoe het zit, op basis van zijn ervaring."',
      kind: 'citaat',
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.dispose();
});

/** Every w:t of every part (body, headers, properties), joined with spaces. */
const docxText = (content: DocxContent) =>
  [
    ...content.paragraphs.map((p) => p.text),
    ...content.tables.flat(2),
    ...[...content.parts.values()],
  ].join(' ');

function expectNoNames(text: string) {
  for (const name of [/\bJan\b/i, /\bBerg\b/i, /\bBas\b/i, /\bMulder\b/i])
    expect(text, String(name)).not.toMatch(name);
  // The pseudonyms took their place, and "basis" stays a word.
  expect(text).toContain(jan);
  expect(text).toContain(bas);
  expect(text).toContain('basis');
}

describe('exports with pseudonyms', () => {
  it('Word interview report: names in notes are replaced, particles included', async () => {
    const content = await readDocx(
      (await exportThroughCore(t, engagementId, 'interview-report', {}, interviewId)).bytes,
    );
    const text = docxText(content);
    expectNoNames(text);
    const body = content.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain(`${jan} opent het gesprek.`);
    expect(body).toContain(
      `Op basis van de cijfers vindt mevrouw ${jan} dat ${bas} moet aansluiten.`,
    );
    expect(body).toContain(`Volgens ${jan} en ${bas} is er te weinig tijd; ${bas} is het eens.`);
  });

  it('Word findings report: statements and quotes', async () => {
    const content = await readDocx(
      (await exportThroughCore(t, engagementId, 'findings-report', {})).bytes,
    );
    expectNoNames(docxText(content));
    const body = content.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain(`${jan} wil dat ${bas} de data op orde brengt`);
    expect(body).toContain(`${jan}: "${bas} weet hoe het zit, op basis van zijn ervaring."`);
  });

  it('Excel findings register: statements and quotes', async () => {
    const workbook = await loadWorkbook(
      (await exportThroughCore(t, engagementId, 'findings-register', {})).bytes,
    );
    const strings = allStrings(workbook);
    expectNoNames(strings.join(' '));
    expect(strings).toContain(`${jan} wil dat ${bas} de data op orde brengt`);
  });

  it('with names chosen, the text stays as written', async () => {
    const content = await readDocx(
      (
        await exportThroughCore(
          t,
          engagementId,
          'interview-report',
          { useNames: true },
          interviewId,
        )
      ).bytes,
    );
    expect(content.paragraphs.map((p) => p.text).join('\n')).toContain(notes[1]);
  });

  it('export:nameCheck lists what still looks like a name, not the known people', async () => {
    await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: 'Overleg met Piet de Groot van de provincie', kind: 'randvoorwaarde' },
    });
    const candidates = await t.must('export:nameCheck', { engagementId });
    expect(candidates).toEqual([
      {
        text: 'Piet de Groot',
        where: 'Overleg met Piet de Groot van de provincie',
        kind: 'finding',
      },
    ]);
  });

  it('export:nameCheck leaves out organisations and the engagement’s own names', async () => {
    await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Els Hoekstra', group: 'teammanager', department: 'Team Zorgloket Oost' },
    });
    const statement =
      'Gemeente Den Helder, Rijkswaterstaat Zeeland en Microsoft Teams: Dijkhaven Kompas ' +
      'komt van Zorgloket Oost. Volgens Sanne Visser is Microsoft de bottleneck.';
    await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement, kind: 'risico' },
    });
    const candidates = await t.must('export:nameCheck', { engagementId });
    expect(candidates.filter((c) => c.where === statement).map((c) => c.text)).toEqual([
      'Sanne Visser',
    ]);
  });
});
