import { Paragraph, TextRun, type Table } from 'docx';
import { timelineChart } from '../../../shared/charts/timeline-chart.js';
import type {
  AdoptionSnapshot,
  BorgingItem,
  Decision,
  Presentation,
} from '../../../shared/domain/adoption.js';
import type { VisionFeedback } from '../../../shared/domain/vision.js';
import { adoptionLabelsEn, adoptionLabelsNl, type AdoptionLabels } from '../adoption-labels.js';
import { adoptionData } from '../adoption-data.js';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted, exportTranslator } from '../export-i18n.js';
import { personLabel } from '../stakeholder-tools-order.js';
import { adoptionTextsEn, adoptionTextsNl } from './adoption-dossier-texts.js';
import { chartPicture } from './stakeholder-analysis.docx.js';
import { boldTextWidth, longestWordWidth } from './text-measure.js';
import {
  CONTENT_WIDTH,
  caption,
  dataTable,
  heading,
  meta,
  paragraph,
  textRuns,
} from './word-blocks.js';
import { packWordDocument, privacyLine, wordContext, type WordContext } from './word-document.js';
import { BULLETS } from './word-styles.js';
import { wordTextsEn, wordTextsNl } from './word-texts.js';

// The vaststellingsdossier (issue 14): how the vision came about and was adopted. A summary
// (the adopted version and the decisions that adopted it), the procesverantwoording (the
// timeline of every step as a picture and as a table), the presentations with each feedback
// point and what was done with it, the decisions of MT, college and raad, and the borging with
// owner, status and the holders of the fitting role. People appear by pseudonym unless the
// consultant chose names.

interface DossierContext extends WordContext {
  /** The labels in the document's language. */
  labels: AdoptionLabels;
}

function dossierContext(run: ExportRun): DossierContext {
  const base = wordContext(run);
  return {
    ...base,
    // The common Word texts (cover, header, privacy line) plus this document's own.
    t: exportTranslator(run.language, {
      nl: { ...wordTextsNl, adoption: adoptionTextsNl },
      en: { ...wordTextsEn, adoption: adoptionTextsEn },
    }),
    labels: run.language === 'en' ? adoptionLabelsEn : adoptionLabelsNl,
  };
}

/** Table text (w:sz) and a cell's margins across, in twips: see word-blocks.ts. */
const TABLE_TEXT = 19;
const CELL_ACROSS = 2 * 100 + 2 * 30;
/** Narrowest a column of free text gets. */
const MIN_FREE = 1400;

/** Widest a column of labels and dates gets; wider text wraps. */
const MAX_FIXED = 2600;
/** Widest the minimum of a free-text column gets: a pasted URL may wrap inside. */
const MAX_FREE_MIN = 3000;

/**
 * Column widths in twips for a table of `header` and `rows`. A column of labels and dates
 * (`free` 0) is as wide as its longest text, so "8 september 2026" or "Niet verwerkt" stays on
 * one line; the free-text columns get at least their longest word ("Concerncontroller" does not
 * break inside) and share the rest of the page width by their weights in `free`.
 */
export function fittedWidths(header: string[], rows: string[][], free: number[]): number[] {
  const widest = (col: number, measure: (text: string) => number) =>
    Math.max(measure(header[col] ?? ''), ...rows.map((r) => measure(r[col] ?? ''))) + CELL_ACROSS;
  const whole = (text: string) =>
    Math.max(0, ...text.split('\n').map((line) => boldTextWidth(line, TABLE_TEXT)));
  const word = (text: string) => longestWordWidth(text, TABLE_TEXT);
  const least = header.map((_, col) =>
    free[col]
      ? Math.min(MAX_FREE_MIN, Math.max(MIN_FREE, widest(col, word)))
      : Math.min(MAX_FIXED, widest(col, whole)),
  );
  const left = Math.max(0, CONTENT_WIDTH - least.reduce((a, b) => a + b, 0));
  const weights = free.reduce((a, b) => a + b, 0);
  // Relative widths: dataTable scales them to the page when the least widths do not fit.
  return least.map((w, col) => (free[col] ? w + Math.floor((left * free[col]!) / weights) : w));
}

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
}

/** A table whose label and date columns fit their longest word (see fittedWidths). */
function tableOf(
  header: string[],
  rows: string[][],
  free: number[],
  house: WordContext['house'],
): Table {
  return dataTable({ header, rows, widths: fittedWidths(header, rows, free) }, house);
}

