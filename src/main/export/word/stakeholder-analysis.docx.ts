import { ImageRun, Paragraph, TextRun, type Table } from 'docx';
import { forceFieldChart, icebergChart, valueMapChart } from '../../../shared/charts/index.js';
import type { StakeholderToolsGuide } from '../../../shared/domain/stakeholder-tools.js';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import type { StakeholderToolsData } from '../../../shared/domain/stakeholder-tools.js';
import {
  actionsByDate,
  comparedScoring,
  ownerLabel,
  personLabel,
  placedParties,
} from '../stakeholder-tools-order.js';
import { svgToPng } from './svg-png.js';
import { caption, dataTable, heading, meta, paragraph, textRuns } from './word-blocks.js';
import { packWordDocument, privacyLine, wordContext, type WordContext } from './word-document.js';
import { BULLETS } from './word-styles.js';

// The stakeholder analysis (issue 12): the parties, the krachtenveld as a picture with the
// movement since the last scoring that differs, a strategy table per party, the value map as a
// heatmap, an iceberg per knelpunt, conflicting interests, roles and the communication actions
// by date. People appear by pseudonym unless the consultant chose names.

/** Widest a picture gets, in CSS pixels: the portrait text width. */
const MAX_WIDTH = 600;
/** Tallest a picture gets, so a long value map still fits a page with its caption. */
const MAX_HEIGHT = 820;

/** The size an SVG of the charts module declares on its root. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 800);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 600);
  return { width, height };
}

/** The chart as a PNG picture at most a page wide, drawn at twice that for print. */
export function chartPicture(svg: string, alt: string): ImageRun | null {
  const size = svgSize(svg);
  const scale = Math.min(1, MAX_WIDTH / size.width, MAX_HEIGHT / size.height);
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  const png = svgToPng(svg, width * 2);
  if (!png) return null;
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: { width, height },
    altText: { name: alt, title: alt, description: alt },
  });
}

function figure(
  image: ImageRun | null,
  captionText: (number: number) => string,
  figures: { next: number },
): Paragraph[] {
  if (!image) return [];
  return [
    new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [image] }),
    caption(captionText(figures.next++)),
  ];
}

/**
 * An empty line after a short table: its rows are kept with what follows (for a caption), and
 * without a break in that chain a run of party tables moved to the next page as one block.
 */
function gap(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });
}

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
}

