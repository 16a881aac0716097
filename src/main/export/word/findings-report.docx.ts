import { Paragraph, TextRun, type Table } from 'docx';
import type { Finding, FindingKind } from '../../../shared/domain/finding.js';
import { matrixColumnOf, matrixColumnsIn } from '../../../shared/domain/finding-matrix.js';
import { FINDING_KINDS } from '../../../shared/domain/vocabulary.js';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { caption, dataTable, heading, meta, paragraph, quote, textRuns } from './word-blocks.js';
import {
  laysOutPages,
  packWordDocument,
  privacyLine,
  RawBody,
  wordContext,
  type WordContext,
} from './word-document.js';
import { metaXml, quoteXml, statementXml } from './word-raw.js';
import { readable } from './word-styles.js';

// All coded findings, grouped by theme and then by kind, each with its quote and source; then
// the theme × group matrix and the counts per kind, as tables a council member can read.

const NO_THEME = '';
/** Text width of a landscape A4 page with 2.5 cm margins, in twips. */
const LANDSCAPE_WIDTH = 13958;

/**
 * Column widths of the matrix in twips: a count column needs little room (its header is set
 * vertically), so the theme names get what is left, within bounds, and wrap less.
 */
export function matrixWidths(countColumns: number): number[] {
  const theme = Math.max(2500, Math.min(5000, LANDSCAPE_WIDTH - countColumns * 720));
  const count = Math.floor((LANDSCAPE_WIDTH - theme) / Math.max(1, countColumns));
  return [
    LANDSCAPE_WIDTH - count * countColumns,
    ...Array.from({ length: countColumns }, () => count),
  ];
}

/** "Interview R03, vraag 2" / "Coalitieakkoord, p. 12" / "Direct", in the document's language. */
export function sourceLabel(
  ctx: WordContext,
  finding: Pick<Finding, 'source'>,
  names: Map<string, string>,
): string {
  const { t, x } = ctx;
  const source = finding.source;
  if (source.type === 'interview') {
    const people = [...source.pseudonyms]
      .sort()
      .map((p) => (ctx.run.options.useNames && names.has(p) ? `${names.get(p) ?? ''} (${p})` : p));
    const who = people.join(', ');
    if (!who) return t('findings.sourceInterviewNone', { title: x(source.interviewTitle ?? '') });
    return source.questionNumber === null
      ? t('findings.sourceInterviewFree', { who })
      : t('findings.sourceInterview', { who, number: source.questionNumber });
  }
  if (source.type === 'passage') {
    const title = x(source.documentTitle ?? '');
    return source.page === null
      ? t('findings.sourcePassageNoPage', { title })
      : t('findings.sourcePassage', { title, page: source.page });
  }
  if (source.type === 'session' && source.session) {
    return t('findings.sourceSession', {
      title: x(source.session.sessionTitle ?? ''),
      part: x(source.session.partTitle ?? ''),
      round: source.session.round ?? 1,
    });
  }
  return t('findings.sourceDirect');
}

/** "Bron: Interview R03, vraag 2  ·  Belang: hoog" */
function sourceLine(ctx: WordContext, finding: Finding, names: Map<string, string>): string {
  const { t } = ctx;
  const importance = t(`findings.importanceLevels.${finding.importance}`);
  return `${t('findings.source')}: ${sourceLabel(ctx, finding, names)}  ·  ${t('findings.importance')}: ${importance}`;
}

function findingBlock(ctx: WordContext, finding: Finding, names: Map<string, string>): Paragraph[] {
  const { x } = ctx;
  const blocks = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: textRuns(x(finding.statement), { bold: true }),
    }),
  ];
  if (finding.quote.trim() !== '') blocks.push(quote(x(finding.quote)));
  blocks.push(meta(sourceLine(ctx, finding, names)));
  return blocks;
}

/** findingBlock() as WordprocessingML: the same paragraphs, for a report too large for objects. */
function findingXml(ctx: WordContext, finding: Finding, names: Map<string, string>): string {
  const { x } = ctx;
  let xml = statementXml(x(finding.statement));
  if (finding.quote.trim() !== '') xml += quoteXml(x(finding.quote));
  return xml + metaXml(sourceLine(ctx, finding, names));
}