/**
 * Label and value pairs under a first pair set as the header row, as the stakeholder analysis
 * sets a party's strategy: LibreOffice draws the first row of any table in the table style's
 * header colours, so a header-less pair table lost its first label there.
 */
function labelledTable(
  first: [string, string],
  pairs: [string, string][],
  house: WordContext['house'],
): Table {
  return dataTable({ header: first, rows: pairs, widths: [3, 7] }, house);
}

/** Who gave feedback: the linked stakeholder by pseudonym (or name), else what was typed. */
function feedbackFrom(ctx: DossierContext, f: VisionFeedback): string {
  const person = personLabel(ctx.run, ctx.x, f.fromStakeholderId);
  const typed = ctx.x(f.fromText);
  if (person && typed) return `${person} (${typed})`;
  return person || typed || ctx.t('common.none');
}

/** The owner of a borging item: a stakeholder by pseudonym (or name), else the name as typed. */
export function borgingOwner(
  run: ExportRun,
  clean: (text: string) => string,
  item: BorgingItem,
): string {
  return personLabel(run, clean, item.ownerStakeholderId) || clean(item.ownerText);
}

/** The holders of the item's role, by pseudonym (or name and pseudonym). */
export function roleHolders(
  run: ExportRun,
  clean: (text: string) => string,
  item: BorgingItem,
): string {
  return item.roleHolders
    .map(
      (h) =>
        personLabel(run, clean, h.stakeholderId) ||
        // A holder the register no longer has is named only when names were chosen.
        (run.options.useNames ? clean(h.name) : ''),
    )
    .filter((label) => label !== '')
    .join(', ');
}

function summaryChapter(ctx: DossierContext, data: AdoptionSnapshot): (Paragraph | Table)[] {
  const { t, x, labels } = ctx;
  const out: (Paragraph | Table)[] = [
    heading(1, t('adoption.summary'), { pageBreakBefore: true }),
    privacyLine(ctx),
  ];
  const adoption = data.adoption;
  if (!adoption) out.push(paragraph(t('adoption.summaryNotAdopted')));
  else {
    out.push(
      paragraph(t('adoption.summaryAdopted', { label: x(adoption.versionLabel) }), {
        keepNext: true,
      }),
    );
    // The adopting decisions in full where the list has them (with their kenmerk).
    const full = data.decisions.filter((d) => d.adopts && d.versionId === adoption.versionId);
    const lines =
      full.length > 0
        ? full.map((d) => ({ body: d.body, kind: d.kind, date: d.date, reference: d.reference }))
        : adoption.decisions.map((d) => ({ ...d, reference: '' }));
    for (const d of lines) {
      const reference = x(d.reference);
      out.push(
        bullet(
          textRuns(
            t('adoption.adoptingDecision', {
              kind: labels.kinds[d.kind],
              body: labels.byBodies[d.body],
              date: ctx.date(d.date),
            }) + (reference ? ` (${t('adoption.reference', { reference })})` : ''),
          ),
        ),
      );
    }
  }
  out.push(
    paragraph(
      t('adoption.summaryCounts', {
        presentations: data.presentations.length,
        decisions: data.decisions.length,
        events: data.timeline.length,
        done: data.borging.filter((b) => b.status === 'gereed').length,
        total: data.borging.length,
      }),
    ),
  );
  return out;
}

function processChapter(
  ctx: DossierContext,
  data: AdoptionSnapshot,
  figures: { next: number },
): (Paragraph | Table)[] {
  const { t, x, house, run, labels } = ctx;
  const quiet = run.text.uncounted();
  const events = [...data.timeline].sort((a, b) => a.date.localeCompare(b.date));
  const out: (Paragraph | Table)[] = [
    heading(1, t('adoption.process'), { pageBreakBefore: true }),
    paragraph(t('adoption.processText')),
  ];
  if (events.length === 0) {
    out.push(meta(t('adoption.noEvents')));
    return out;
  }
  const svg = timelineChart({
    // The titles are cleaned (and counted) in the table; the chart's copy is not counted again.
    events: events.map((e) => ({
      date: e.date,
      step: e.step,
      title: quiet.xml(e.title),
      planned: e.planned === true,
    })),
    stepLabels: labels.steps,
    language: run.language,
    emptyText: t('adoption.timelineEmpty'),
    plannedLabel: t('adoption.timelinePlanned'),
  });
  const image = chartPicture(svg, t('adoption.timelineAlt'));
  if (image)
    out.push(
      new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [image] }),
      caption(t('adoption.timelineCaption', { number: figures.next++ })),
    );
  out.push(
    heading(2, t('adoption.timelineTable')),
    tableOf(
      [t('adoption.dateColumn'), t('adoption.stepColumn'), t('adoption.eventColumn')],
      events.map((e) => [ctx.date(e.date), String(e.step), x(e.title)]),
      [0, 0, 1],
      house,
    ),
  );
  return out;
}