/** +2, +1, 0, −1, −2 as a reader writes an attitude. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

function partiesChapter(ctx: WordContext, tools: StakeholderToolsData): (Paragraph | Table)[] {
  const { t, x, house, run } = ctx;
  return [
    heading(2, t('tools.parties')),
    paragraph(t('tools.partiesText', { count: tools.parties.length }), { keepNext: true }),
    dataTable(
      {
        header: [
          t('tools.partyColumn'),
          t('tools.kindColumn'),
          t('tools.interestsColumn'),
          t('tools.peopleColumn'),
        ],
        rows: tools.parties.map((p) => [
          x(p.name),
          t(`tools.kinds.${p.kind}`),
          x(p.interests) || t('common.none'),
          p.stakeholderIds.map((id) => personLabel(run, x, id)).join(', ') || t('common.none'),
        ]),
        widths: [3, 2, 5, 2.6],
      },
      house,
    ),
  ];
}

function forceFieldChapter(
  ctx: WordContext,
  tools: StakeholderToolsData,
  guide: StakeholderToolsGuide,
  figures: { next: number },
): (Paragraph | Table)[] {
  const { t, x, house, run } = ctx;
  const quiet = run.text.uncounted();
  const ff = guide.forceField;
  const out: (Paragraph | Table)[] = [
    heading(1, t('tools.forceField'), { pageBreakBefore: true }),
    paragraph(t('tools.forceFieldText')),
  ];
  const placed = placedParties(tools);
  if (placed.length === 0) out.push(meta(t('tools.noPositions')));
  else {
    const compared = comparedScoring(tools.snapshots, tools.positions);
    const svg = forceFieldChart({
      title: t('tools.chartTitle'),
      influenceLabel: ff.influenceLabel,
      attitudeLabel: ff.attitudeLabel,
      quadrants: ff.quadrants,
      highFrom: ff.influence.highFrom,
      positiveFrom: ff.attitude.positiveFrom,
      // Names are cleaned (and counted) in the tables; the chart's copy is not counted again.
      parties: placed.map(({ party, position }) => ({
        id: party.id,
        name: quiet.xml(party.name),
        influence: position.influence,
        attitude: position.attitude,
      })),
      ...(compared
        ? {
            previous: compared.positions,
            movementLabel: t('tools.movement', { date: ctx.date(compared.takenOn) }),
          }
        : {}),
      dotColor: house.primary,
    });
    out.push(
      ...figure(
        chartPicture(svg, t('tools.chartAlt')),
        (number) => t('tools.chartCaption', { number }),
        figures,
      ),
    );
    if (compared)
      out.push(
        meta(
          t('tools.movementText', {
            date: ctx.date(compared.takenOn),
            scoredBy: x(compared.scoredBy),
          }),
        ),
      );
  }
  const placedIds = new Set(placed.map((p) => p.party.id));
  const unplaced = tools.parties.filter((p) => !placedIds.has(p.id));
  if (placed.length > 0 && unplaced.length > 0)
    out.push(meta(t('tools.notPlaced', { parties: unplaced.map((p) => x(p.name)).join(', ') })));
  out.push(
    heading(2, t('tools.quadrants')),
    dataTable(
      {
        header: [t('tools.quadrantColumn'), t('tools.strategyColumn')],
        rows: ff.quadrants.map((q) => [q.name, q.strategy]),
        widths: [2, 5],
      },
      house,
    ),
  );
  if (tools.snapshots.length > 0) {
    out.push(heading(2, t('tools.snapshots')), paragraph(t('tools.snapshotsText')));
    for (const s of [...tools.snapshots].reverse())
      out.push(
        bullet(
          textRuns(
            t('tools.snapshotLine', {
              date: ctx.date(s.takenOn),
              scoredBy: x(s.scoredBy),
              count: s.positionCount,
            }),
          ),
        ),
      );
  }
  return out;
}

function strategyChapter(
  ctx: WordContext,
  tools: StakeholderToolsData,
  guide: StakeholderToolsGuide,
): (Paragraph | Table)[] {
  const { t, x, house, run } = ctx;
  const out: (Paragraph | Table)[] = [
    heading(1, t('tools.strategy'), { pageBreakBefore: true }),
    paragraph(t('tools.strategyText')),
  ];
  const placed = placedParties(tools);
  if (placed.length === 0) out.push(meta(t('tools.noPositions')));
  for (const { party, position } of placed) {
    const quadrant = guide.forceField.quadrants.find((q) => q.id === position.quadrantId);
    const none = t('common.none');
    out.push(
      heading(2, x(party.name)),
      dataTable(
        {
          header: [t('tools.quadrantColumn'), quadrant?.name ?? position.quadrantId],
          rows: [
            [
              `${t('tools.influenceColumn')} · ${t('tools.attitudeColumn')}`,
              `${position.influence} · ${signed(position.attitude)}`,
            ],
            [t('tools.opportunities'), x(position.opportunities) || none],
            [t('tools.risks'), x(position.risks) || none],
            [
              t('tools.communication'),
              x(position.communicationStrategy) || quadrant?.strategy || none,
            ],
            [t('tools.nextAction'), x(position.nextAction) || none],
            [t('tools.owner'), ownerLabel(run, tools, guide, x, position.actionOwnerId) || none],
            [t('tools.due'), ctx.date(position.actionDue) || none],
          ],
          widths: [3, 7],
        },
        house,
      ),
      gap(),
    );
  }
  return out;
}

function valueMapChapter(
  ctx: WordContext,
  tools: StakeholderToolsData,
  guide: StakeholderToolsGuide,
  figures: { next: number },
): (Paragraph | Table)[] {
  const { t, x, house, run } = ctx;
  const quiet = run.text.uncounted();
  const valueIds = new Set(guide.values.map((v) => v.id));
  const weights = tools.valueWeights.filter((w) => valueIds.has(w.valueId));
  const out: (Paragraph | Table)[] = [
    heading(1, t('tools.valueMap'), { pageBreakBefore: true }),
    paragraph(t('tools.valueMapText')),
  ];
  if (weights.length === 0) {
    out.push(meta(t('tools.noValues')));
    return out;
  }
  const svg = valueMapChart({
    title: t('tools.valueMapTitle'),
    values: guide.values,
    parties: tools.parties.map((p) => ({ id: p.id, name: quiet.xml(p.name) })),
    weights,
    weightLabels: [t('tools.weight0'), t('tools.weight1'), t('tools.weight2'), t('tools.weight3')],
    notScoredLabel: t('tools.notScored'),
    color: house.primary,
  });
  out.push(
    ...figure(
      chartPicture(svg, t('tools.valueMapAlt')),
      (number) => t('tools.valueMapCaption', { number }),
      figures,
    ),
  );
  // The short table: each party's values of the highest weight it gave.
  const rows = tools.parties.flatMap((p) => {
    const own = weights.filter((w) => w.partyId === p.id);
    const top = Math.max(0, ...own.map((w) => w.weight));
    if (own.length === 0 || top === 0) return [];
    const names = guide.values
      .filter((v) => own.some((w) => w.valueId === v.id && w.weight === top))
      .map((v) => v.name);
    return [[x(p.name), `${names.join(', ')} (${t(`tools.weight${top}`)})`]];
  });
  if (rows.length > 0)
    out.push(
      dataTable(
        {
          header: [t('tools.partyColumn'), t('tools.topValuesColumn')],
          rows,
          widths: [3, 7],
        },
        house,
      ),
    );
  return out;
}

function icebergChapter(
  ctx: WordContext,
  tools: StakeholderToolsData,
  guide: StakeholderToolsGuide,
  figures: { next: number },
): (Paragraph | Table)[] {
  const { t, x, run } = ctx;
  const quiet = run.text.uncounted();
  const out: (Paragraph | Table)[] = [
    heading(1, t('tools.icebergs'), { pageBreakBefore: true }),
    paragraph(t('tools.icebergsText')),
  ];
  if (tools.icebergs.length === 0) out.push(meta(t('tools.noIcebergs')));
  const findings = new Map(run.snapshot.findings.map((f) => [f.id, f]));
  tools.icebergs.forEach((iceberg, i) => {
    checkAborted(run.signal);
    const title = x(iceberg.title);
    out.push(heading(2, title, { pageBreakBefore: i > 0 }));
    if (iceberg.description.trim() !== '') out.push(paragraph(x(iceberg.description)));
    const svg = icebergChart({
      title: quiet.xml(iceberg.title),
      layers: guide.icebergLayers.map((layer) => ({
        id: layer.id,
        name: layer.name,
        items: iceberg.items.filter((it) => it.layer === layer.id).map((it) => quiet.xml(it.text)),
      })),
      waterlineLabel: t('tools.waterline'),
      emptyLabel: t('tools.emptyLayer'),
    });
    out.push(
      ...figure(
        chartPicture(svg, t('tools.icebergAlt', { title })),
        (number) => t('tools.icebergCaption', { title, number }),
        figures,
      ),
    );
    for (const layer of guide.icebergLayers) {
      const items = iceberg.items.filter((it) => it.layer === layer.id);
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 160, after: 40 },
          children: [new TextRun({ text: layer.name, bold: true })],
        }),
      );
      if (items.length === 0) out.push(meta(t('tools.emptyLayer')));
      for (const item of items) {
        const runs = textRuns(x(item.text));
        const finding = item.findingId ? findings.get(item.findingId) : undefined;
        if (finding)
          runs.push(
            new TextRun({
              text: `  (${t('tools.finding', { statement: x(finding.statement) })})`,
              color: '57606A',
            }),
          );
        out.push(bullet(runs));
      }
    }
  });
  return out;
}

function conflictsAndRoles(
  ctx: WordContext,
  tools: StakeholderToolsData,
  guide: StakeholderToolsGuide,
): (Paragraph | Table)[] {
  const { t, x, house, run } = ctx;
  const partyName = new Map(tools.parties.map((p) => [p.id, p.name]));
  const out: (Paragraph | Table)[] = [
    heading(1, t('tools.conflicts'), { pageBreakBefore: true }),
    paragraph(t('tools.conflictsText')),
  ];
  if (tools.conflicts.length === 0) out.push(meta(t('tools.noConflicts')));
  else
    out.push(
      dataTable(
        {
          header: [t('tools.betweenColumn'), t('tools.conflictColumn'), t('tools.bridgeColumn')],
          rows: tools.conflicts.map((c) => [
            `${x(partyName.get(c.partyAId) ?? '')} – ${x(partyName.get(c.partyBId) ?? '')}`,
            x(c.description),
            x(c.bridge) || t('common.none'),
          ]),
          widths: [3, 4, 4],
        },
        house,
      ),
    );
  out.push(heading(1, t('tools.roles')), paragraph(t('tools.rolesText')));
  const roles = [...tools.roles].sort(
    (a, b) =>
      guide.roles.findIndex((r) => r.id === a.roleId) -
        guide.roles.findIndex((r) => r.id === b.roleId) ||
      personLabel(run, x, a.stakeholderId).localeCompare(personLabel(run, x, b.stakeholderId)),
  );
  if (roles.length === 0) out.push(meta(t('tools.noRoles')));
  else
    out.push(
      dataTable(
        {
          header: [t('tools.roleColumn'), t('tools.whoColumn'), t('tools.noteColumn')],
          rows: roles.map((r) => [
            guide.roles.find((g) => g.id === r.roleId)?.name ?? r.roleId,
            personLabel(run, x, r.stakeholderId) || t('common.none'),
            x(r.note) || t('common.none'),
          ]),
          widths: [2, 2, 6],
        },
        house,
      ),
    );
  return out;
}

function actionsChapter(
  ctx: WordContext,
  tools: StakeholderToolsData,
  guide: StakeholderToolsGuide,
): (Paragraph | Table)[] {
  const { t, x, house, run } = ctx;
  const actions = actionsByDate(tools);
  const out: (Paragraph | Table)[] = [
    heading(1, t('tools.actions'), { pageBreakBefore: true }),
    paragraph(t('tools.actionsText'), { keepNext: actions.length > 0 }),
  ];
  if (actions.length === 0) out.push(meta(t('tools.noActions')));
  else
    out.push(
      dataTable(
        {
          header: [t('tools.due'), t('tools.partyColumn'), t('tools.nextAction'), t('tools.owner')],
          rows: actions.map(({ party, position }) => [
            ctx.date(position.actionDue) || t('tools.noDate'),
            x(party.name),
            x(position.nextAction),
            ownerLabel(run, tools, guide, x, position.actionOwnerId) || t('common.none'),
          ]),
          widths: [2.2, 2.5, 5, 2.3],
        },
        house,
      ),
    );
  return out;
}

const EMPTY_TOOLS: StakeholderToolsData = {
  guides: {
    nl: { forceField: emptyForceField(), values: [], roles: [], icebergLayers: [] },
    en: { forceField: emptyForceField(), values: [], roles: [], icebergLayers: [] },
  },
  parties: [],
  positions: [],
  snapshots: [],
  valueWeights: [],
  icebergs: [],
  conflicts: [],
  roles: [],
};

function emptyForceField(): StakeholderToolsGuide['forceField'] {
  return {
    influence: { min: 1, max: 5, highFrom: 3 },
    attitude: { min: -2, max: 2, positiveFrom: 1 },
    influenceLabel: '',
    attitudeLabel: '',
    quadrants: [],
  };
}

/** Roughly how many characters of user text the document holds. */
function textSizeOf(tools: StakeholderToolsData): number {
  let n = 0;
  for (const p of tools.parties) n += p.name.length + p.interests.length;
  for (const p of tools.positions)
    n +=
      p.opportunities.length +
      p.risks.length +
      p.communicationStrategy.length +
      p.nextAction.length;
  for (const i of tools.icebergs)
    n += i.title.length + i.description.length + i.items.reduce((m, it) => m + it.text.length, 0);
  for (const c of tools.conflicts) n += c.description.length + c.bridge.length;
  for (const r of tools.roles) n += r.note.length;
  return n;
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const ctx = wordContext(run);
  const { t, x } = ctx;
  const tools = run.snapshot.stakeholderTools ?? EMPTY_TOOLS;
  const guide = tools.guides[run.language];
  const latest = tools.snapshots.at(-1);
  const figures = { next: 1 };
  const body: (Paragraph | Table)[] = [
    heading(1, t('tools.intro'), { pageBreakBefore: true }),
    privacyLine(ctx),
    paragraph(
      t('tools.introText', {
        scoredBy: latest ? x(latest.scoredBy) : t('tools.scoredByTeam'),
      }),
    ),
    ...partiesChapter(ctx, tools),
  ];
  run.progress(0.1);
  checkAborted(run.signal);
  body.push(...forceFieldChapter(ctx, tools, guide, figures));
  run.progress(0.3);
  checkAborted(run.signal);
  body.push(...strategyChapter(ctx, tools, guide));
  body.push(...valueMapChapter(ctx, tools, guide, figures));
  run.progress(0.5);
  checkAborted(run.signal);
  body.push(...icebergChapter(ctx, tools, guide, figures));
  run.progress(0.75);
  checkAborted(run.signal);
  body.push(...conflictsAndRoles(ctx, tools, guide), ...actionsChapter(ctx, tools, guide));
  return packWordDocument(ctx, {
    documentTitle: t('tools.documentTitle'),
    body,
    tocLevels: '1-2',
    textSize: textSizeOf(tools),
  });
}

export const stakeholderAnalysisBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  reads: { interviews: 'none', documents: false, stakeholderTools: true },
  build,
};
