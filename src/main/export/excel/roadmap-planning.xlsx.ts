import type { RoadmapItem } from '../../../shared/domain/roadmap.js';
import {
  FUNDING_STATES,
  ROADMAP_ITEM_KINDS,
  ROADMAP_LEVELS,
  ROADMAP_PHASES,
  ROADMAP_STATUSES,
} from '../../../shared/domain/roadmap.js';
import { BOUWSTENEN } from '../../../shared/domain/nulmeting.js';
import { XLSX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import {
  horizonQuarters,
  quarterCell,
  quarterLabel,
  ROADMAP_KIND_COLORS,
} from '../roadmap-labels.js';
import { roadmapPlanData, type RoadmapPlanData } from '../roadmap-plan-data.js';
import { quarterRange } from '../../../shared/domain/quarter.js';
import type { SnapshotScope } from '../snapshot.js';
import { personLabel } from '../stakeholder-tools-order.js';
import { planningTexts } from './roadmap-planning-texts.js';
import {
  cellText,
  cellTextAgain,
  excelDay,
  workbookSpec,
  writeWorkbook,
  type CellValue,
  type TableSheet,
} from './excel-helpers.js';

// The planning workbook of the routekaart (issue 16), to keep up to date during the plan: one
// row per action with drop-down lists for kind, bouwsteen, phase, level, funding and status; a
// timeline sheet with the quarters as columns, the quarters an action runs coloured by its
// kind; the dependencies with the ones that start too early flagged; and every progress report
// with its date. People appear by pseudonym unless the consultant chose names.

type Texts = ReturnType<typeof planningTexts>;

/** 2.5 as "2,5" in Dutch. */
const levelText = (run: ExportRun, n: number) =>
  run.language === 'nl' ? String(n).replace('.', ',') : String(n);

/** The owner as a cell: the stakeholder by pseudonym (or name), else as typed; cleaned by cellText. */
const owner = (run: ExportRun, item: RoadmapItem) =>
  personLabel(run, (text) => text, item.ownerStakeholderId) || item.ownerText;

export function itemsSheet(run: ExportRun, texts: Texts, data: RoadmapPlanData): TableSheet {
  const { words: w, labels, t } = texts;
  const gapById = new Map(data.gaps.map((g) => [g.dimensionId, g]));
  const passageById = new Map(data.passages.map((p) => [p.id, p]));
  const itemById = new Map(data.items.map((i) => [i.id, i]));
  const rows: CellValue[][] = data.items.map((item, n) => {
    const latest = [...item.updates].sort((a, b) => b.date.localeCompare(a.date))[0];
    return [
      n + 1,
      cellText(run, item.title),
      labels.kinds[item.kind],
      item.bouwsteen ? labels.bouwstenen[item.bouwsteen] : null,
      item.dimensionId ? cellText(run, data.dimensionName(item.dimensionId)) : null,
      quarterCell(item.startQuarter, labels),
      quarterCell(item.endQuarter, labels),
      labels.phases[item.phase],
      labels.levels[item.level],
      cellText(run, owner(run, item)),
      cellText(run, item.effort),
      labels.funding[item.funding],
      labels.statuses[item.status],
      cellText(run, item.goal),
      cellText(run, item.description),
      cellText(
        run,
        item.gapDimensionIds
          .map((d) => {
            const g = gapById.get(d);
            return g
              ? t('gapLine', {
                  dimension: g.name,
                  current: levelText(run, g.current),
                  desired: levelText(run, g.desired),
                })
              : data.dimensionName(d);
          })
          .join('\n'),
      ),
      cellText(
        run,
        item.passageIds
          .map((id) => passageById.get(id))
          .filter((p) => p !== undefined)
          .map((p) => p.title || p.body.slice(0, 80))
          .join('\n'),
      ),
      cellText(
        run,
        item.dependsOn
          .map((id) => itemById.get(id)?.title)
          .filter((title) => title !== undefined)
          .join('\n'),
      ),
      latest ? cellText(run, latest.text) : null,
      item.id,
    ];
  });
  const list = (column: number, values: readonly string[]) => ({ column, values: [...values] });
  return {
    name: w.itemsSheet,
    columns: [
      { header: w.number, width: 5, type: 'number' },
      { header: w.title, width: 36, type: 'long' },
      { header: w.kind, width: 12, type: 'text' },
      { header: w.bouwsteen, width: 22, type: 'text' },
      { header: w.dimension, width: 22, type: 'long' },
      { header: w.start, width: 9, type: 'text' },
      { header: w.end, width: 9, type: 'text' },
      { header: w.phase, width: 20, type: 'text' },
      { header: w.level, width: 12, type: 'text' },
      { header: w.owner, width: 22, type: 'long' },
      { header: w.effort, width: 14, type: 'long' },
      { header: w.funding, width: 13, type: 'text' },
      { header: w.status, width: 12, type: 'text' },
      { header: w.goal, width: 40, type: 'long' },
      { header: w.description, width: 45, type: 'long' },
      { header: w.gaps, width: 30, type: 'long' },
      { header: w.passages, width: 30, type: 'long' },
      { header: w.dependsOn, width: 30, type: 'long' },
      { header: w.latest, width: 40, type: 'long' },
      { header: w.id, width: 22, type: 'text' },
    ],
    rows,
    lists: [
      list(
        2,
        ROADMAP_ITEM_KINDS.map((k) => labels.kinds[k]),
      ),
      list(
        3,
        BOUWSTENEN.map((b) => labels.bouwstenen[b]),
      ),
      list(
        7,
        ROADMAP_PHASES.map((p) => labels.phases[p]),
      ),
      list(
        8,
        ROADMAP_LEVELS.map((l) => labels.levels[l]),
      ),
      list(
        11,
        FUNDING_STATES.map((f) => labels.funding[f]),
      ),
      list(
        12,
        ROADMAP_STATUSES.map((s) => labels.statuses[s]),
      ),
    ],
    notes: [
      t('horizon', {
        from: quarterLabel(data.settings.startQuarter, labels),
        to: quarterLabel(
          horizonQuarters(data.settings.startQuarter, data.settings.horizonYears).at(-1) ??
            data.settings.startQuarter,
          labels,
        ),
      }),
      ...(rows.length === 0 ? [w.noItems] : []),
    ],
  };
}

/** The plan's quarters, widened to the items that start before or end after it. */
export function timelineQuarters(data: RoadmapPlanData): string[] {
  const quarters = horizonQuarters(data.settings.startQuarter, data.settings.horizonYears);
  const starts = [
    quarters[0] ?? data.settings.startQuarter,
    ...data.items.map((i) => i.startQuarter),
  ];
  const ends = [
    quarters.at(-1) ?? data.settings.startQuarter,
    ...data.items.map((i) => i.endQuarter),
  ];
  return quarterRange(starts.sort()[0]!, ends.sort().at(-1)!);
}

export function timelineSheet(run: ExportRun, texts: Texts, data: RoadmapPlanData): TableSheet {
  const { words: w, labels, t } = texts;
  const quarters = timelineQuarters(data);
  const rows: CellValue[][] = [];
  const fills: (string | null)[][] = [];
  // The titles are written (and counted) on the items sheet.
  const quiet = (text: string) => cellTextAgain(run, text);
  data.items.forEach((item, n) => {
    const row: CellValue[] = [
      n + 1,
      quiet(item.title),
      labels.kinds[item.kind],
      item.bouwsteen ? labels.bouwstenen[item.bouwsteen] : null,
    ];
    const fill: (string | null)[] = [null, null, null, null];
    for (const q of quarters) {
      const runs = q >= item.startQuarter && q <= item.endQuarter;
      // A milestone is a moment: a diamond in its quarter.
      row.push(runs && item.kind === 'mijlpaal' ? '◆' : null);
      fill.push(runs ? ROADMAP_KIND_COLORS[item.kind] : null);
    }
    rows.push(row);
    fills.push(fill);
  });
  const legend = ROADMAP_ITEM_KINDS.map(
    (k) => `${labels.kinds[k].toLowerCase()} ${labels.kindColorNames[k]}`,
  ).join(', ');
  return {
    name: w.timelineSheet,
    columns: [
      { header: w.number, width: 5, type: 'number' },
      { header: w.title, width: 36, type: 'text' },
      { header: w.kind, width: 12, type: 'text' },
      { header: w.bouwsteen, width: 20, type: 'text' },
      ...quarters.map((q) => ({ header: quarterCell(q, labels), width: 8, type: 'text' as const })),
    ],
    rows,
    fills,
    notes: [t('timelineNote', { legend }), ...(rows.length === 0 ? [w.noItems] : [])],
  };
}

export function dependenciesSheet(run: ExportRun, texts: Texts, data: RoadmapPlanData): TableSheet {
  const { words: w, labels } = texts;
  const itemById = new Map(data.items.map((i) => [i.id, i]));
  const early = new Set(
    data.warnings
      .filter((x) => x.kind === 'starts-before-dependency')
      .map((x) => `${x.itemId}|${x.otherItemId ?? ''}`),
  );
  const rows: CellValue[][] = [];
  for (const item of data.items)
    for (const id of item.dependsOn) {
      const other = itemById.get(id);
      if (!other) continue;
      // The warning from the core when there is one; else the rule itself (start after end).
      const tooEarly = early.has(`${item.id}|${id}`) || item.startQuarter <= other.endQuarter;
      rows.push([
        cellTextAgain(run, item.title),
        quarterCell(item.startQuarter, labels),
        quarterCell(item.endQuarter, labels),
        cellTextAgain(run, other.title),
        quarterCell(other.startQuarter, labels),
        quarterCell(other.endQuarter, labels),
        tooEarly ? w.startsBefore : null,
      ]);
    }
  return {
    name: w.dependenciesSheet,
    columns: [
      { header: w.title, width: 36, type: 'long' },
      { header: w.start, width: 9, type: 'text' },
      { header: w.end, width: 9, type: 'text' },
      { header: w.dependsOn, width: 36, type: 'long' },
      { header: w.dependsOnStart, width: 12, type: 'text' },
      { header: w.dependsOnEnd, width: 12, type: 'text' },
      { header: w.signal, width: 40, type: 'long' },
    ],
    rows,
    ...(rows.length === 0 ? { notes: [w.noDependencies] } : {}),
  };
}

export function progressSheet(run: ExportRun, texts: Texts, data: RoadmapPlanData): TableSheet {
  const { words: w, labels } = texts;
  const rows: CellValue[][] = data.items
    .flatMap((item) => item.updates.map((u) => ({ item, u })))
    .sort((a, b) => b.u.date.localeCompare(a.u.date) || a.item.position - b.item.position)
    .map(({ item, u }) => [
      excelDay(u.date),
      cellTextAgain(run, item.title),
      // The newest report's text is also on the items sheet; every report is counted here.
      cellText(run, u.text),
      u.status ? labels.statuses[u.status] : null,
      labels.statuses[item.status],
    ]);
  return {
    name: w.progressSheet,
    columns: [
      { header: w.date, width: 13, type: 'date' },
      { header: w.title, width: 36, type: 'long' },
      { header: w.update, width: 60, type: 'long' },
      { header: w.newStatus, width: 16, type: 'text' },
      { header: w.currentStatus, width: 14, type: 'text' },
    ],
    rows,
    lists: [{ column: 3, values: ROADMAP_STATUSES.map((s) => labels.statuses[s]) }],
    ...(rows.length === 0 ? { notes: [w.noUpdates] } : {}),
  };
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const data = roadmapPlanData(run);
  const texts = planningTexts(run.language, data.method ?? undefined);
  const title = texts.t('file', { client: run.snapshot.engagement.clientName });
  const items = itemsSheet(run, texts, data);
  run.progress(0.2);
  checkAborted(run.signal);
  const timeline = timelineSheet(run, texts, data);
  const dependencies = dependenciesSheet(run, texts, data);
  const progress = progressSheet(run, texts, data);
  run.progress(0.4);
  checkAborted(run.signal);
  return writeWorkbook(run, {
    ...workbookSpec(run, { title, sheet: items, labels: texts.info }),
    moreSheets: [timeline, dependencies, progress],
  });
}

// The roadmap and nulmeting parts are declared by their areas through declaration merging.
const reads = {
  interviews: 'none',
  documents: false,
  // No findings list: the workbook shows none, and reading the 30,000 of the bench's engagement
  // for nothing was half of this export's peak memory.
  findings: false,
  roadmap: true,
  nulmeting: true,
  vision: true,
} as SnapshotScope;

export const roadmapPlanningBuilder: ExportBuilder = {
  mimeType: XLSX_MIME,
  inProcess: true,
  reads,
  build,
};
