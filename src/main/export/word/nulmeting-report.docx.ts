import { Paragraph, TextRun, type Table } from 'docx';
import type {
  DimensionSummary,
  MaturityDimension,
  RespondentGroup,
} from '../../../shared/domain/nulmeting.js';
import { RESPONDENT_GROUPS } from '../../../shared/domain/nulmeting.js';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted, exportTranslator } from '../export-i18n.js';
import { nulmetingData, type NulmetingExportData } from '../nulmeting-data.js';
import { gapText, levelText, rangeText } from '../nulmeting-labels.js';
import { nulmetingRadarSvg } from '../nulmeting-radar.js';
import { nulmetingReportTextsEn, nulmetingReportTextsNl } from './nulmeting-report-texts.js';
import { fittedWidths } from './adoption-dossier.docx.js';
import { chartPicture } from './stakeholder-analysis.docx.js';
import { caption, dataTable, heading, meta, paragraph, quote } from './word-blocks.js';
import { packWordDocument, privacyLine, wordContext, type WordContext } from './word-document.js';
import { BULLETS } from './word-styles.js';
import { wordTextsEn, wordTextsNl } from './word-texts.js';

// The nulmeting report (issue 15): how data-wise the municipality is now and where it wants to
// be. A summary with the radar (current against desired, an earlier measurement dotted over it)
// and the largest gaps; the method and the respondents (counted per group, never named); per
// dimension the agreed levels, the gap, the spread of the individual scores and the means per
// group, with the reasons, what respondents said (by group) and the linked findings; the
// conclusions; the model's level texts as an appendix. Every number comes from
// summariseAssessment (see nulmeting-data.ts), as on the screen and in the workbook.

type Block = Paragraph | Table;

/** How many of the largest gaps the summary names. */
const TOP_GAPS = 3;

interface ReportContext extends WordContext {
  data: NulmetingExportData;
  lang: 'nl' | 'en';
  tables: { next: number };
  figures: { next: number };
}

function reportContext(run: ExportRun): ReportContext {
  return {
    ...wordContext(run),
    // The common Word texts (cover, header, privacy line) plus this document's own.
    t: exportTranslator(run.language, {
      nl: { ...wordTextsNl, nulmeting: nulmetingReportTextsNl },
      en: { ...wordTextsEn, nulmeting: nulmetingReportTextsEn },
    }),
    data: nulmetingData(run),
    lang: run.language,
    tables: { next: 1 },
    figures: { next: 1 },
  };
}

const bullet = (children: TextRun[]): Paragraph =>
  new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });

const dimensionOf = (ctx: ReportContext, id: string): MaturityDimension | undefined =>
  ctx.data.model.dimensions.find((d) => d.id === id);

/** The dimensions with an agreed gap, largest first (model order between equal gaps). */
export function byGap(summary: readonly DimensionSummary[]): DimensionSummary[] {
  return summary
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.gap !== null)
    .sort((a, b) => b.s.gap! - a.s.gap! || a.order - b.order)
    .map(({ s }) => s);
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

function radarFigure(
  ctx: ReportContext,
  groups: boolean,
  alt: string,
  captionKey: string,
): Block[] {
  const svg = nulmetingRadarSvg(ctx.data, ctx.lang, (text) => ctx.run.text.uncounted().xml(text), {
    groups,
  });
  const image = chartPicture(svg, alt);
  if (!image) return [];
  return [
    new Paragraph({
      keepNext: true,
      alignment: 'center',
      spacing: { before: 160 },
      children: [image],
    }),
    caption(ctx.t(captionKey, { number: ctx.figures.next++ })),
  ];
}

