import { forceFieldChart } from '../../../shared/charts/force-field-chart.js';
import { XLSX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import type { StakeholderToolsData } from '../../../shared/domain/stakeholder-tools.js';
import {
  actionsByDate,
  comparedScoring,
  ownerLabel,
  placedParties,
} from '../stakeholder-tools-order.js';
import { svgToPng } from '../word/svg-png.js';
import {
  cellText,
  excelDay,
  uncounted,
  workbookSpec,
  writeWorkbook,
  type CellValue,
  type SheetImage,
  type TableColumn,
  type TableSheet,
} from './excel-helpers.js';
import { excelTexts } from './excel-texts.js';
import type { ExcelTextsOf } from './excel-builder.js';

type Texts = ExcelTextsOf;

/**
 * Stakeholders by pseudonym. Names, and the consent note (free text that tends to name people),
 * appear only when the consultant chose names; the workbook then says it holds personal data.
 */
export function stakeholderSheet(run: ExportRun, texts: Texts): TableSheet {
  const { labels, t } = texts;
  const l = labels.stakeholders;
  const withNames = run.options.useNames;
  const stakeholders = [...run.snapshot.stakeholders].sort((a, b) =>
    a.pseudonym.localeCompare(b.pseudonym),
  );
  const rows: CellValue[][] = stakeholders.map((s) => [
    s.pseudonym,
    ...(withNames ? [cellText(run, s.name)] : []),
    labels.groups[s.group],
    cellText(run, s.jobTitle),
    cellText(run, s.department),
    labels.consent[s.consent],
    ...(withNames ? [cellText(run, s.consentNote)] : []),
  ]);
  const columns: TableColumn[] = [
    { header: l.pseudonym, width: 12, type: 'text' },
    ...(withNames ? [{ header: l.name, width: 28, type: 'text' } as const] : []),
    { header: l.group, width: 22, type: 'text' },
    { header: l.jobTitle, width: 32, type: 'long' },
    { header: l.department, width: 28, type: 'long' },
    { header: l.consent, width: 14, type: 'text' },
    ...(withNames ? [{ header: l.consentNote, width: 45, type: 'long' } as const] : []),
  ];
  return {
    name: t('stakeholders.sheet', { client: uncounted(run.snapshot.engagement.clientName) }),
    columns,
    rows,
  };
}

/** A cell's text for the owner: the pseudonym (or name and pseudonym) with the roles held. */
function owner(run: ExportRun, tools: StakeholderToolsData, id: string | null): string {
  const guide = tools.guides[run.language];
  return cellText(
    run,
    // Cleaned by cellText once: the name is not counted twice.
    ownerLabel(run, tools, guide, (text) => text, id),
  );
}

/** One row per party on the grid: place, quadrant and the strategy fields. */
export function forceFieldSheet(
  run: ExportRun,
  texts: Texts,
  tools: StakeholderToolsData,
): TableSheet {
  const l = texts.labels.forceField;
  const guide = tools.guides[run.language];
  const rows: CellValue[][] = placedParties(tools).map(({ party, position }) => [
    cellText(run, party.name),
    l.kinds[party.kind],
    position.influence,
    position.attitude,
    guide.forceField.quadrants.find((q) => q.id === position.quadrantId)?.name ??
      position.quadrantId,
    cellText(run, position.opportunities),
    cellText(run, position.risks),
    cellText(run, position.communicationStrategy),
    cellText(run, position.nextAction),
    owner(run, tools, position.actionOwnerId),
    excelDay(position.actionDue),
  ]);
  return {
    name: l.sheet,
    columns: [
      { header: l.party, width: 28, type: 'long' },
      { header: l.kind, width: 14, type: 'text' },
      { header: l.influence, width: 9, type: 'number' },
      { header: l.attitude, width: 9, type: 'number' },
      { header: l.quadrant, width: 20, type: 'text' },
      { header: l.opportunities, width: 40, type: 'long' },
      { header: l.risks, width: 40, type: 'long' },
      { header: l.communication, width: 40, type: 'long' },
      { header: l.nextAction, width: 36, type: 'long' },
      { header: l.owner, width: 18, type: 'text' },
      { header: l.due, width: 12, type: 'date' },
    ],
    rows,
    ...(rows.length === 0 ? { notes: [l.noPositions] } : {}),
  };
}

/** The next actions by date, undated last. */
export function actionsSheet(
  run: ExportRun,
  texts: Texts,
  tools: StakeholderToolsData,
): TableSheet {
  const l = texts.labels.forceField;
  // The party names and actions are counted on the krachtenveld sheet already.
  const quiet = uncountedRun(run);
  const rows: CellValue[][] = actionsByDate(tools).map(({ party, position }) => [
    excelDay(position.actionDue),
    cellText(quiet, party.name),
    cellText(quiet, position.nextAction),
    owner(quiet, tools, position.actionOwnerId),
  ]);
  return {
    name: l.actionsSheet,
    columns: [
      { header: l.due, width: 12, type: 'date' },
      { header: l.party, width: 28, type: 'long' },
      { header: l.nextAction, width: 60, type: 'long' },
      { header: l.owner, width: 22, type: 'text' },
    ],
    rows,
    notes: [
      ...(run.options.useNames ? [texts.labels.info.names] : []),
      ...(rows.length === 0 ? [l.noActions] : []),
    ],
  };
}

/** The krachtenveld as a picture, with the movement since the last scoring that differs. */
export function forceFieldImage(
  run: ExportRun,
  texts: Texts,
  tools: StakeholderToolsData,
): SheetImage[] {
  const l = texts.labels.forceField;
  const guide = tools.guides[run.language];
  const placed = placedParties(tools);
  if (placed.length === 0) return [];
  const ff = guide.forceField;
  const compared = comparedScoring(tools.snapshots, tools.positions);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(run.language === 'en' ? 'en-GB' : 'nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
  const quiet = run.text.uncounted();
  const svg = forceFieldChart({
    title: l.chartTitle,
    influenceLabel: ff.influenceLabel,
    attitudeLabel: ff.attitudeLabel,
    quadrants: ff.quadrants,
    highFrom: ff.influence.highFrom,
    positiveFrom: ff.attitude.positiveFrom,
    parties: placed.map(({ party, position }) => ({
      id: party.id,
      name: quiet.xml(party.name),
      influence: position.influence,
      attitude: position.attitude,
    })),
    ...(compared
      ? {
          previous: compared.positions,
          movementLabel: texts.t('forceField.movement', { date: date(compared.takenOn) }),
        }
      : {}),
    dotColor: run.snapshot.engagement.houseStyle.primaryColor,
  });
  const width = 800;
  const height = 600;
  const png = svgToPng(svg, width * 2);
  if (!png) return [];
  return [
    {
      title: l.chartTitle,
      png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength),
      width,
      height,
    },
  ];
}

/** A run whose cleaner does not count: for text already counted on another sheet. */
function uncountedRun(run: ExportRun): ExportRun {
  return { ...run, text: run.text.uncounted() };
}

const EMPTY: StakeholderToolsData = {
  guides: {
    nl: {
      forceField: {
        influence: { min: 1, max: 5, highFrom: 3 },
        attitude: { min: -2, max: 2, positiveFrom: 1 },
        influenceLabel: '',
        attitudeLabel: '',
        quadrants: [],
      },
      values: [],
      roles: [],
      icebergLayers: [],
    },
    en: {
      forceField: {
        influence: { min: 1, max: 5, highFrom: 3 },
        attitude: { min: -2, max: 2, positiveFrom: 1 },
        influenceLabel: '',
        attitudeLabel: '',
        quadrants: [],
      },
      values: [],
      roles: [],
      icebergLayers: [],
    },
  },
  parties: [],
  positions: [],
  snapshots: [],
  valueWeights: [],
  icebergs: [],
  conflicts: [],
  roles: [],
};

async function build(run: ExportRun): Promise<Uint8Array> {
  const texts = excelTexts(run.language);
  const tools = run.snapshot.stakeholderTools ?? EMPTY;
  const sheet = stakeholderSheet(run, texts);
  const title = texts.t('stakeholders.file', { client: run.snapshot.engagement.clientName });
  const moreSheets = [forceFieldSheet(run, texts, tools), actionsSheet(run, texts, tools)];
  run.progress(0.3);
  const images = forceFieldImage(run, texts, tools);
  run.progress(0.6);
  return writeWorkbook(run, {
    ...workbookSpec(run, { title, sheet, labels: texts.labels.info }),
    moreSheets,
    images: {
      name: texts.labels.forceField.chartSheet,
      images,
      empty: texts.labels.forceField.noPositions,
    },
  });
}

/**
 * The stakeholders by pseudonym, then the krachtenveld (party, place, quadrant, strategy), the
 * next actions by date and the krachtenveld as a picture.
 */
export const stakeholderRegisterBuilder: ExportBuilder = {
  mimeType: XLSX_MIME,
  inProcess: true,
  reads: { interviews: 'none', documents: false, stakeholderTools: true },
  build,
};
