import { ImageRun, Paragraph, TextRun, type Table } from 'docx';
import type { Finding } from '../../../shared/domain/finding.js';
import {
  type Session,
  type SessionInput,
  type SessionPart,
} from '../../../shared/domain/session.js';
import {
  statementTallyChart,
  tallyPercentages,
  type TallyChartTexts,
} from '../../../shared/charts/statement-tally-chart.js';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { svgToPng } from './svg-png.js';
import { caption, dataTable, heading, meta, paragraph, quote, textRuns } from './word-blocks.js';
import { packWordDocument, privacyLine, wordContext, type WordContext } from './word-document.js';
import { BULLETS } from './word-styles.js';
import { partsOf, sessionsInOrder } from '../session-order.js';

// Every work session of the engagement, one chapter each: the details, the participants counted
// per group (never by name), the agenda, what each table and assignment produced per round, the
// statements with their tally as a table and a bar chart, the examples shown, agreements and
// notes, and the findings made from the session's inputs.

/** Chart width in CSS pixels; drawn at twice that for print. */
const CHART_WIDTH = 600;
const TOP_IDEAS = 5;
/** From agree to disagree, the order of the chart's segments. */
const ANSWERS = ['eens', 'neutraal', 'oneens'] as const;

export function chartTexts(t: (key: string, options?: object) => string): TallyChartTexts {
  return {
    eens: t('sessions.eens'),
    oneens: t('sessions.oneens'),
    neutraal: t('sessions.neutraal'),
    round: (round) => t('sessions.round', { round }),
    noVotes: t('sessions.noVotes'),
  };
}

function typeName(ctx: WordContext, type: string): string {
  const key = `sessions.types.${type}`;
  const name = ctx.t(key);
  return name === key ? ctx.x(type) : name;
}

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
}

function inputLine(ctx: WordContext, input: SessionInput): Paragraph {
  const runs = textRuns(ctx.x(input.text));
  if (input.votes > 0)
    runs.push(
      new TextRun({
        text: `  (${ctx.t('sessions.votes', { count: input.votes })})`,
        color: '57606A',
      }),
    );
  return bullet(runs);
}

/** The inputs of a part, round by round; rounds without input are left out. */
function inputsByRound(ctx: WordContext, part: SessionPart, withRoundHeads: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  const rounds = [...new Set(part.inputs.map((i) => i.round))].sort((a, b) => a - b);
  for (const round of rounds) {
    const inputs = part.inputs.filter((i) => i.round === round && i.text.trim() !== '');
    if (inputs.length === 0) continue;
    if (withRoundHeads)
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 40 },
          children: [new TextRun({ text: ctx.t('sessions.round', { round }), bold: true })],
        }),
      );
    for (const input of inputs) out.push(inputLine(ctx, input));
  }
  return out;
}

function participantsText(ctx: WordContext, session: Session): string {
  const count = session.participantCount ?? session.participants.length;
  return count > 0 ? ctx.t('sessions.participantCount', { count }) : ctx.t('common.none');
}

/** Groups in the room with how many of them were named, never who. */
function groupRows(ctx: WordContext, session: Session): string[][] {
  const counts = new Map<string, number>();
  for (const group of session.audienceGroups) counts.set(group, 0);
  for (const p of session.participants) counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
  return [...counts].map(([group, count]) => [
    ctx.t(`columns.${group}`),
    count > 0 ? String(count) : ctx.t('sessions.present'),
  ]);
}

function chartImage(ctx: WordContext, part: SessionPart, number: number): ImageRun | null {
  if (part.tallies.length === 0) return null;
  const chart = statementTallyChart(
    [{ label: '', rounds: part.tallies }],
    chartTexts(ctx.t as never),
    CHART_WIDTH,
  );
  const png = svgToPng(chart.svg, chart.width * 2);
  if (!png) return null;
  const alt = ctx.t('sessions.chartAlt', { number });
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: chart.width, height: chart.height },
    altText: { name: alt, title: alt, description: alt },
  });
}