function summaryChapter(ctx: ReportContext): Block[] {
  const { t, x, data, lang, house } = ctx;
  const out: Block[] = [
    heading(1, t('nulmeting.summary'), { pageBreakBefore: true }),
    privacyLine(ctx),
  ];
  const view = data.view;
  if (!view) return [...out, paragraph(t('nulmeting.noAssessment'))];
  const levels = data.model.levels;
  out.push(
    paragraph(
      t('nulmeting.summaryText', {
        date: ctx.date(view.assessment.date),
        respondents: t('nulmeting.respondentCount', { count: view.respondents.length }),
        client: x(ctx.run.snapshot.engagement.clientName),
        dimensions: data.model.dimensions.length,
        years: view.assessment.horizonYears,
        lowest: levels[0]?.label ?? '',
        highest: levels[levels.length - 1]?.label ?? '',
      }),
    ),
  );
  const agreed = data.summary.filter((s) => s.current !== null && s.desired !== null);
  if (agreed.length === 0) return [...out, paragraph(t('nulmeting.summaryNotAgreed'))];
  out.push(
    paragraph(
      t('nulmeting.summaryAgreed', { agreed: agreed.length, dimensions: data.summary.length }) +
        ' ' +
        t('nulmeting.summaryAverage', {
          current: levelText(mean(agreed.map((s) => s.current!)), lang),
          desired: levelText(mean(agreed.map((s) => s.desired!)), lang),
        }),
    ),
  );
  const earlierNames = data.earlier.map((e) => x(e.view.assessment.name)).join(', ');
  out.push(
    paragraph(
      t('nulmeting.radarText') +
        (earlierNames ? t('nulmeting.radarEarlierText', { names: earlierNames }) : ''),
      { keepNext: true },
    ),
    ...radarFigure(ctx, false, t('nulmeting.radarAlt'), 'nulmeting.radarCaption'),
  );
  const sorted = byGap(data.summary);
  out.push(heading(2, t('nulmeting.topGaps')));
  if (sorted.length === 0) return [...out, meta(t('nulmeting.noGaps'))];
  out.push(paragraph(t('nulmeting.topGapsText'), { keepNext: true }));
  for (const s of sorted.slice(0, TOP_GAPS))
    out.push(
      bullet([
        new TextRun({
          text: t('nulmeting.topGapLine', {
            dimension: dimensionOf(ctx, s.dimensionId)?.name ?? s.dimensionId,
            current: levelText(s.current, lang),
            desired: levelText(s.desired, lang),
            gap: gapText(s.gap, lang),
          }),
        }),
      ]),
    );
  out.push(
    dataTable(
      {
        header: [
          t('nulmeting.dimensionColumn'),
          t('nulmeting.currentColumn'),
          t('nulmeting.desiredColumn'),
          t('nulmeting.gapColumn'),
          t('nulmeting.spreadColumn'),
        ],
        rows: sorted.map((s) => [
          dimensionOf(ctx, s.dimensionId)?.name ?? s.dimensionId,
          levelText(s.current, lang),
          levelText(s.desired, lang),
          gapText(s.gap, lang),
          rangeText(s.spreadCurrent, lang),
        ]),
        widths: [5, 2, 2, 2, 2],
        numeric: [1, 2, 3, 4],
      },
      house,
    ),
    caption(t('nulmeting.gapTableCaption', { number: ctx.tables.next++ })),
  );
  out.push(...progressSection(ctx));
  return out;
}

/** The agreed current level now beside the last earlier measurement's. */
function progressSection(ctx: ReportContext): Block[] {
  const { t, x, data, lang, house } = ctx;
  const last = data.earlier[data.earlier.length - 1];
  if (!last) return [];
  const name = x(last.view.assessment.name);
  const rows = data.summary.map((s, i) => {
    const before = last.summary[i]?.current ?? null;
    return [
      dimensionOf(ctx, s.dimensionId)?.name ?? s.dimensionId,
      levelText(before, lang),
      levelText(s.current, lang),
      before !== null && s.current !== null ? gapText(s.current - before, lang) : '–',
    ];
  });
  return [
    heading(2, t('nulmeting.progress', { name })),
    paragraph(t('nulmeting.progressText', { name, date: ctx.date(last.view.assessment.date) }), {
      keepNext: true,
    }),
    dataTable(
      {
        header: [
          t('nulmeting.dimensionColumn'),
          t('nulmeting.earlierColumn', { name }),
          t('nulmeting.nowColumn'),
          t('nulmeting.changeColumn'),
        ],
        rows,
        widths: [5, 2, 2, 2],
        numeric: [1, 2, 3],
      },
      house,
    ),
    caption(t('nulmeting.progressCaption', { number: ctx.tables.next++, name })),
  ];
}

function methodChapter(ctx: ReportContext): Block[] {
  const { t, x, data, house } = ctx;
  const view = data.view;
  const out: Block[] = [
    heading(1, t('nulmeting.method'), { pageBreakBefore: true }),
    paragraph(t('nulmeting.methodText', { dimensions: data.model.dimensions.length })),
  ];
  if (!view) return out;
  out.push(paragraph(t('nulmeting.methodScoring', { years: view.assessment.horizonYears })));
  const notes = x(view.assessment.notes).trim();
  if (notes) out.push(heading(2, t('nulmeting.notes')), paragraph(notes));
  out.push(heading(2, t('nulmeting.respondents')));
  if (view.respondents.length === 0) return [...out, meta(t('nulmeting.noRespondents'))];
  const counts = new Map<RespondentGroup, number>();
  for (const r of view.respondents) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
  const groups = RESPONDENT_GROUPS.filter((g) => counts.has(g));
  out.push(
    paragraph(t('nulmeting.respondentsText'), { keepNext: true }),
    dataTable(
      {
        header: [t('nulmeting.groupColumn'), t('nulmeting.countColumn')],
        rows: [
          ...groups.map((g) => [t(`nulmeting.groups.${g}`), String(counts.get(g))]),
          [t('nulmeting.total'), String(view.respondents.length)],
        ],
        widths: [4, 2],
        numeric: [1],
        totals: true,
      },
      house,
    ),
    caption(t('nulmeting.respondentsCaption', { number: ctx.tables.next++ })),
  );
  if (groups.length > 1 && data.summary.some((s) => s.byGroup.length > 0))
    out.push(
      paragraph(t('nulmeting.groupRadarText'), { keepNext: true }),
      ...radarFigure(ctx, true, t('nulmeting.groupRadarAlt'), 'nulmeting.groupRadarCaption'),
    );
  return out;
}

