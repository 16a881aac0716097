import {
  statementTallyChart,
  type TallyChartTexts,
} from '../../../shared/charts/statement-tally-chart.js';
import { TALLY_ANSWERS, type Session } from '../../../shared/domain/session.js';
import { XLSX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { svgToPng } from '../word/svg-png.js';
import { partsOf, sessionsInOrder } from '../session-order.js';
import {
  cellText,
  excelLocalDateTime,
  uncounted,
  workbookSpec,
  writeWorkbook,
  type CellValue,
  type SheetImage,
  type TableSheet,
} from './excel-helpers.js';
import { excelTexts } from './excel-texts.js';

// The tally of every statement of every session: one row per statement and round, with eens /
// neutraal / oneens as counts and as shares of the votes, so the numbers can be filtered,
// compared between rounds and charted. A second sheet holds the same bar chart as the session
// report, one picture per session (exceljs cannot write native charts).

type Texts = ReturnType<typeof excelTexts>;

const CHART_WIDTH = 640;

/** "12 maart 2026": the day as typed, without a time zone to shift it. */
const DAY = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

function chartTexts(texts: Texts): TallyChartTexts {
  const l = texts.labels.statements;
  return {
    eens: l.eens,
    oneens: l.oneens,
    neutraal: l.neutraal,
    round: (round) => texts.t('statements.roundLabel', { round }),
    noVotes: l.noVotes,
  };
}

export function statementsSheet(
  run: ExportRun,
  texts: Texts,
  sessions: readonly Session[],
): TableSheet {
  const l = texts.labels.statements;
  const rows: CellValue[][] = [];
  for (const session of sessions) {
    const title = cellText(run, session.title);
    partsOf(session, 'stelling').forEach((part, index) => {
      const statement = cellText(run, part.title);
      for (const tally of [...part.tallies].sort((a, b) => a.round - b.round)) {
        const counts = TALLY_ANSWERS.map((a) => tally[a]);
        const total = counts.reduce((a, b) => a + b, 0);
        rows.push([
          title,
          excelLocalDateTime(session.scheduledAt),
          index + 1,
          statement,
          tally.round,
          tally.eens,
          tally.neutraal,
          tally.oneens,
          total,
          total > 0 ? tally.eens / total : null,
          total > 0 ? tally.neutraal / total : null,
          total > 0 ? tally.oneens / total : null,
          tally.revealed ? l.yes : l.no,
        ]);
      }
    });
  }
  return {
    name: l.sheet,
    columns: [
      { header: l.session, width: 30, type: 'long' },
      { header: l.date, width: 17, type: 'dateTime' },
      { header: l.number, width: 6, type: 'number' },
      { header: l.statement, width: 60, type: 'long' },
      { header: l.round, width: 8, type: 'number' },
      { header: l.eens, width: 9, type: 'number' },
      { header: l.neutraal, width: 10, type: 'number' },
      { header: l.oneens, width: 9, type: 'number' },
      { header: l.total, width: 9, type: 'number' },
      { header: l.eensShare, width: 10, type: 'percent' },
      { header: l.neutraalShare, width: 12, type: 'percent' },
      { header: l.oneensShare, width: 11, type: 'percent' },
      { header: l.revealed, width: 10, type: 'text' },
    ],
    rows,
  };
}

/** One chart per session with tallied statements, each statement labelled "1. text …". */
export function statementCharts(
  run: ExportRun,
  texts: Texts,
  sessions: readonly Session[],
): SheetImage[] {
  const images: SheetImage[] = [];
  for (const session of sessions) {
    checkAborted(run.signal);
    const items = partsOf(session, 'stelling')
      .map((part, i) => ({
        // Cleaned but not counted again: the same text is in the data sheet.
        label: `${i + 1}. ${uncounted(part.title)}`,
        rounds: part.tallies,
      }))
      .filter((item) => item.rounds.length > 0);
    if (items.length === 0) continue;
    const chart = statementTallyChart(items, chartTexts(texts), CHART_WIDTH);
    const png = svgToPng(chart.svg, chart.width * 2);
    if (!png) continue;
    const day = session.scheduledAt
      ? DAY[run.language].format(new Date(`${session.scheduledAt.slice(0, 10)}T12:00:00Z`))
      : null;
    const name = uncounted(session.title);
    images.push({
      // Made of cleaned text: xml() in cellText() finds nothing more to remove or count.
      title: cellText(
        run,
        day
          ? texts.t('statements.chartTitle', { session: name, date: day })
          : texts.t('statements.chartTitleNoDate', { session: name }),
      ),
      png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength),
      width: chart.width,
      height: chart.height,
    });
  }
  return images;
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const texts = excelTexts(run.language);
  const l = texts.labels.statements;
  const sessions = sessionsInOrder(run.snapshot.sessions ?? []);
  const sheet = statementsSheet(run, texts, sessions);
  if (sheet.rows.length === 0) sheet.notes = [l.noStatements];
  run.progress(0.2);
  const images = statementCharts(run, texts, sessions);
  run.progress(0.5);
  const title = texts.t('statements.file', { client: run.snapshot.engagement.clientName });
  return writeWorkbook(run, {
    ...workbookSpec(run, { title, sheet, labels: texts.labels.info }),
    images: { name: l.chartSheet, images, empty: l.noStatements },
  });
}

export const statementResultsBuilder: ExportBuilder = {
  mimeType: XLSX_MIME,
  inProcess: true,
  reads: { interviews: 'none', documents: false, sessions: true },
  build,
};