function presentationBlock(ctx: DossierContext, p: Presentation): (Paragraph | Table)[] {
  const { t, x, house, labels } = ctx;
  const none = t('common.none');
  const audience = labels.audiences[p.audience];
  const title = x(p.title);
  const out: (Paragraph | Table)[] = [
    heading(2, title || t('adoption.presentationHeading', { audience, date: ctx.date(p.date) })),
  ];
  const pairs: [string, string][] = [
    [t('adoption.date'), ctx.date(p.date)],
    [t('adoption.versionShown'), p.versionLabel ? x(p.versionLabel) : t('adoption.noVersionShown')],
    [t('adoption.attendees'), x(p.attendees) || none],
  ];
  const notes = x(p.notes);
  if (notes) pairs.push([t('adoption.notes'), notes]);
  out.push(labelledTable([t('adoption.audience'), audience], pairs, house));
  out.push(
    new Paragraph({
      keepNext: true,
      spacing: { before: 200, after: 60 },
      children: [new TextRun({ text: t('adoption.feedback'), bold: true })],
    }),
  );
  if (p.feedback.length === 0) out.push(meta(t('adoption.noFeedback')));
  else
    out.push(
      tableOf(
        [
          t('adoption.feedbackColumn'),
          t('adoption.fromColumn'),
          t('adoption.dispositionColumn'),
          t('adoption.reasonColumn'),
        ],
        p.feedback.map((f) => [
          x(f.text),
          feedbackFrom(ctx, f),
          labels.dispositions[f.disposition],
          x(f.reason) || none,
        ]),
        [6, 1, 0, 4],
        house,
      ),
    );
  if (p.feedback.some((f) => f.disposition === 'verwerkt'))
    out.push(
      meta(
        p.processedInLabel
          ? t('adoption.processedIn', { label: x(p.processedInLabel) })
          : t('adoption.notProcessedYet'),
      ),
    );
  return out;
}

function presentationsChapter(ctx: DossierContext, data: AdoptionSnapshot): (Paragraph | Table)[] {
  const { t, run } = ctx;
  const out: (Paragraph | Table)[] = [
    heading(1, t('adoption.presentations'), { pageBreakBefore: true }),
    paragraph(t('adoption.presentationsText')),
  ];
  if (data.presentations.length === 0) out.push(meta(t('adoption.noPresentations')));
  const ordered = [...data.presentations].sort((a, b) => a.date.localeCompare(b.date));
  for (const p of ordered) {
    checkAborted(run.signal);
    out.push(...presentationBlock(ctx, p));
  }
  return out;
}

/** A date for a narrow column: 26-03-2027, in English 2027-03-26. */
export function shortDate(iso: string, language: 'nl' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return language === 'en' ? `${m[1]}-${m[2]}-${m[3]}` : `${m[3]}-${m[2]}-${m[1]}`;
}

function decisionsChapter(ctx: DossierContext, data: AdoptionSnapshot): (Paragraph | Table)[] {
  const { t, x, house, labels, run } = ctx;
  const none = t('common.none');
  const out: (Paragraph | Table)[] = [
    heading(1, t('adoption.decisions'), { pageBreakBefore: true }),
    paragraph(t('adoption.decisionsText'), { keepNext: data.decisions.length > 0 }),
  ];
  if (data.decisions.length === 0) {
    out.push(meta(t('adoption.noDecisions')));
    return out;
  }
  const ordered: Decision[] = [...data.decisions].sort((a, b) => a.date.localeCompare(b.date));
  out.push(
    tableOf(
      [
        t('adoption.dateColumn'),
        t('adoption.bodyColumn'),
        t('adoption.kindColumn'),
        t('adoption.subjectColumn'),
        t('adoption.referenceColumn'),
        t('adoption.documentColumn'),
      ],
      // Seven columns of long dates did not fit a portrait page: the date is written short and
      // the version decided on goes with the subject ("Visie, versie 0.3").
      ordered.map((d) => [
        shortDate(d.date, run.language),
        labels.shortBodies[d.body],
        labels.kinds[d.kind],
        d.versionLabel
          ? t('adoption.subjectVersion', {
              subject: labels.subjects[d.subject],
              label: x(d.versionLabel),
            })
          : labels.subjects[d.subject],
        x(d.reference) || none,
        d.documentTitle ? x(d.documentTitle) : none,
      ]),
      [0, 0, 0, 0.9, 1, 1.6],
      house,
    ),
  );
  const noted = ordered.filter((d) => d.notes.trim() !== '');
  if (noted.length > 0) {
    out.push(heading(2, t('adoption.decisionNotes')));
    for (const d of noted)
      out.push(
        bullet(
          textRuns(
            t('adoption.decisionNote', {
              body: labels.bodies[d.body],
              date: ctx.date(d.date),
              notes: x(d.notes),
            }),
          ),
        ),
      );
  }
  return out;
}