function levelWithLabel(ctx: ReportContext, value: number | null): string {
  if (value === null) return ctx.t('nulmeting.notAgreed');
  // A half step sits between two descriptions: the label of the level below it.
  const label = ctx.data.model.levels.find((l) => l.level === Math.floor(value))?.label;
  const level = levelText(value, ctx.lang);
  return label ? ctx.t('nulmeting.levelWithLabel', { level, label }) : level;
}

function dimensionSection(ctx: ReportContext, s: DimensionSummary, first: boolean): Block[] {
  const { t, x, data, lang, house } = ctx;
  const view = data.view!;
  const dimension = dimensionOf(ctx, s.dimensionId);
  const name = dimension?.name ?? s.dimensionId;
  // Each dimension on a page of its own (the first under the chapter's heading): its tables
  // and texts stay together and a reader finds a dimension by its page in the contents.
  const out: Block[] = [heading(2, name, { pageBreakBefore: !first })];
  if (dimension?.description) out.push(meta(dimension.description, { keepNext: true }));
  const spread = (v: DimensionSummary['spreadCurrent']) =>
    v
      ? t('nulmeting.spreadValue', {
          range: rangeText(v, lang),
          count: t('nulmeting.scoreCount', { count: v.n }),
        })
      : '–';
  // The first pair as the header row: LibreOffice draws the first row of any table in the
  // header colours, so a header-less pair table lost its first label there.
  out.push(
    dataTable(
      {
        header: [t('nulmeting.agreedCurrent'), levelWithLabel(ctx, s.current)],
        rows: [
          [t('nulmeting.agreedDesired'), levelWithLabel(ctx, s.desired)],
          [t('nulmeting.gap'), gapText(s.gap, lang)],
          [t('nulmeting.spreadCurrent'), spread(s.spreadCurrent)],
          [t('nulmeting.spreadDesired'), spread(s.spreadDesired)],
        ],
        widths: [4, 6],
      },
      house,
    ),
  );
  if (s.byGroup.length > 0)
    out.push(
      heading(3, t('nulmeting.byGroup')),
      dataTable(
        {
          header: [
            t('nulmeting.groupColumn'),
            t('nulmeting.countColumn'),
            t('nulmeting.meanCurrentColumn'),
            t('nulmeting.meanDesiredColumn'),
          ],
          rows: s.byGroup.map((g) => [
            t(`nulmeting.groups.${g.group}`),
            String(g.n),
            levelText(g.current, lang),
            levelText(g.desired, lang),
          ]),
          widths: [4, 2, 2, 2],
          numeric: [1, 2, 3],
        },
        house,
      ),
      caption(t('nulmeting.byGroupCaption', { number: ctx.tables.next++, dimension: name })),
    );
  const agreed = view.agreed.find((a) => a.dimensionId === s.dimensionId);
  out.push(heading(3, t('nulmeting.rationale')));
  const rationale = x(agreed?.rationale ?? '').trim();
  out.push(rationale ? paragraph(rationale) : meta(t('nulmeting.noRationale')));
  // What respondents wrote, by group only: the report names no respondent.
  const groupOf = new Map(view.respondents.map((r) => [r.id, r.group]));
  const evidence = view.scores
    .filter((sc) => sc.dimensionId === s.dimensionId && groupOf.has(sc.respondentId))
    .map((sc) => ({ group: groupOf.get(sc.respondentId)!, text: x(sc.evidence).trim() }))
    .filter((e) => e.text !== '')
    .sort((a, b) => RESPONDENT_GROUPS.indexOf(a.group) - RESPONDENT_GROUPS.indexOf(b.group));
  if (evidence.length > 0) {
    out.push(heading(3, t('nulmeting.evidence')));
    for (const e of evidence)
      out.push(
        quote(e.text),
        meta(t('nulmeting.evidenceLine', { group: t(`nulmeting.groups.${e.group}`) })),
      );
  }
  out.push(heading(3, t('nulmeting.findings')));
  const findings = (agreed?.findingIds ?? []).flatMap((id) => {
    const f = data.findings.get(id);
    return f ? [f] : [];
  });
  if (findings.length === 0) out.push(meta(t('nulmeting.noFindings')));
  for (const f of findings)
    out.push(
      bullet([
        new TextRun(x(f.statement)),
        new TextRun({ text: ` (${x(f.sourceLabel)})`, color: '57606A' }),
      ]),
    );
  return out;
}