const blocksOf = (finding: Finding) => (finding.quote.trim() !== '' ? 3 : 2);

/**
 * How the findings are written: as docx objects, which a small report needs for its page layout,
 * or as WordprocessingML text (word-raw.ts), which a large one needs to be made in seconds and
 * in little memory. 'auto' picks by size; the other two are for tests, without page layout.
 */
export type FindingsMode = 'auto' | 'objects' | 'raw';

async function build(run: ExportRun): Promise<Uint8Array> {
  return buildFindingsReport(run, 'auto');
}

export async function buildFindingsReport(run: ExportRun, mode: FindingsMode): Promise<Uint8Array> {
  const ctx = wordContext(run);
  const { t, x, house } = ctx;
  const { findings, themes, totals, stakeholders } = run.snapshot;
  const names = new Map(stakeholders.map((s) => [s.pseudonym, x(s.name)]));
  const body: (Paragraph | Table)[] = [];

  body.push(
    heading(1, t('findings.intro'), { pageBreakBefore: true }),
    privacyLine(ctx),
    paragraph(
      t('findings.introText', {
        findings: findings.length,
        interviews: totals.interviews,
        documents: totals.documents,
        themes: themes.length,
      }),
    ),
  );
  run.progress(0.05);

  const perKind = FINDING_KINDS.map((kind) => findings.filter((f) => f.kind === kind).length);
  body.push(
    heading(2, t('findings.countsByKind')),
    dataTable(
      {
        header: [t('findings.kindColumn'), t('findings.countColumn')],
        rows: [
          ...FINDING_KINDS.map((kind, i) => [t(`kind.${kind}`), String(perKind[i] ?? 0)]),
          [t('findings.total'), String(findings.length)],
        ],
        widths: [4, 1],
        numeric: [1],
        totals: true,
      },
      house,
    ),
    caption(t('findings.kindsCaption', { number: 1 })),
  );

  // One pass to bucket findings by theme and kind: the stress engagement has 30,000 of them.
  const themeIds = new Set(themes.map((th) => th.id));
  const byTheme = new Map<string, Map<FindingKind, Finding[]>>();
  const bucket = (themeId: string, finding: Finding) => {
    let kinds = byTheme.get(themeId);
    if (!kinds) byTheme.set(themeId, (kinds = new Map()));
    let list = kinds.get(finding.kind);
    if (!list) kinds.set(finding.kind, (list = []));
    list.push(finding);
  };
  for (const finding of findings) {
    const known = finding.themeIds.filter((id) => themeIds.has(id));
    if (known.length === 0) bucket(NO_THEME, finding);
    for (const id of known) bucket(id, finding);
  }

  body.push(heading(1, t('findings.byTheme')));
  if (findings.length === 0) body.push(meta(t('findings.noFindings')));
  const sections = [
    ...[...themes]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((th) => ({ id: th.id, name: x(th.name), color: th.color.slice(1) })),
    { id: NO_THEME, name: t('findings.noTheme'), color: null },
  ];
  const textSize = findings.reduce((n, f) => n + f.statement.length + f.quote.length, 0);
  // The blocks the body and the landscape part would have as objects: 4 in the landscape part.
  let blocks = body.length + 4;
  let findingBlocks = 0;
  for (const kinds of byTheme.values()) {
    blocks += 2 + kinds.size;
    for (const list of kinds.values())
      for (const finding of list) findingBlocks += blocksOf(finding);
  }
  blocks += findingBlocks;
  const raw =
    mode === 'raw' || (mode === 'auto' && !laysOutPages(blocks, textSize)) ? new RawBody() : null;
  let written = 0;
  let done = 0;
  let lastRaw: Finding[] | null = null;
  for (const section of sections) {
    const kinds = byTheme.get(section.id);
    if (!kinds) continue;
    checkAborted(run.signal);
    const count = [...kinds.values()].reduce((n, list) => n + list.length, 0);
    body.push(
      new Paragraph({
        heading: 'Heading2',
        children: [
          ...(section.color ? [new TextRun({ text: '■ ', color: section.color })] : []),
          new TextRun({
            text: section.name,
            ...(section.color ? { color: readable(section.color) } : {}),
          }),
        ],
      }),
      meta(t('findings.themeCount', { count }), { keepNext: true }),
    );
    for (const kind of FINDING_KINDS) {
      const list = kinds.get(kind);
      if (!list) continue;
      body.push(heading(3, t(`kinds.${kind}`)));
      if (raw) {
        // Written while the document is packed: progress moves and cancel is checked there.
        lastRaw = list;
        body.push(
          raw.add((out) => {
            checkAborted(run.signal);
            for (const finding of list) {
              out(findingXml(ctx, finding, names));
              written += blocksOf(finding);
            }
            run.progress(0.1 + (0.85 * written) / Math.max(1, findingBlocks));
          }),
        );
      } else for (const finding of list) body.push(...findingBlock(ctx, finding, names));
    }
    done += count;
    if (!raw) run.progress(0.05 + (0.75 * done) / Math.max(1, findings.length * 1.2));
  }
  // docx puts the section's properties into the last paragraph of the portrait part: that
  // paragraph stays an object, so docx writes it as it always has.
  const last = lastRaw?.pop();
  if (last) body.push(...findingBlock(ctx, last, names));
  run.progress(raw ? 0.08 : 0.8);
  checkAborted(run.signal);

  // The matrix: one row per theme, one column per group (or source) that has theme-coded
  // findings, totals both ways; the same columns and numbers as the matrix on screen.
  const matrixThemes = sections.filter((s) => s.id !== NO_THEME);
  const groups = matrixColumnsIn(
    findings.filter((f) => f.themeIds.some((id) => themeIds.has(id))).map(matrixColumnOf),
  );
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  const counts = new Map(matrixThemes.map((s) => [s.id, groups.map(() => 0)]));
  for (const finding of findings) {
    const col = groupIndex.get(matrixColumnOf(finding)) ?? 0;
    for (const id of new Set(finding.themeIds)) {
      const row = counts.get(id);
      if (row) row[col] = (row[col] ?? 0) + 1;
    }
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const matrixRows = matrixThemes.map((s) => {
    const row = counts.get(s.id) ?? [];
    return [s.name, ...row.map(String), String(sum(row))];
  });
  const columnTotals = groups.map((_, col) =>
    sum(matrixThemes.map((s) => counts.get(s.id)?.[col] ?? 0)),
  );
  // The matrix has a column per group: it gets a landscape page of its own.
  const wide: (Paragraph | Table)[] = [];
  wide.push(
    heading(1, t('findings.matrix')),
    paragraph(t('findings.matrixText'), { keepNext: true }),
    dataTable(
      {
        header: [
          t('findings.themeColumn'),
          ...groups.map((g) => t(`columns.${g}`)),
          t('findings.total'),
        ],
        rows: [
          ...matrixRows,
          [t('findings.total'), ...columnTotals.map(String), String(sum(columnTotals))],
        ],
        widths: matrixWidths(groups.length + 1),
        rotateHeader: true,
        numeric: Array.from({ length: groups.length + 1 }, (_, i) => i + 1),
        totals: true,
        markers: [...matrixThemes.map((s) => s.color), null],
        width: LANDSCAPE_WIDTH,
      },
      house,
    ),
    caption(t('findings.matrixCaption', { number: 2 })),
  );
  if (!raw) run.progress(0.85);

  run.progress(raw ? 0.1 : 0.9);
  checkAborted(run.signal);

  return packWordDocument(ctx, {
    documentTitle: t('findings.documentTitle'),
    body,
    wideBody: wide,
    tocLevels: '1-2',
    textSize,
    ...(raw ? { raw } : {}),
    ...(mode === 'auto' ? {} : { layout: false }),
  });
}

export const findingsReportBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  reads: { interviews: 'none', documents: false },
  build,
};
