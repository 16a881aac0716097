import { BorderStyle, ImageRun, Paragraph, TextRun, type Table } from 'docx';
import type { StakeholderGroup } from '../../../shared/domain/stakeholder.js';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain/stakeholder.js';
import type {
  VisionPassageKind,
  VisionSnapshot,
  VisionSnapshotFinding,
  VisionSnapshotPassage,
} from '../../../shared/domain/vision.js';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import type { SnapshotScope } from '../snapshot.js';
import { PAPER_MM } from '../../../shared/poster/poster-input.js';
import { posterPng } from '../poster/poster-png.js';
import { EMPTY_VISION, exportPoster } from '../poster/vision-poster.js';
import { latestVersion, posterVersion } from '../../../shared/poster/poster-version.js';
import type { VisionAdoption } from '../../../shared/domain/adoption.js';
import { sourceLabel } from './findings-report.docx.js';
import { caption, dataTable, heading, meta, paragraph, quote, textRuns } from './word-blocks.js';
import { packWordDocument, privacyLine, wordContext, type WordContext } from './word-document.js';
import { BULLETS, readable } from './word-styles.js';

// The Visiedocument of step 3: the vision of the working copy as a document for the MT and the
// council. The kernvisie on a page of its own; why and how the vision was made (with the real
// counts of the four steps); each theme with what it means for inhabitants, staff and the
// board and the findings it rests on (counted per group, a few quotes under pseudonyms);
// ambities, kernwaarden, randvoorwaarden, the next steps, the poster as a picture, and an
// appendix that traces every passage to its findings and their sources.

const MAX_QUOTES = 3;
/** The poster in the document as an A3 at 150 dpi (1754 px wide): sharp in print at this size. */
const POSTER_DPI = 150;
/**
 * The poster's height on the page in CSS pixels (96 dpi): 19.6 cm, so the heading, a line of
 * text, the poster and its caption share one A4 page; its width (13.8 cm) fits the text width.
 */
const POSTER_HEIGHT_PX = 740;

type Block = Paragraph | Table;

const ofKind = (vision: VisionSnapshot, kind: VisionPassageKind): VisionSnapshotPassage[] =>
  vision.passages.filter((p) => p.kind === kind).sort((a, b) => a.position - b.position);

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
}

function boldLead(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 160, after: 40 },
    children: [new TextRun({ text, bold: true })],
  });
}

/** The cover's version: the export option when given, else the vision's own version. */
function versionText(
  ctx: WordContext,
  vision: VisionSnapshot,
  adoption: VisionAdoption | null,
  language: 'nl' | 'en',
): string | undefined {
  const latest = latestVersion(vision.versions);
  if (!latest) return undefined;
  // The poster's rule: an adopted or definitief version, unchanged, is no longer a concept.
  const { label, isDraft } = posterVersion(
    { passages: vision.passages, versions: vision.versions, adoption },
    language,
  );
  if (!isDraft) return label;
  return latest.status === 'definitief'
    ? ctx.t('vision.versionChanged', { label })
    : ctx.t('vision.versionConcept', { label });
}

/**
 * The kernvisie on a page of its own, large, with a bar in the house colour: the statement the
 * rest of the document works out. A passage titled like the chapter ("Kernvisie") shows only
 * its text.
 */
function kernvisieBlocks(ctx: WordContext, vision: VisionSnapshot): Block[] {
  const { t, x, house } = ctx;
  const kern = ofKind(vision, 'kernvisie');
  const chapter = t('vision.kernvisie');
  const out: Block[] = [heading(1, chapter, { pageBreakBefore: true })];
  if (kern.length === 0) return [...out, meta(t('vision.noKernvisie'))];
  const bar = {
    left: { style: BorderStyle.SINGLE, size: 36, color: house.secondary, space: 14 },
  };
  kern.forEach((passage, i) => {
    const rawTitle = x(passage.title).trim();
    const body = x(passage.body).trim();
    const title = rawTitle.toLowerCase() === chapter.toLowerCase() && body !== '' ? '' : rawTitle;
    const first = i === 0 ? 1600 : 480;
    if (title !== '' && body !== '')
      out.push(
        new Paragraph({
          keepNext: true,
          border: bar,
          indent: { left: 280 },
          spacing: { before: first, after: 120 },
          children: textRuns(title, { bold: true, size: 32, color: readable(house.primary) }),
        }),
      );
    out.push(
      new Paragraph({
        border: bar,
        indent: { left: 280 },
        spacing: { before: title !== '' && body !== '' ? 0 : first, after: 240, line: 420 },
        children: textRuns(body || title, { size: 32, color: '24292F' }),
      }),
    );
  });
  return out;
}

