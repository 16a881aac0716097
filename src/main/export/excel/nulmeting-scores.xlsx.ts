import type { Language } from '../../../shared/domain/common.js';
import type { DimensionSummary, Respondent } from '../../../shared/domain/nulmeting.js';
import {
  CONFIDENCES,
  MATURITY_LEVEL_MAX,
  MATURITY_LEVEL_MIN,
  RESPONDENT_GROUPS,
} from '../../../shared/domain/nulmeting.js';
import { XLSX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { nulmetingData, type NulmetingExportData } from '../nulmeting-data.js';
import { nulmetingRadarSvg } from '../nulmeting-radar.js';
import { personLabel } from '../stakeholder-tools-order.js';
import { svgToPng } from '../word/svg-png.js';
import { formatDate } from '../word/word-document.js';
import { nulmetingScoresTexts } from './nulmeting-scores-texts.js';
import {
  cellText,
  uncounted,
  workbookSpec,
  writeWorkbook,
  type CellValue,
  type ImageSheet,
  type TableSheet,
} from './excel-helpers.js';

// The nulmeting's scores as a workbook (issue 15): one row per respondent and dimension with the
// current and desired level (a drop-down of the levels 1, 1.5 … 5, so the sheet can be filled in
// a workshop), the consensus (agreed levels, gap, spread), the means per group, the model's level
// texts and the radar as a picture. Respondents appear by pseudonym unless the consultant chose
// names. Every number comes from summariseAssessment (see nulmeting-data.ts).

type Texts = ReturnType<typeof nulmetingScoresTexts>;

/** 1, 1.5 … 5: what a level cell accepts. */
export const LEVEL_CHOICES: number[] = Array.from(
  { length: (MATURITY_LEVEL_MAX - MATURITY_LEVEL_MIN) * 2 + 1 },
  (_, i) => MATURITY_LEVEL_MIN + i / 2,
);

/** The radar on the sheet, in pixels. */
const RADAR_WIDTH = 760;

/**
 * A respondent as a cell: a stakeholder by pseudonym (with names "Name (R01)"); someone typed in
 * by what was typed only with names, else "Respondent 3" (their place in the list).
 */
export function respondentLabel(
  run: ExportRun,
  texts: Texts,
  respondent: Respondent,
  number: number,
): string {
  const person = personLabel(run, (text) => text, respondent.stakeholderId);
  if (person) return person;
  if (run.options.useNames && respondent.label.trim() !== '') return respondent.label;
  return texts.t('respondentNumber', { number });
}

function measurementNote(texts: Texts, data: NulmetingExportData, language: Language): string {
  const view = data.view;
  if (!view) return texts.words.noAssessment;
  return texts.t('measurement', {
    name: uncounted(view.assessment.name),
    date: formatDate(view.assessment.date, language),
    years: view.assessment.horizonYears,
  });
}

export function scoresSheet(run: ExportRun, texts: Texts, data: NulmetingExportData): TableSheet {
  const { words: w, labels } = texts;
  const view = data.view;
  const rows: CellValue[][] = [];
  if (view) {
    const byKey = new Map(view.scores.map((s) => [`${s.respondentId} ${s.dimensionId}`, s]));
    view.respondents.forEach((r, i) => {
      const who = cellText(run, respondentLabel(run, texts, r, i + 1));
      for (const d of data.model.dimensions) {
        const score = byKey.get(`${r.id} ${d.id}`);
        rows.push([
          who,
          labels.groups[r.group],
          cellText(run, d.name),
          score?.current ?? null,
          score?.desired ?? null,
          score?.confidence ? labels.confidences[score.confidence] : null,
          cellText(run, score?.evidence ?? ''),
          r.id,
          d.id,
        ]);
      }
    });
  }
  const levels = LEVEL_CHOICES.map(String);
  return {
    name: w.sheet,
    columns: [
      { header: w.respondent, width: 24, type: 'text' },
      { header: w.group, width: 20, type: 'text' },
      { header: w.dimension, width: 30, type: 'text' },
      { header: w.current, width: 10, type: 'number' },
      { header: w.desired, width: 10, type: 'number' },
      { header: w.confidence, width: 12, type: 'text' },
      { header: w.evidence, width: 60, type: 'long' },
      { header: w.respondentId, width: 22, type: 'text' },
      { header: w.dimensionId, width: 22, type: 'text' },
    ],
    rows,
    lists: [
      { column: 3, values: levels },
      { column: 4, values: levels },
      { column: 5, values: CONFIDENCES.map((c) => labels.confidences[c]) },
    ],
    notes: [measurementNote(texts, data, run.language), w.levelsNote],
  };
}

/** One consensus row: the numbers of summariseAssessment for the dimension, as they are. */
function consensusRow(run: ExportRun, data: NulmetingExportData, s: DimensionSummary): CellValue[] {
  const dimension = data.model.dimensions.find((d) => d.id === s.dimensionId);
  const agreed = data.view?.agreed.find((a) => a.dimensionId === s.dimensionId);
  const findings = (agreed?.findingIds ?? [])
    .map((id) => data.findings.get(id))
    .filter((f) => f !== undefined)
    .map((f) => `${f.statement} (${f.sourceLabel})`)
    .join('\n');
  return [
    cellText(run, dimension?.name ?? s.dimensionId),
    s.current,
    s.desired,
    s.gap,
    s.spreadCurrent?.min ?? null,
    s.spreadCurrent?.max ?? null,
    s.spreadDesired?.min ?? null,
    s.spreadDesired?.max ?? null,
    s.spreadCurrent?.n ?? 0,
    cellText(run, agreed?.rationale ?? ''),
    cellText(run, findings),
    s.dimensionId,
  ];
}

export function consensusSheet(
  run: ExportRun,
  texts: Texts,
  data: NulmetingExportData,
): TableSheet {
  const { words: w } = texts;
  const levels = LEVEL_CHOICES.map(String);
  return {
    name: w.consensusSheet,
    columns: [
      { header: w.dimension, width: 30, type: 'text' },
      { header: w.agreedCurrent, width: 12, type: 'number' },
      { header: w.agreedDesired, width: 12, type: 'number' },
      { header: w.gap, width: 10, type: 'number' },
      { header: w.currentMin, width: 10, type: 'number' },
      { header: w.currentMax, width: 10, type: 'number' },
      { header: w.desiredMin, width: 10, type: 'number' },
      { header: w.desiredMax, width: 10, type: 'number' },
      { header: w.scores, width: 10, type: 'number' },
      { header: w.rationale, width: 50, type: 'long' },
      { header: w.findings, width: 50, type: 'long' },
      { header: w.dimensionId, width: 22, type: 'text' },
    ],
    rows: data.view ? data.summary.map((s) => consensusRow(run, data, s)) : [],
    lists: [
      { column: 1, values: levels },
      { column: 2, values: levels },
    ],
    notes: [w.consensusNote],
  };
}

/** The mean levels per group and dimension, rounded to one decimal as the report prints them. */
export function groupsSheet(run: ExportRun, texts: Texts, data: NulmetingExportData): TableSheet {
  const { words: w, labels } = texts;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  const rows: CellValue[][] = data.summary.flatMap((s) => {
    const name = cellText(
      run,
      data.model.dimensions.find((d) => d.id === s.dimensionId)?.name ?? '',
    );
    return s.byGroup
      .slice()
      .sort((a, b) => RESPONDENT_GROUPS.indexOf(a.group) - RESPONDENT_GROUPS.indexOf(b.group))
      .map((g) => [name, labels.groups[g.group], g.n, round(g.current), round(g.desired)]);
  });
  return {
    name: w.groupsSheet,
    columns: [
      { header: w.dimension, width: 30, type: 'text' },
      { header: w.group, width: 20, type: 'text' },
      { header: w.count, width: 10, type: 'number' },
      { header: w.meanCurrent, width: 14, type: 'number' },
      { header: w.meanDesired, width: 14, type: 'number' },
    ],
    rows,
  };
}

export function modelSheet(run: ExportRun, texts: Texts, data: NulmetingExportData): TableSheet {
  const { words: w, labels, t } = texts;
  const levels = data.model.levels;
  return {
    name: w.modelSheet,
    columns: [
      { header: w.dimension, width: 26, type: 'text' },
      { header: w.description, width: 40, type: 'long' },
      { header: w.bouwstenen, width: 26, type: 'long' },
      ...levels.map((l) => ({
        header: t('levelHeader', { level: l.level, label: l.label }),
        width: 40,
        type: 'long' as const,
      })),
      { header: w.dimensionId, width: 22, type: 'text' },
    ],
    rows: data.model.dimensions.map((d) => [
      cellText(run, d.name),
      cellText(run, d.description),
      d.bouwstenen.map((b) => labels.bouwstenen[b]).join('\n'),
      ...levels.map((_, i) => cellText(run, d.levels[i] ?? '')),
      d.id,
    ]),
  };
}

function radarSheet(run: ExportRun, texts: Texts, data: NulmetingExportData): ImageSheet {
  const svg = nulmetingRadarSvg(data, run.language, (text) => run.text.uncounted().xml(text));
  const png = data.view ? svgToPng(svg, RADAR_WIDTH * 2) : null;
  const height = Math.round((RADAR_WIDTH * 660) / 760);
  return {
    name: texts.words.radarSheet,
    images: png
      ? [
          {
            title: texts.words.radarTitle,
            png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength),
            width: RADAR_WIDTH,
            height,
          },
        ]
      : [],
    empty: texts.words.radarEmpty,
  };
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const texts = nulmetingScoresTexts(run.language);
  const data = nulmetingData(run);
  const title = texts.t('file', { client: run.snapshot.engagement.clientName });
  const sheet = scoresSheet(run, texts, data);
  run.progress(0.3);
  checkAborted(run.signal);
  const more = [
    consensusSheet(run, texts, data),
    groupsSheet(run, texts, data),
    modelSheet(run, texts, data),
  ];
  run.progress(0.5);
  checkAborted(run.signal);
  const images = radarSheet(run, texts, data);
  run.progress(0.7);
  return writeWorkbook(run, {
    ...workbookSpec(run, { title, sheet, labels: texts.info }),
    moreSheets: more,
    images,
  });
}

export const nulmetingScoresBuilder: ExportBuilder = {
  mimeType: XLSX_MIME,
  inProcess: true,
  reads: { interviews: 'none', documents: false, nulmeting: true },
  build,
};
