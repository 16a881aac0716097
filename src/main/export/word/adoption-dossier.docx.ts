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
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted, exportTranslator } from '../export-i18n.js';
import { personLabel } from '../stakeholder-tools-order.js';
import { adoptionTextsEn, adoptionTextsNl } from './adoption-dossier-texts.js';
import { chartPicture } from './stakeholder-analysis.docx.js';
import {
  caption,
  dataTable,
  heading,
  keyValueTable,
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

const EMPTY: AdoptionSnapshot = {
  presentations: [],
  decisions: [],
  borging: [],
  timeline: [],
  adoption: null,
};

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

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
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
              body: labels.bodies[d.body],
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
    events: events.map((e) => ({ date: e.date, step: e.step, title: quiet.xml(e.title) })),
    stepLabels: labels.steps,
    language: run.language,
    emptyText: t('adoption.timelineEmpty'),
  });
  const image = chartPicture(svg, t('adoption.timelineAlt'));
  if (image)
    out.push(
      new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [image] }),
      caption(t('adoption.timelineCaption', { number: figures.next++ })),
    );
  out.push(
    heading(2, t('adoption.timelineTable')),
    dataTable(
      {
        header: [t('adoption.dateColumn'), t('adoption.stepColumn'), t('adoption.eventColumn')],
        rows: events.map((e) => [ctx.date(e.date), String(e.step), x(e.title)]),
        widths: [2.4, 1, 8],
      },
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
    heading(
      2,
      title ||
        t('adoption.presentationHeading', { audience, date: ctx.date(p.date) }),
    ),
  ];
  const pairs: [string, string][] = [
    [t('adoption.audience'), audience],
    [t('adoption.date'), ctx.date(p.date)],
    [
      t('adoption.versionShown'),
      p.versionLabel ? x(p.versionLabel) : t('adoption.noVersionShown'),
    ],
    [t('adoption.attendees'), x(p.attendees) || none],
  ];
  const notes = x(p.notes);
  if (notes) pairs.push([t('adoption.notes'), notes]);
  out.push(keyValueTable(pairs, house));
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
      dataTable(
        {
          header: [
            t('adoption.feedbackColumn'),
            t('adoption.fromColumn'),
            t('adoption.dispositionColumn'),
            t('adoption.reasonColumn'),
          ],
          rows: p.feedback.map((f) => [
            x(f.text),
            feedbackFrom(ctx, f),
            labels.dispositions[f.disposition],
            x(f.reason) || none,
          ]),
          widths: [5, 2.2, 1.8, 4],
        },
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

function presentationsChapter(
  ctx: DossierContext,
  data: AdoptionSnapshot,
): (Paragraph | Table)[] {
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

function decisionsChapter(ctx: DossierContext, data: AdoptionSnapshot): (Paragraph | Table)[] {
  const { t, x, house, labels } = ctx;
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
    dataTable(
      {
        header: [
          t('adoption.bodyColumn'),
          t('adoption.kindColumn'),
          t('adoption.subjectColumn'),
          t('adoption.dateColumn'),
          t('adoption.referenceColumn'),
          t('adoption.versionColumn'),
          t('adoption.documentColumn'),
        ],
        rows: ordered.map((d) => [
          labels.bodies[d.body],
          labels.kinds[d.kind],
          labels.subjects[d.subject],
          ctx.date(d.date),
          x(d.reference) || none,
          d.versionLabel ? x(d.versionLabel) : none,
          d.documentTitle ? x(d.documentTitle) : none,
        ]),
        widths: [2.2, 2, 1.8, 2.2, 2, 1.2, 2.6],
      },
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
    dataTable(
      {
        header: [
          t('adoption.itemColumn'),
          t('adoption.ownerColumn'),
          t('adoption.statusColumn'),
          t('adoption.dueColumn'),
        ],
        rows: data.borging.map((b) => [
          q(b.title),
          borgingOwner(run, q, b) || t('adoption.nobody'),
          labels.statuses[b.status],
          ctx.date(b.dueDate) || none,
        ]),
        widths: [6, 2.6, 1.8, 2.2],
      },
      house,
    ),
  );
  for (const b of data.borging) {
    checkAborted(run.signal);
    out.push(heading(2, x(b.title)));
    if (b.description.trim() !== '') out.push(paragraph(x(b.description)));
    const pairs: [string, string][] = [
      [t('adoption.lesson'), x(b.lesson) || none],
      [t('adoption.owner'), borgingOwner(run, x, b) || t('adoption.nobody')],
      [t('adoption.status'), labels.statuses[b.status]],
      [t('adoption.due'), ctx.date(b.dueDate) || none],
      [t('adoption.role'), b.roleName ? x(b.roleName) : t('adoption.noRole')],
      [t('adoption.roleHolders'), roleHolders(run, x, b) || t('adoption.nobody')],
      [t('adoption.notes'), x(b.notes) || none],
    ];
    out.push(keyValueTable(pairs, house));
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
  const data = run.snapshot.adoption ?? EMPTY;
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