function backgroundBlocks(ctx: WordContext): Block[] {
  const { t, x, run } = ctx;
  const { engagement } = run.snapshot;
  return [
    heading(1, t('vision.background'), { pageBreakBefore: true }),
    paragraph(
      t('vision.backgroundText', {
        client: x(engagement.clientName),
        title: x(engagement.title),
      }),
    ),
    paragraph(t('vision.backgroundMethod')),
    privacyLine(ctx),
  ];
}

function approachBlocks(
  ctx: WordContext,
  vision: VisionSnapshot,
  table: { next: number },
): Block[] {
  const { t, house } = ctx;
  const a = vision.approach;
  const out: Block[] = [
    heading(1, t('vision.approach')),
    paragraph(t('vision.approachText'), { keepNext: true }),
    dataTable(
      {
        header: [t('vision.stepColumn'), t('vision.whatColumn'), t('vision.countColumn')],
        rows: [
          [
            t('vision.step1'),
            t('vision.step1Text'),
            t('vision.step1Count', { count: a.documents }),
          ],
          [
            t('vision.step2'),
            t('vision.step2Text'),
            t('vision.step2Count', { count: a.interviewsTotal }),
          ],
          [
            t('vision.step3'),
            t('vision.step3Text'),
            t('vision.step3Count', {
              sessions: t('vision.sessions', { count: a.sessionsHeld }),
              participants: t('vision.participants', { count: a.sessionParticipants }),
            }),
          ],
          [t('vision.step4'), t('vision.step4Text'), t('vision.step4Count', { count: a.findings })],
        ],
        widths: [3, 6, 3],
      },
      house,
    ),
    caption(t('vision.approachCaption', { number: table.next++ })),
  ];
  const groups = STAKEHOLDER_GROUPS.filter((g) => (a.interviewsByGroup[g] ?? 0) > 0);
  if (groups.length > 0)
    out.push(
      heading(2, t('vision.byGroup')),
      paragraph(t('vision.byGroupText'), { keepNext: true }),
      dataTable(
        {
          header: [t('vision.groupColumn'), t('vision.interviewsColumn')],
          rows: groups.map((g) => [t(`columns.${g}`), String(a.interviewsByGroup[g] ?? 0)]),
          widths: [4, 1],
          numeric: [1],
        },
        house,
      ),
      caption(t('vision.byGroupCaption', { number: table.next++ })),
    );
  return out;
}

/** "Wethouders (2), Inwoners (1), zonder groep (1)", in the method's order of groups. */
function groupsText(ctx: WordContext, counts: VisionSnapshotPassage['groupCounts']): string {
  const keys: (StakeholderGroup | 'none')[] = [...STAKEHOLDER_GROUPS, 'none'];
  return keys
    .filter((g) => (counts[g] ?? 0) > 0)
    .map((g) =>
      ctx.t('vision.groupCount', {
        group: g === 'none' ? ctx.t('vision.noGroup') : ctx.t(`columns.${g}`),
        count: counts[g] ?? 0,
      }),
    )
    .join(', ');
}

/** The quotes that speak most for a passage: the most important findings with a quote first. */
function strongestQuotes(findings: readonly VisionSnapshotFinding[]): VisionSnapshotFinding[] {
  return findings
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => f.quote.trim() !== '')
    .sort((a, b) => b.f.importance - a.f.importance || a.order - b.order)
    .slice(0, MAX_QUOTES)
    .map(({ f }) => f);
}