function dimensionsChapter(ctx: ReportContext): Block[] {
  const { t, data } = ctx;
  if (!data.view) return [];
  const out: Block[] = [
    heading(1, t('nulmeting.dimensions'), { pageBreakBefore: true }),
    paragraph(t('nulmeting.dimensionsText')),
  ];
  data.summary.forEach((s, i) => {
    checkAborted(ctx.run.signal);
    out.push(...dimensionSection(ctx, s, i === 0));
  });
  return out;
}

function conclusionsChapter(ctx: ReportContext): Block[] {
  const { t, x, data } = ctx;
  const text = x(data.view?.assessment.conclusions ?? '').trim();
  return [
    heading(1, t('nulmeting.conclusions'), { pageBreakBefore: true }),
    text ? paragraph(text) : meta(t('nulmeting.noConclusions')),
  ];
}

function appendixChapter(ctx: ReportContext): Block[] {
  const { t, data, house } = ctx;
  const levelHeader = [
    t('nulmeting.levelColumn'),
    t('nulmeting.labelColumn'),
    t('nulmeting.meaningColumn'),
  ];
  const levelRows = data.model.levels.map((l) => [String(l.level), l.label, l.summary]);
  const out: Block[] = [
    heading(1, t('nulmeting.appendix'), { pageBreakBefore: true }),
    paragraph(t('nulmeting.appendixText'), { keepNext: true }),
    dataTable(
      {
        header: levelHeader,
        rows: levelRows,
        widths: fittedWidths(levelHeader, levelRows, [0, 0, 1]),
      },
      house,
    ),
    caption(t('nulmeting.levelsCaption', { number: ctx.tables.next++ })),
  ];
  for (const d of data.model.dimensions) {
    out.push(heading(2, d.name));
    if (d.description) out.push(meta(d.description, { keepNext: true }));
    out.push(
      dataTable(
        {
          header: [t('nulmeting.levelColumn'), t('nulmeting.descriptionColumn')],
          rows: d.levels.map((text, i) => [
            `${i + 1} ${data.model.levels[i]?.label ?? ''}`.trim(),
            text,
          ]),
          widths: fittedWidths(
            [t('nulmeting.levelColumn'), t('nulmeting.descriptionColumn')],
            data.model.levels.map((l) => [`${l.level} ${l.label}`, '']),
            [0, 1],
          ),
        },
        house,
      ),
    );
    if (d.questions.length > 0) {
      out.push(meta(t('nulmeting.questions'), { keepNext: true }));
      for (const q of d.questions) out.push(bullet([new TextRun(q)]));
    }
  }
  return out;
}

/** Roughly how many characters of user text the document holds. */
function textSizeOf(data: NulmetingExportData): number {
  const view = data.view;
  if (!view) return 0;
  let n = view.assessment.notes.length + view.assessment.conclusions.length;
  for (const s of view.scores) n += s.evidence.length;
  for (const a of view.agreed) n += a.rationale.length;
  for (const f of data.findings.values()) n += f.statement.length;
  return n;
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const ctx = reportContext(run);
  const { t, x, data } = ctx;
  const body: Block[] = [...summaryChapter(ctx)];
  run.progress(0.3);
  checkAborted(run.signal);
  body.push(...methodChapter(ctx));
  run.progress(0.5);
  checkAborted(run.signal);
  body.push(...dimensionsChapter(ctx), ...conclusionsChapter(ctx), ...appendixChapter(ctx));
  run.progress(0.8);
  const view = data.view;
  return packWordDocument(ctx, {
    documentTitle: t('nulmeting.documentTitle'),
    coverLine: view
      ? t('nulmeting.coverLine', {
          name: x(view.assessment.name),
          date: ctx.date(view.assessment.date),
        })
      : t('nulmeting.coverNone'),
    body,
    tocLevels: '1-2',
    textSize: textSizeOf(data),
  });
}

export const nulmetingReportBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  reads: { interviews: 'none', documents: false, nulmeting: true },
  build,
};