function statementBlocks(
  ctx: WordContext,
  part: SessionPart,
  number: number,
  figure: { next: number },
): (Paragraph | Table)[] {
  const { t, x, house } = ctx;
  const out: (Paragraph | Table)[] = [
    heading(3, t('sessions.statementHeading', { number })),
    new Paragraph({
      keepNext: true,
      spacing: { before: 60, after: 120 },
      children: textRuns(x(part.title), { bold: true }),
    }),
  ];
  if (part.body.trim() !== '') out.push(meta(x(part.body)));
  const tallies = [...part.tallies].sort((a, b) => a.round - b.round);
  if (tallies.length === 0) {
    out.push(meta(t('sessions.notTallied')));
  } else {
    out.push(
      dataTable(
        {
          header: [
            t('sessions.roundColumn'),
            ...ANSWERS.map((a) => t(`sessions.${a}`)),
            t('sessions.totalColumn'),
          ],
          rows: tallies.map((tally) => {
            const counts = ANSWERS.map((a) => tally[a]);
            const percents = tallyPercentages(counts);
            const total = counts.reduce((a, b) => a + b, 0);
            return [
              t('sessions.round', { round: tally.round }),
              ...counts.map((c, i) => (total > 0 ? `${c} (${percents[i] ?? 0}%)` : String(c))),
              String(total),
            ];
          }),
          widths: [2, 2, 2, 2, 1.4],
          numeric: [1, 2, 3, 4],
        },
        house,
      ),
    );
    const image = chartImage(ctx, part, number);
    if (image) {
      const n = figure.next++;
      out.push(
        new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [image] }),
        caption(t('sessions.chartCaption', { number: n, statement: number })),
      );
    }
  }
  const discussion = inputsByRound(ctx, part, tallies.length > 1 || part.rounds > 1);
  if (discussion.length > 0)
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 160, after: 40 },
        children: [new TextRun({ text: t('sessions.discussion'), italics: true })],
      }),
      ...discussion,
    );
  return out;
}

function sessionFindings(findings: readonly Finding[], session: Session): Finding[] {
  return findings.filter(
    (f) => f.source.type === 'session' && f.source.session?.sessionId === session.id,
  );
}