function supportBlocks(
  ctx: WordContext,
  passage: VisionSnapshotPassage,
  names: Map<string, string>,
): Block[] {
  const { t, x } = ctx;
  const out: Block[] = [boldLead(t('vision.support'))];
  if (passage.findings.length === 0) return [...out, meta(t('vision.noSupport'))];
  const groups = groupsText(ctx, passage.groupCounts);
  out.push(
    paragraph(
      t('vision.supportText', { count: passage.findings.length }) +
        (groups ? t('vision.supportGroups', { groups }) : t('vision.supportNoGroups')),
    ),
  );
  for (const finding of strongestQuotes(passage.findings))
    out.push(quote(x(finding.quote)), meta(sourceLabel(ctx, finding, names)));
  return out;
}

function themeBlocks(
  ctx: WordContext,
  vision: VisionSnapshot,
  names: Map<string, string>,
): Block[] {
  const { t, x } = ctx;
  const themes = ofKind(vision, 'themavisie');
  const out: Block[] = [heading(1, t('vision.themes'), { pageBreakBefore: true })];
  if (themes.length === 0) return [...out, meta(t('vision.noThemes'))];
  out.push(paragraph(t('vision.themesText', { count: themes.length })));
  for (const theme of themes) {
    checkAborted(ctx.run.signal);
    out.push(heading(2, x(theme.title)));
    if (theme.portfolioHolderName)
      out.push(
        // By name, as on the poster: a public office (see posterSource in vision-poster.ts).
        meta(
          t('vision.portfolio', {
            name: ctx.run.text.xmlKeepingNames(theme.portfolioHolderName),
          }),
          { keepNext: true },
        ),
      );
    if (theme.body.trim() !== '') out.push(paragraph(x(theme.body)));
    const meanings = (
      [
        ['vision.forInhabitants', theme.forInhabitants],
        ['vision.forStaff', theme.forStaff],
        ['vision.forBoard', theme.forBoard],
      ] as const
    ).filter(([, text]) => text.trim() !== '');
    if (meanings.length > 0) {
      out.push(boldLead(t('vision.meaning')));
      // Kept whole, so "Wat betekent dit?" never ends a page without its first line.
      for (const [label, text] of meanings)
        out.push(
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            keepLines: true,
            children: [new TextRun({ text: `${t(label)}: `, bold: true }), ...textRuns(x(text))],
          }),
        );
    }
    out.push(...supportBlocks(ctx, theme, names));
  }
  return out;
}

/** Ambities, kernwaarden or randvoorwaarden: a list, each item its title in bold and its text. */
function listChapter(
  ctx: WordContext,
  vision: VisionSnapshot,
  kind: VisionPassageKind,
  titleKey: string,
  textKey: string,
): Block[] {
  const { t, x } = ctx;
  const items = ofKind(vision, kind);
  const out: Block[] = [heading(1, t(titleKey))];
  if (items.length === 0) return [...out, meta(t('vision.none'))];
  out.push(paragraph(t(textKey), { keepNext: true }));
  for (const item of items) {
    const title = x(item.title).trim();
    const body = x(item.body).trim();
    out.push(
      bullet(
        title !== '' && body !== ''
          ? [new TextRun({ text: title, bold: true }), new TextRun(' – '), ...textRuns(body)]
          : textRuns(title || body),
      ),
    );
  }
  return out;
}

function nextStepBlocks(ctx: WordContext): Block[] {
  const { t } = ctx;
  return [
    heading(1, t('vision.nextSteps')),
    paragraph(t('vision.nextStepsText'), { keepNext: true }),
    // Each step's lead word ("Vaststelling:") in bold.
    ...(['nextAdopt', 'nextBaseline', 'nextRoadmap', 'nextReview'] as const).map((key) => {
      const [lead, ...rest] = t(`vision.${key}`).split(': ');
      return bullet(
        rest.length > 0
          ? [new TextRun({ text: `${lead ?? ''}: `, bold: true }), new TextRun(rest.join(': '))]
          : [new TextRun(lead ?? '')],
      );
    }),
  ];
}