function borgingChapter(ctx: DossierContext, data: AdoptionSnapshot): (Paragraph | Table)[] {
  const { t, x, house, run, labels } = ctx;
  const none = t('common.none');
  const out: (Paragraph | Table)[] = [
    heading(1, t('adoption.borging'), { pageBreakBefore: true }),
    paragraph(t('adoption.borgingText')),
  ];
  if (data.borging.length === 0) {
    out.push(meta(t('adoption.noBorging')));
    return out;
  }
  // The overview repeats the titles and owners; they are counted once, in the items below.
  const quiet = run.text.uncounted();
  const q = (text: string) => quiet.xml(text);
  out.push(
    heading(2, t('adoption.borgingOverview')),
    tableOf(
      [
        t('adoption.itemColumn'),
        t('adoption.ownerColumn'),
        t('adoption.statusColumn'),
        t('adoption.dueColumn'),
      ],
      data.borging.map((b) => [
        q(b.title),
        borgingOwner(run, q, b) || t('adoption.nobody'),
        labels.statuses[b.status],
        ctx.date(b.dueDate) || none,
      ]),
      [4, 1, 0, 0],
      house,
    ),
  );
  for (const b of data.borging) {
    checkAborted(run.signal);
    out.push(heading(2, x(b.title)));
    if (b.description.trim() !== '') out.push(paragraph(x(b.description)));
    const pairs: [string, string][] = [
      [t('adoption.owner'), borgingOwner(run, x, b) || t('adoption.nobody')],
      [t('adoption.due'), ctx.date(b.dueDate) || none],
      [t('adoption.role'), b.roleName ? x(b.roleName) : t('adoption.noRole')],
      [t('adoption.roleHolders'), roleHolders(run, x, b) || t('adoption.nobody')],
      [t('adoption.lesson'), x(b.lesson) || none],
      [t('adoption.borgingNotes'), x(b.notes) || none],
    ];
    out.push(labelledTable([t('adoption.status'), labels.statuses[b.status]], pairs, house));
  }
  return out;
}

/** Roughly how many characters of user text the document holds. */
function textSizeOf(data: AdoptionSnapshot): number {
  let n = 0;
  for (const p of data.presentations) {
    n += p.title.length + p.attendees.length + p.notes.length;
    for (const f of p.feedback) n += f.text.length + f.reason.length + f.fromText.length;
  }
  for (const d of data.decisions) n += d.reference.length + d.notes.length;
  for (const b of data.borging)
    n += b.title.length + b.description.length + b.lesson.length + b.notes.length;
  for (const e of data.timeline) n += e.title.length;
  return n;
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const ctx = dossierContext(run);
  const { t, x, labels } = ctx;
  const data = adoptionData(run);
  const figures = { next: 1 };
  const adoption = data.adoption;
  const lastAdopting = adoption?.decisions.at(-1);
  const body: (Paragraph | Table)[] = [...summaryChapter(ctx, data)];
  run.progress(0.1);
  checkAborted(run.signal);
  body.push(...processChapter(ctx, data, figures));
  run.progress(0.4);
  checkAborted(run.signal);
  body.push(...presentationsChapter(ctx, data));
  run.progress(0.6);
  checkAborted(run.signal);
  body.push(...decisionsChapter(ctx, data), ...borgingChapter(ctx, data));
  run.progress(0.8);
  return packWordDocument(ctx, {
    documentTitle: t('adoption.documentTitle'),
    coverLine: adoption
      ? t('adoption.coverAdopted', {
          label: x(adoption.versionLabel),
          status: labels.kinds[lastAdopting?.kind ?? 'vastgesteld'].toLowerCase(),
        })
      : t('adoption.coverNotAdopted'),
    body,
    tocLevels: '1-2',
    textSize: textSizeOf(data),
  });
}

export const adoptionDossierBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  reads: { interviews: 'none', documents: false, adoption: true },
  build,
};