function sessionChapter(
  ctx: WordContext,
  session: Session,
  figure: { next: number },
): (Paragraph | Table)[] {
  const { t, x, house } = ctx;
  const out: (Paragraph | Table)[] = [
    heading(1, x(session.title), { pageBreakBefore: true }),
    // A table with its header row: LibreOffice styles the first row of a key/value table as one.
    dataTable(
      {
        header: [t('sessions.type'), typeName(ctx, session.type)],
        rows: [
          [t('sessions.date'), ctx.date(session.scheduledAt) || t('common.none')],
          [t('sessions.goal'), x(session.goal) || t('common.none')],
          [t('sessions.room'), x(session.room) || t('common.none')],
          [t('sessions.facilitators'), session.facilitators.map(x).join(', ') || t('common.none')],
          [t('sessions.participants'), participantsText(ctx, session)],
          [t('sessions.status'), t(`sessions.statuses.${session.status}`)],
        ],
        widths: [3, 7],
      },
      house,
    ),
  ];

  const groups = groupRows(ctx, session);
  if (groups.length > 0)
    out.push(
      heading(2, t('sessions.byGroup')),
      paragraph(t('sessions.byGroupText'), { keepNext: true }),
      dataTable(
        {
          header: [t('sessions.groupColumn'), t('sessions.countColumn')],
          rows: groups,
          widths: [4, 1],
          numeric: [1],
        },
        house,
      ),
    );

  const agenda = partsOf(session, 'agendapunt');
  if (agenda.length > 0)
    out.push(
      heading(2, t('sessions.agenda')),
      dataTable(
        {
          header: [t('sessions.agendaItem'), t('sessions.minutes'), t('sessions.agendaNotes')],
          rows: agenda.map((p) => [
            x(p.title),
            p.minutes === null ? '' : String(p.minutes),
            x(p.body),
          ]),
          widths: [3, 1, 4],
          numeric: [1],
        },
        house,
      ),
    );

  const examples = partsOf(session, 'voorbeeld');
  if (examples.length > 0) {
    out.push(heading(2, t('sessions.examples')));
    for (const p of examples) {
      out.push(heading(3, x(p.title)));
      const where = [x(p.municipality), p.year === null ? '' : String(p.year)].filter(Boolean);
      if (where.length > 0) out.push(meta(where.join(', ')));
      if (p.body.trim() !== '') out.push(paragraph(x(p.body)));
      if (p.appeal.trim() !== '')
        out.push(
          new Paragraph({
            keepNext: true,
            spacing: { before: 80, after: 40 },
            children: [new TextRun({ text: t('sessions.appeal'), bold: true })],
          }),
          paragraph(x(p.appeal)),
        );
      const attachment = p.documentId
        ? ctx.run.snapshot.documents.find((d) => d.id === p.documentId)
        : undefined;
      if (attachment) out.push(meta(t('sessions.attachment', { title: x(attachment.title) })));
      out.push(...inputsByRound(ctx, p, p.rounds > 1));
    }
  }

  const tables = partsOf(session, 'tafel', 'opgave');
  if (tables.length > 0) {
    out.push(heading(2, t('sessions.tables')));
    for (const p of tables) {
      out.push(
        heading(
          3,
          t(p.kind === 'tafel' ? 'sessions.tableHeading' : 'sessions.assignmentHeading', {
            title: x(p.title),
          }),
        ),
      );
      if (p.host.trim() !== '')
        out.push(
          meta(t(p.kind === 'tafel' ? 'sessions.host' : 'sessions.presenter', { host: x(p.host) })),
        );
      if (p.body.trim() !== '') out.push(paragraph(x(p.body)));
      const inputs = inputsByRound(ctx, p, true);
      out.push(...(inputs.length > 0 ? inputs : [meta(t('sessions.noInputs'))]));
    }
  }

  const ideas = session.parts
    .filter((p) => p.kind !== 'stelling')
    .flatMap((p) => p.inputs)
    .filter((i) => i.votes > 0 && i.text.trim() !== '')
    .sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt))
    .slice(0, TOP_IDEAS);
  if (ideas.length > 0)
    out.push(
      heading(2, t('sessions.topIdeas')),
      paragraph(t('sessions.topIdeasText'), { keepNext: true }),
      dataTable(
        {
          header: [t('sessions.ideaColumn'), t('sessions.votesColumn')],
          rows: ideas.map((i) => [x(i.text), String(i.votes)]),
          widths: [5, 1],
          numeric: [1],
        },
        house,
      ),
    );

  const statements = partsOf(session, 'stelling');
  if (statements.length > 0) {
    out.push(heading(2, t('sessions.statements')), paragraph(t('sessions.statementsText')));
    statements.forEach((p, i) => out.push(...statementBlocks(ctx, p, i + 1, figure)));
  }

  out.push(heading(2, t('sessions.notes')));
  const agendaNotes = agenda.flatMap((p) => {
    const lines = inputsByRound(ctx, p, false);
    return lines.length > 0
      ? [
          new Paragraph({
            keepNext: true,
            spacing: { before: 120, after: 40 },
            children: [new TextRun({ text: x(p.title), bold: true })],
          }),
          ...lines,
        ]
      : [];
  });
  if (session.notes.trim() !== '') out.push(paragraph(x(session.notes)));
  out.push(...agendaNotes);
  if (session.notes.trim() === '' && agendaNotes.length === 0)
    out.push(meta(t('sessions.noNotes')));

  out.push(heading(2, t('sessions.findings')));
  const findings = sessionFindings(ctx.run.snapshot.findings, session);
  if (findings.length === 0) out.push(meta(t('sessions.noFindings')));
  for (const finding of findings) {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 40 },
        children: textRuns(x(finding.statement), { bold: true }),
      }),
    );
    if (finding.quote.trim() !== '') out.push(quote(x(finding.quote)));
    // Within the session's own chapter the source is the part and round.
    const where = finding.source.session;
    out.push(
      meta(
        `${t(`kind.${finding.kind}`)}  ·  ${t('findings.source')}: ${t('sessions.findingSource', {
          part: x(where?.partTitle ?? ''),
          round: where?.round ?? 1,
        })}`,
      ),
    );
  }
  return out;
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const ctx = wordContext(run);
  const { t, x, house } = ctx;
  const sessions = sessionsInOrder(run.snapshot.sessions ?? []);
  const body: (Paragraph | Table)[] = [
    heading(1, t('sessions.intro'), { pageBreakBefore: true }),
    privacyLine(ctx),
    paragraph(t('sessions.introText', { count: sessions.length })),
  ];
  if (sessions.length === 0) body.push(meta(t('sessions.noSessions')));
  else
    body.push(
      heading(2, t('sessions.overview')),
      dataTable(
        {
          header: [
            t('sessions.titleColumn'),
            t('sessions.typeColumn'),
            t('sessions.dateColumn'),
            t('sessions.participantsColumn'),
          ],
          rows: sessions.map((s) => [
            x(s.title),
            typeName(ctx, s.type),
            ctx.date(s.scheduledAt) || t('common.none'),
            participantsText(ctx, s),
          ]),
          widths: [4, 2, 3, 2],
        },
        house,
      ),
      caption(t('sessions.overviewCaption')),
    );
  run.progress(0.05);
  const figure = { next: 1 };
  sessions.forEach((session, i) => {
    checkAborted(run.signal);
    body.push(...sessionChapter(ctx, session, figure));
    run.progress(0.05 + (0.8 * (i + 1)) / sessions.length);
  });
  checkAborted(run.signal);
  const textSize = sessions.reduce(
    (n, s) =>
      n +
      s.notes.length +
      s.goal.length +
      s.parts.reduce(
        (m, p) =>
          m + p.title.length + p.body.length + p.inputs.reduce((k, i) => k + i.text.length, 0),
        0,
      ),
    0,
  );
  return packWordDocument(ctx, {
    documentTitle: t('sessions.documentTitle'),
    ...(sessions.length === 1 && sessions[0] ? { coverLine: x(sessions[0].title) } : {}),
    body,
    tocLevels: '1-2',
    textSize,
  });
}

export const sessionReportBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  // Documents for the titles of examples' attachments.
  reads: { interviews: 'none', documents: true, sessions: true },
  build,
};