function posterBlocks(ctx: WordContext, figure: { next: number }): Block[] {
  const { t, run } = ctx;
  // The document counts its own removed characters; the poster repeats the same texts.
  const poster = exportPoster(run, run.text.uncounted());
  // An A0 poster is the A3 drawing on larger paper: drawn as many pixels as an A3 one.
  const dpi = (POSTER_DPI * PAPER_MM.A3.width) / PAPER_MM[poster.options.format].width;
  const png = posterPng(poster.svg, { dpi });
  const width = Math.round((POSTER_HEIGHT_PX * 297) / 420);
  const alt = t('vision.posterAlt');
  return [
    heading(1, t('vision.poster'), { pageBreakBefore: true }),
    paragraph(t('vision.posterText'), { keepNext: true }),
    new Paragraph({
      keepNext: true,
      alignment: 'center',
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width, height: POSTER_HEIGHT_PX },
          altText: { name: alt, title: alt, description: alt },
        }),
      ],
    }),
    caption(t('vision.posterCaption', { number: figure.next++ })),
  ];
}

/** Every passage with its findings and their sources; a passage without findings says so. */
function traceabilityBlocks(
  ctx: WordContext,
  vision: VisionSnapshot,
  names: Map<string, string>,
  table: { next: number },
): Block[] {
  const { t, x, house } = ctx;
  const rows: string[][] = [];
  const passages = [...vision.passages].sort((a, b) => a.position - b.position);
  for (const passage of passages) {
    const label = t('vision.passageLabel', {
      kind: t(`vision.kinds.${passage.kind}`),
      title: x(passage.title),
    });
    if (passage.findings.length === 0) rows.push([label, t('vision.noFindingsRow'), '']);
    passage.findings.forEach((finding, i) =>
      rows.push([i === 0 ? label : '', x(finding.statement), sourceLabel(ctx, finding, names)]),
    );
  }
  return [
    heading(1, t('vision.traceability'), { pageBreakBefore: true }),
    paragraph(t('vision.traceabilityText'), { keepNext: true }),
    dataTable(
      {
        header: [t('vision.passageColumn'), t('vision.findingColumn'), t('vision.sourceColumn')],
        rows,
        widths: [3, 5, 3],
      },
      house,
    ),
    caption(t('vision.traceabilityCaption', { number: table.next++ })),
  ];
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const vision = run.snapshot.vision ?? EMPTY_VISION;
  // The cover shows the vision's version unless the consultant typed one for this export.
  const version =
    run.options.version ??
    versionText(wordContext(run), vision, run.snapshot.adoption?.adoption ?? null, run.language);
  const ctx = wordContext(version ? { ...run, options: { ...run.options, version } } : run);
  const { t, x } = ctx;
  const names = new Map(run.snapshot.stakeholders.map((s) => [s.pseudonym, x(s.name)]));
  const table = { next: 1 };
  const figure = { next: 1 };
  const body: Block[] = [...kernvisieBlocks(ctx, vision), ...backgroundBlocks(ctx)];
  body.push(...approachBlocks(ctx, vision, table));
  run.progress(0.1);
  checkAborted(run.signal);
  body.push(...themeBlocks(ctx, vision, names));
  body.push(
    ...listChapter(ctx, vision, 'ambitie', 'vision.ambitions', 'vision.ambitionsText'),
    ...listChapter(ctx, vision, 'kernwaarde', 'vision.coreValues', 'vision.coreValuesText'),
    ...listChapter(
      ctx,
      vision,
      'randvoorwaarde',
      'vision.preconditions',
      'vision.preconditionsText',
    ),
    ...nextStepBlocks(ctx),
  );
  run.progress(0.3);
  checkAborted(run.signal);
  // Drawing the poster is the slow part (a second or two).
  body.push(...posterBlocks(ctx, figure));
  run.progress(0.7);
  checkAborted(run.signal);
  body.push(...traceabilityBlocks(ctx, vision, names, table));
  const textSize = vision.passages.reduce(
    (n, p) =>
      n +
      p.title.length +
      p.body.length +
      p.forInhabitants.length +
      p.forStaff.length +
      p.forBoard.length +
      p.findings.reduce((m, f) => m + f.statement.length + f.quote.length, 0),
    0,
  );
  const bytes = await packWordDocument(ctx, {
    documentTitle: t('vision.documentTitle'),
    body,
    tocLevels: '1-2',
    textSize,
  });
  run.progress(1);
  return bytes;
}

export const visionDocumentBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  // The routekaart (declared by its area) for the poster's band, as the poster exports read it.
  reads: {
    interviews: 'none',
    documents: false,
    vision: true,
    adoption: true,
    roadmap: true,
  } as SnapshotScope,
  build,
};
