import { Paragraph, TextRun, type Table } from 'docx';
import type { RoadmapItem } from '../../../shared/domain/roadmap.js';
import {
  FUNDING_STATES,
  ROADMAP_ITEM_KINDS,
  ROADMAP_PHASES,
  ROADMAP_STATUSES,
} from '../../../shared/domain/roadmap.js';
import { BOUWSTENEN, type Bouwsteen } from '../../../shared/domain/nulmeting.js';
import { adoptionLabelsEn, adoptionLabelsNl } from '../adoption-labels.js';
import { adoptionData } from '../adoption-data.js';
import { DOCX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted, exportTranslator } from '../export-i18n.js';
import {
  horizonQuarters,
  quarterLabel,
  quarterSpan,
  roadmapLabels,
  type RoadmapLabels,
} from '../roadmap-labels.js';
import { roadmapPlanData, type PlanGap, type RoadmapPlanData } from '../roadmap-plan-data.js';
import type { SnapshotScope } from '../snapshot.js';
import { personLabel } from '../stakeholder-tools-order.js';
import { fittedWidths, shortDate } from './adoption-dossier.docx.js';
import { sourceLabel } from './findings-report.docx.js';
import { planTextsEn, planTextsNl } from './implementation-plan-texts.js';
import { roadmapTimelineFigure } from './roadmap-timeline-figure.js';
import {
  caption,
  dataTable,
  heading,
  meta,
  paragraph,
  textRuns,
  type TableSpec,
} from './word-blocks.js';
import {
  packWordDocument,
  privacyLine,
  RawBody,
  wordContext,
  type WordContext,
} from './word-document.js';
import { dataTableXml } from './word-raw-table.js';
import { BULLETS } from './word-styles.js';
import { wordTextsEn, wordTextsNl } from './word-texts.js';

// The implementatieplan (issue 16): the vision worked out into a routekaart for the next years.
// A summary with the timeline, the starting point (kernvisie, ambities and the gaps of the
// nulmeting), the choices (phases, quick wins, focus), the planning per year and quarter and per
// bouwsteen, a project card per action, governance and roles, monitoring and the
// re-measurement, the decisions, and an appendix that traces each action to its gap and passage
// and the findings behind them. People appear by pseudonym unless the consultant chose names.

type Block = Paragraph | Table;

/**
 * Above this many actions the table of contents gets no page numbers here, and the tables are
 * written as WordprocessingML text (see build).
 */
const LAYOUT_MAX_ITEMS = 40;

/**
 * How the tables are written: as docx objects, which a small plan needs for its page layout, or
 * as WordprocessingML text (word-raw-table.ts), which a large one needs to stay within memory.
 * 'auto' picks by the number of actions; the other two are for tests, without page layout.
 */
export type PlanMode = 'auto' | 'objects' | 'raw';

export interface PlanContext extends WordContext {
  labels: RoadmapLabels;
  data: RoadmapPlanData;
  /** Pseudonym → name, for sources when names were chosen. */
  names: Map<string, string>;
  itemById: Map<string, RoadmapItem>;
  /** Where the tables go as text; null: they are docx objects. */
  raw: RawBody | null;
}

function planContext(run: ExportRun, mode: PlanMode): PlanContext {
  const base = wordContext(run);
  const data = roadmapPlanData(run);
  return {
    ...base,
    t: exportTranslator(run.language, {
      nl: { ...wordTextsNl, plan: planTextsNl },
      en: { ...wordTextsEn, plan: planTextsEn },
    }),
    labels: roadmapLabels(run.language, data.method ?? undefined),
    data,
    names: new Map(run.snapshot.stakeholders.map((s) => [s.pseudonym, base.x(s.name)])),
    itemById: new Map(),
    raw:
      mode === 'raw' || (mode === 'auto' && data.items.length > LAYOUT_MAX_ITEMS)
        ? new RawBody()
        : null,
  };
}

/**
 * A data table, as docx objects or as text written when the document is packed. Its cells'
 * text is cleaned now, so what is counted and replaced is the same either way.
 */
function planTable(ctx: PlanContext, spec: TableSpec): Block {
  const raw = ctx.raw;
  if (!raw) return dataTable(spec, ctx.house);
  const { run, house } = ctx;
  // The parts are written in order while the document is packed (after progress 0.7).
  const index = raw.size;
  return raw.add((out) => {
    checkAborted(run.signal);
    out(dataTableXml(spec, house));
    run.progress(0.7 + (0.25 * (index + 1)) / raw.size);
  });
}

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
}

/**
 * An empty line after a short table: its rows are kept with what follows (for a caption), and
 * without a break in that chain a run of project cards moved to the next page as one block.
 */
function chainBreak(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });
}

function tableOf(ctx: PlanContext, header: string[], rows: string[][], free: number[]): Block {
  return planTable(ctx, { header, rows, widths: fittedWidths(header, rows, free) });
}

/** 2.5 as "2,5" in Dutch. */
function level(ctx: PlanContext, n: number): string {
  return ctx.run.language === 'nl' ? String(n).replace('.', ',') : String(n);
}

/** The owner: the stakeholder by pseudonym (or name), else the role or name as typed. */
export function itemOwner(run: ExportRun, clean: (t: string) => string, item: RoadmapItem): string {
  return personLabel(run, clean, item.ownerStakeholderId) || clean(item.ownerText);
}

const lastQuarter = (ctx: PlanContext) => {
  const q = horizonQuarters(ctx.data.settings.startQuarter, ctx.data.settings.horizonYears);
  return q[q.length - 1] ?? ctx.data.settings.startQuarter;
};

function summaryChapter(ctx: PlanContext, figures: { next: number }): Block[] {
  const { t, labels, data } = ctx;
  const out: Block[] = [heading(1, t('plan.summary'), { pageBreakBefore: true }), privacyLine(ctx)];
  const items = data.items;
  if (items.length === 0) out.push(paragraph(t('plan.summaryEmpty')));
  else {
    const count = <K extends string>(
      keys: readonly K[],
      of: (i: RoadmapItem) => K,
      name: Record<K, string>,
    ) =>
      keys
        .map((k) => ({ k, n: items.filter((i) => of(i) === k).length }))
        .filter(({ n }) => n > 0)
        .map(({ k, n }) => t('plan.kindCount', { count: n, kind: name[k].toLowerCase() }))
        .join(', ');
    out.push(
      paragraph(
        t('plan.summaryText', {
          years: data.settings.horizonYears,
          from: quarterLabel(data.settings.startQuarter, labels),
          to: quarterLabel(lastQuarter(ctx), labels),
          count: items.length,
          kinds: count(ROADMAP_ITEM_KINDS, (i) => i.kind, labels.kinds),
        }),
      ),
      paragraph(
        t('plan.summaryStatus', {
          statuses: count(ROADMAP_STATUSES, (i) => i.status, labels.statuses),
        }),
      ),
      paragraph(
        t('plan.summaryFunding', {
          funding: count(FUNDING_STATES, (i) => i.funding, labels.funding),
        }),
      ),
    );
  }
  out.push(...roadmapTimelineFigure(ctx, figures));
  return out;
}

function startChapter(ctx: PlanContext, tables: { next: number }): Block[] {
  const { t, x, data } = ctx;
  const out: Block[] = [
    heading(1, t('plan.start'), { pageBreakBefore: true }),
    paragraph(t('plan.startText')),
  ];
  const passagesOf = (kind: string) => data.passages.filter((p) => p.kind === kind);
  out.push(heading(2, t('plan.kernvisie')));
  const kern = passagesOf('kernvisie');
  if (kern.length === 0) out.push(meta(t('plan.noKernvisie')));
  for (const p of kern) out.push(paragraph(x(p.body).trim() || x(p.title)));
  out.push(heading(2, t('plan.ambitions')));
  const ambitions = passagesOf('ambitie');
  if (ambitions.length === 0) out.push(meta(t('plan.noAmbitions')));
  for (const p of ambitions) {
    const title = x(p.title).trim();
    const body = x(p.body).trim();
    out.push(
      bullet(
        title && body
          ? [new TextRun({ text: title, bold: true }), new TextRun(' – '), ...textRuns(body)]
          : textRuns(title || body),
      ),
    );
  }
  out.push(heading(2, t('plan.gaps')));
  if (data.gaps.length === 0 || !data.measurement) {
    out.push(meta(t('plan.noGaps')));
    return out;
  }
  out.push(
    paragraph(
      t('plan.gapsText', { name: x(data.measurement.name), date: ctx.date(data.measurement.date) }),
      {
        keepNext: true,
      },
    ),
  );
  const quiet = ctx.run.text.uncounted();
  const gapHeader = [
    t('plan.dimensionColumn'),
    t('plan.currentColumn'),
    t('plan.desiredColumn'),
    t('plan.gapColumn'),
    t('plan.itemsColumn'),
  ];
  const gapRows = data.gaps.map((g) => [
    x(g.name),
    level(ctx, g.current),
    level(ctx, g.desired),
    level(ctx, g.gap),
    data.items
      .filter((i) => i.gapDimensionIds.includes(g.dimensionId))
      .map((i) => quiet.xml(i.title))
      .join('\n') || t('common.none'),
  ]);
  out.push(
    planTable(ctx, {
      header: gapHeader,
      rows: gapRows,
      widths: fittedWidths(gapHeader, gapRows, [1, 0, 0, 0, 1.6]),
      numeric: [1, 2, 3],
    }),
    caption(t('plan.gapsCaption', { number: tables.next++ })),
  );
  return out;
}

function attentionLines(ctx: PlanContext): string[] {
  const { t, data, itemById } = ctx;
  const quiet = ctx.run.text.uncounted();
  const title = (id: string | null) => (id ? quiet.xml(itemById.get(id)?.title ?? '') : '');
  const lines: string[] = [];
  for (const c of data.checks) {
    if (c.kind === 'gap-without-item' && c.dimensionId)
      lines.push(t('plan.checkGap', { dimension: quiet.xml(data.dimensionName(c.dimensionId)) }));
    else if (c.kind === 'item-without-reason')
      for (const id of c.itemIds) lines.push(t('plan.checkReason', { title: title(id) }));
    else if (c.kind === 'owner-overloaded')
      lines.push(
        t('plan.checkOverload', {
          owner: quiet.xml(c.owner ?? ''),
          quarter: quarterLabel(c.quarter ?? '', ctx.labels),
          count: c.itemIds.length,
        }),
      );
  }
  for (const w of data.warnings) {
    if (w.kind === 'starts-before-dependency')
      lines.push(t('plan.warnDependency', { title: title(w.itemId), other: title(w.otherItemId) }));
    else if (w.kind === 'funding-open-at-start')
      lines.push(t('plan.warnFunding', { title: title(w.itemId) }));
    else lines.push(t('plan.warnHorizon', { title: title(w.itemId) }));
  }
  return lines;
}

function choicesChapter(ctx: PlanContext): Block[] {
  const { t, labels, data } = ctx;
  const out: Block[] = [
    heading(1, t('plan.choices'), { pageBreakBefore: true }),
    paragraph(t('plan.choicesText')),
  ];
  out.push(heading(2, t('plan.phases')));
  for (const phase of ROADMAP_PHASES) {
    const items = data.items.filter((i) => i.phase === phase);
    const description = data.method?.phases[phase].description[ctx.run.language];
    const about = description ? [new TextRun(`. ${description}`)] : [];
    if (items.length === 0) {
      out.push(
        bullet([...textRuns(t('plan.phaseEmpty', { phase: labels.phases[phase] })), ...about]),
      );
      continue;
    }
    const from = items.map((i) => i.startQuarter).sort()[0]!;
    const to = items
      .map((i) => i.endQuarter)
      .sort()
      .at(-1)!;
    out.push(
      bullet(
        textRuns(
          t('plan.phaseLine', {
            phase: labels.phases[phase],
            count: items.length,
            span: quarterSpan(from, to, labels),
          }),
        ).concat(about),
      ),
    );
  }
  out.push(heading(2, t('plan.quickWins')), paragraph(t('plan.quickWinsText'), { keepNext: true }));
  const quick = data.items.filter((i) => i.kind === 'quick-win');
  if (quick.length === 0) out.push(meta(t('plan.noQuickWins')));
  const quiet = ctx.run.text.uncounted();
  for (const i of quick)
    out.push(
      bullet([
        new TextRun({ text: quiet.xml(i.title), bold: true }),
        new TextRun(` – ${quarterSpan(i.startQuarter, i.endQuarter, labels)}`),
        ...(i.goal.trim() ? [new TextRun(': '), ...textRuns(quiet.xml(i.goal))] : []),
      ]),
    );
  out.push(heading(2, t('plan.focus')));
  const perBouwsteen = BOUWSTENEN.map((b) => ({
    b,
    n: data.items.filter((i) => i.bouwsteen === b).length,
  }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, 2)
    .map(({ b }) => labels.bouwstenen[b].toLowerCase());
  if (perBouwsteen.length > 0)
    out.push(
      paragraph(
        t('plan.focusText', {
          bouwstenen: perBouwsteen.join(run(ctx) === 'nl' ? ' en ' : ' and '),
        }),
      ),
    );
  const large = data.gaps.filter((g) => g.gap >= 2);
  if (large.length > 0)
    out.push(
      paragraph(
        t('plan.focusGaps', {
          count: large.length,
          covered: large.filter((g) =>
            data.items.some((i) => i.gapDimensionIds.includes(g.dimensionId)),
          ).length,
        }),
      ),
    );
  out.push(heading(2, t('plan.attention')));
  const lines = attentionLines(ctx);
  if (lines.length === 0) out.push(meta(t('plan.noAttention')));
  else {
    out.push(paragraph(t('plan.attentionText'), { keepNext: true }));
    for (const line of lines) out.push(bullet(textRuns(line)));
  }
  return out;
}

const run = (ctx: PlanContext) => ctx.run.language;

/** The rows of a planning table: period, action, kind, owner, status. */
function planningRows(ctx: PlanContext, items: RoadmapItem[]): string[][] {
  const { t, labels } = ctx;
  const quiet = ctx.run.text.uncounted();
  const q = (text: string) => quiet.xml(text);
  return items.map((i) => [
    quarterSpan(i.startQuarter, i.endQuarter, labels),
    q(i.title),
    labels.kinds[i.kind],
    itemOwner(ctx.run, q, i) || t('plan.noOwner'),
    labels.statuses[i.status],
  ]);
}

function planningHeader(ctx: PlanContext): string[] {
  const { t } = ctx;
  return [
    t('plan.periodColumn'),
    t('plan.actionColumn'),
    t('plan.kindColumn'),
    t('plan.ownerColumn'),
    t('plan.statusColumn'),
  ];
}

const byTime = (a: RoadmapItem, b: RoadmapItem) =>
  a.startQuarter.localeCompare(b.startQuarter) ||
  a.endQuarter.localeCompare(b.endQuarter) ||
  a.position - b.position;

function planningChapter(ctx: PlanContext): Block[] {
  const { t, labels, data } = ctx;
  const out: Block[] = [
    heading(1, t('plan.planning'), { pageBreakBefore: true }),
    paragraph(t('plan.planningText')),
  ];
  const quarters = horizonQuarters(data.settings.startQuarter, data.settings.horizonYears);
  const years = [...new Set(quarters.map((q) => q.slice(0, 4)))];
  // Items outside the horizon still get a year of their own.
  for (const i of data.items)
    for (const y of [i.startQuarter.slice(0, 4), i.endQuarter.slice(0, 4)])
      if (!years.includes(y)) years.push(y);
  years.sort();
  // One heading per year under one for the years: the contents stays on one page.
  out.push(heading(2, t('plan.perQuarter')));
  for (const year of years) {
    checkAborted(ctx.run.signal);
    out.push(heading(3, t('plan.perYear', { year })));
    const items = data.items
      .filter((i) => i.startQuarter.slice(0, 4) <= year && i.endQuarter.slice(0, 4) >= year)
      .sort(byTime);
    if (items.length === 0) out.push(meta(t('plan.noItemsYear', { year })));
    else
      out.push(
        tableOf(ctx, planningHeader(ctx), planningRows(ctx, items), [0, 4, 0, 1, 0]),
        chainBreak(),
      );
  }
  out.push(heading(2, t('plan.perBouwsteen')));
  const lanes: (Bouwsteen | null)[] = [...BOUWSTENEN, null];
  for (const lane of lanes) {
    const items = data.items.filter((i) => i.bouwsteen === lane).sort(byTime);
    if (items.length === 0) continue;
    checkAborted(ctx.run.signal);
    out.push(
      heading(3, lane ? labels.bouwstenen[lane] : t('plan.noBouwsteen')),
      tableOf(ctx, planningHeader(ctx), planningRows(ctx, items), [0, 4, 0, 1, 0]),
      chainBreak(),
    );
  }
  return out;
}

function gapText(ctx: PlanContext, gap: PlanGap | undefined, dimensionId: string): string {
  const { t, x, data } = ctx;
  if (!gap) return x(data.dimensionName(dimensionId));
  return t('plan.gapLine', {
    dimension: x(gap.name),
    current: level(ctx, gap.current),
    desired: level(ctx, gap.desired),
  });
}

function passageText(ctx: PlanContext, id: string, clean: (s: string) => string): string | null {
  const p = ctx.data.passages.find((v) => v.id === id);
  if (!p) return null;
  const kind = ctx.t(`plan.passageKinds.${p.kind}`);
  const title = clean(p.title).trim() || clean(p.body).slice(0, 80);
  // "Kernvisie: Kernvisie" says it once.
  return title.toLowerCase() === kind.toLowerCase()
    ? kind
    : ctx.t('plan.passageLine', { kind, title });
}

function cardBlocks(ctx: PlanContext, item: RoadmapItem): Block[] {
  const { t, x, labels, data, itemById } = ctx;
  const none = t('common.none');
  const gapById = new Map(data.gaps.map((g) => [g.dimensionId, g]));
  const out: Block[] = [heading(3, x(item.title))];
  if (item.description.trim()) out.push(paragraph(x(item.description), { keepNext: true }));
  const quiet = ctx.run.text.uncounted();
  const updates = [...item.updates].sort((a, b) => b.date.localeCompare(a.date));
  const pairs: [string, string][] = [
    [t('plan.goal'), x(item.goal) || none],
    [t('plan.period'), quarterSpan(item.startQuarter, item.endQuarter, labels)],
    [
      t('plan.phaseLevel'),
      `${labels.phases[item.phase]}, ${labels.levels[item.level].toLowerCase()}`,
    ],
    [
      t('plan.bouwsteen'),
      [
        item.bouwsteen ? labels.bouwstenen[item.bouwsteen] : '',
        item.dimensionId ? x(data.dimensionName(item.dimensionId)) : '',
      ]
        .filter((s) => s)
        .join(' · ') || none,
    ],
    [
      t('plan.gapsClosed'),
      item.gapDimensionIds.map((d) => gapText(ctx, gapById.get(d), d)).join('\n') || none,
    ],
    [
      t('plan.passagesServed'),
      item.passageIds
        .map((id) => passageText(ctx, id, (s) => quiet.xml(s)))
        .filter((s) => s !== null)
        .join('\n') || none,
    ],
    [t('plan.owner'), itemOwner(ctx.run, x, item) || t('plan.noOwner')],
    [t('plan.effort'), x(item.effort) || none],
    [t('plan.funding'), labels.funding[item.funding]],
    [
      t('plan.dependencies'),
      item.dependsOn
        .map((id) => itemById.get(id))
        .filter((d) => d !== undefined)
        .map((d) => `${quiet.xml(d.title)} (${quarterSpan(d.startQuarter, d.endQuarter, labels)})`)
        .join('\n') || none,
    ],
    [
      t('plan.progress'),
      updates
        .slice(0, 3)
        .map((u) =>
          t('plan.updateLine', { date: shortDate(u.date, ctx.run.language), text: x(u.text) }),
        )
        .join('\n') || t('plan.noUpdates'),
    ],
  ];
  out.push(
    planTable(ctx, {
      header: [
        t('plan.kind'),
        `${labels.kinds[item.kind]} · ${t('plan.status').toLowerCase()}: ${labels.statuses[item.status].toLowerCase()}`,
      ],
      rows: pairs,
      widths: [3, 7],
    }),
  );
  out.push(chainBreak());
  return out;
}

/** A card per action, grouped per bouwsteen: the contents lists the groups, not 300 titles. */
function cardsChapter(ctx: PlanContext): Block[] {
  const { t, data, labels } = ctx;
  const out: Block[] = [
    heading(1, t('plan.cards'), { pageBreakBefore: true }),
    paragraph(t('plan.cardsText')),
  ];
  if (data.items.length === 0) out.push(meta(t('plan.summaryEmpty')));
  const lanes: (Bouwsteen | null)[] = [...BOUWSTENEN, null];
  for (const lane of lanes) {
    const items = data.items.filter((i) => i.bouwsteen === lane);
    if (items.length === 0) continue;
    out.push(heading(2, lane ? labels.bouwstenen[lane] : t('plan.noBouwsteen')));
    for (const item of items) {
      checkAborted(ctx.run.signal);
      out.push(...cardBlocks(ctx, item));
    }
  }
  return out;
}

function governanceChapter(ctx: PlanContext): Block[] {
  const { t, x, data, run: r } = ctx;
  const out: Block[] = [
    heading(1, t('plan.governance'), { pageBreakBefore: true }),
    paragraph(t('plan.governanceText')),
    heading(2, t('plan.owners')),
  ];
  const quiet = r.text.uncounted();
  const owners = new Map<string, RoadmapItem[]>();
  for (const i of data.items) {
    const owner = itemOwner(r, (s) => quiet.xml(s), i) || t('plan.noOwner');
    owners.set(owner, [...(owners.get(owner) ?? []), i]);
  }
  if (owners.size === 0) out.push(meta(t('plan.summaryEmpty')));
  else
    out.push(
      tableOf(
        ctx,
        [t('plan.ownerColumn'), t('plan.ownerItemsColumn'), t('plan.runningColumn')],
        [...owners.entries()]
          .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
          .map(([owner, items]) => [
            owner,
            String(items.length),
            String(items.filter((i) => i.status === 'lopend' || i.status === 'gepland').length),
          ]),
        [2, 0, 0],
      ),
    );
  out.push(heading(2, t('plan.roles')));
  const tools = r.snapshot.stakeholderTools;
  const guide = tools?.guides[r.language];
  if (!tools || tools.roles.length === 0) out.push(meta(t('plan.noRoles')));
  else
    out.push(
      tableOf(
        ctx,
        [t('plan.roleColumn'), t('plan.holderColumn'), t('plan.noteColumn')],
        [...tools.roles]
          .sort(
            (a, b) =>
              (guide?.roles.findIndex((g) => g.id === a.roleId) ?? 0) -
              (guide?.roles.findIndex((g) => g.id === b.roleId) ?? 0),
          )
          .map((role) => [
            guide?.roles.find((g) => g.id === role.roleId)?.name ?? role.roleId,
            personLabel(r, x, role.stakeholderId) || t('common.none'),
            x(role.note) || t('common.none'),
          ]),
        [0, 0, 1],
      ),
    );
  const borging = adoptionData(r).borging;
  if (borging.length > 0) {
    const labels = r.language === 'en' ? adoptionLabelsEn : adoptionLabelsNl;
    out.push(heading(2, t('plan.borging')));
    for (const b of borging)
      out.push(
        bullet(
          textRuns(
            t('plan.borgingLine', {
              title: quiet.xml(b.title),
              status: labels.statuses[b.status].toLowerCase(),
            }),
          ),
        ),
      );
  }
  return out;
}

function monitoringChapter(ctx: PlanContext): Block[] {
  const { t, x, labels, data } = ctx;
  const out: Block[] = [
    heading(1, t('plan.monitoring'), { pageBreakBefore: true }),
    paragraph(t('plan.monitoringText')),
    heading(2, t('plan.latestUpdates')),
  ];
  const quiet = ctx.run.text.uncounted();
  const latest = data.items
    .map((i) => ({ i, u: [...i.updates].sort((a, b) => b.date.localeCompare(a.date))[0] }))
    .filter((e) => e.u !== undefined)
    .sort((a, b) => b.u!.date.localeCompare(a.u!.date));
  if (latest.length === 0) out.push(meta(t('plan.noProgress')));
  else
    out.push(
      tableOf(
        ctx,
        [
          t('plan.dateColumn'),
          t('plan.actionColumn'),
          t('plan.statusColumn'),
          t('plan.updateColumn'),
        ],
        latest.map(({ i, u }) => [
          shortDate(u!.date, ctx.run.language),
          quiet.xml(i.title),
          labels.statuses[i.status],
          // The newest update's text also stands on the card: counted there.
          quiet.xml(u!.text),
        ]),
        [0, 2, 0, 3],
      ),
    );
  out.push(heading(2, t('plan.remeasure')));
  const first = data.measurements[0];
  const later = data.measurements.slice(1).at(-1);
  if (first && later)
    out.push(
      paragraph(
        t('plan.remeasureDone', {
          first: x(first.name),
          firstDate: ctx.date(first.date),
          name: x(later.name),
          date: ctx.date(later.date),
        }),
      ),
    );
  const quarters = horizonQuarters(data.settings.startQuarter, data.settings.horizonYears);
  out.push(
    paragraph(
      t('plan.remeasurePlan', {
        mid: quarterLabel(
          quarters[Math.floor(quarters.length / 2) - 1] ?? data.settings.startQuarter,
          labels,
        ),
        end: quarterLabel(quarters.at(-1) ?? data.settings.startQuarter, labels),
      }),
    ),
  );
  return out;
}

function decisionsChapter(ctx: PlanContext): Block[] {
  const { t, x, data, run: r } = ctx;
  const labels = r.language === 'en' ? adoptionLabelsEn : adoptionLabelsNl;
  const out: Block[] = [
    heading(1, t('plan.decisions'), { pageBreakBefore: true }),
    paragraph(t('plan.decisionsText')),
  ];
  if (data.decisions.length === 0) {
    out.push(meta(t('plan.noDecisions')));
    return out;
  }
  out.push(
    tableOf(
      ctx,
      [
        t('plan.dateColumn'),
        t('plan.bodyColumn'),
        t('plan.decisionColumn'),
        t('plan.subjectColumn'),
        t('plan.referenceColumn'),
      ],
      data.decisions.map((d) => [
        shortDate(d.date, r.language),
        labels.shortBodies[d.body],
        labels.kinds[d.kind],
        d.versionLabel
          ? `${labels.subjects[d.subject]} ${x(d.versionLabel)}`
          : labels.subjects[d.subject],
        x(d.reference) || t('common.none'),
      ]),
      [0, 0, 0, 1, 1],
    ),
  );
  return out;
}

/** Per action: each gap and passage it comes from, with the findings behind them and their source. */
export function traceRows(ctx: PlanContext): string[][] {
  const { t, data } = ctx;
  const quiet = ctx.run.text.uncounted();
  const q = (s: string) => quiet.xml(s);
  const gapById = new Map(data.gaps.map((g) => [g.dimensionId, g]));
  // A finding behind several actions is listed each time and counted once.
  const counted = new Set<string>();
  const findingRow = (id: string) => {
    const f = data.finding(id);
    if (!f) return null;
    const clean = counted.has(id) ? q : ctx.x;
    counted.add(id);
    return {
      statement: clean(f.statement),
      source: f.finding ? sourceLabel(ctx, f.finding, ctx.names) : q(f.sourceLabel),
    };
  };
  const found = <T>(v: T | null): v is T => v !== null;
  const rows: string[][] = [];
  for (const item of data.items) {
    let first = true;
    const action = () => {
      const label = first ? q(item.title) : '';
      first = false;
      return label;
    };
    const trace = data.traces.get(item.id);
    const gaps =
      trace?.gaps ?? item.gapDimensionIds.map((d) => gapById.get(d)).filter((g) => g !== undefined);
    const passages =
      trace?.passages ??
      item.passageIds
        .map((id) => data.passages.find((p) => p.id === id))
        .filter((p) => p !== undefined)
        .map((p) => ({ ...p, findingIds: p.findings.map((f) => f.id) }));
    const reasons = [
      ...gaps.map((g) => ({
        label: t('plan.traceGap', {
          dimension: q(data.dimensionName(g.dimensionId)),
          current: level(ctx, g.current),
          desired: level(ctx, g.desired),
        }),
        findings: g.findingIds.map(findingRow).filter(found),
      })),
      ...passages.map((p) => ({
        label: t('plan.tracePassage', { title: q(p.title) || t('common.none') }),
        findings: p.findingIds.map(findingRow).filter(found),
      })),
    ];
    // One row per gap or passage, its findings as lines in one cell: a row per finding made
    // ~4,500 rows of docx objects for the bench's 300 actions (280 MB of the export's memory).
    if (reasons.length === 0) rows.push([action(), t('plan.traceNoReason'), '']);
    for (const reason of reasons)
      rows.push([
        action(),
        reason.label,
        reason.findings.length === 0
          ? t('plan.traceNoFindings')
          : reason.findings
              .map((f) => (f.source ? `${f.statement} (${f.source})` : f.statement))
              .join('\n'),
      ]);
  }
  return rows;
}

function traceChapter(ctx: PlanContext, tables: { next: number }): Block[] {
  const { t } = ctx;
  const rows = traceRows(ctx);
  return [
    heading(1, t('plan.trace'), { pageBreakBefore: true }),
    paragraph(t('plan.traceText'), { keepNext: true }),
    ...(rows.length === 0
      ? [meta(t('plan.summaryEmpty'))]
      : [
          planTable(ctx, {
            header: [
              t('plan.traceActionColumn'),
              t('plan.traceReasonColumn'),
              t('plan.traceFindingColumn'),
            ],
            rows,
            widths: [2.4, 2.4, 6.2],
          }),
          caption(t('plan.traceCaption', { number: tables.next++ })),
        ]),
  ];
}

function textSizeOf(data: RoadmapPlanData): number {
  let n = 0;
  for (const i of data.items) {
    n +=
      i.title.length * 6 +
      i.description.length +
      i.goal.length +
      i.effort.length +
      i.ownerText.length;
    for (const u of i.updates.slice(0, 3)) n += u.text.length;
  }
  for (const p of data.passages) n += p.title.length + p.body.length;
  return n;
}

async function build(run: ExportRun): Promise<Uint8Array> {
  return buildImplementationPlan(run, 'auto');
}

export async function buildImplementationPlan(run: ExportRun, mode: PlanMode): Promise<Uint8Array> {
  const ctx = planContext(run, mode);
  for (const i of ctx.data.items) ctx.itemById.set(i.id, i);
  const { t, labels, data } = ctx;
  const figures = { next: 1 };
  const tables = { next: 1 };
  const body: Block[] = [...summaryChapter(ctx, figures)];
  run.progress(0.1);
  checkAborted(run.signal);
  body.push(...startChapter(ctx, tables), ...choicesChapter(ctx));
  run.progress(0.2);
  checkAborted(run.signal);
  body.push(...planningChapter(ctx));
  run.progress(0.3);
  body.push(...cardsChapter(ctx));
  run.progress(0.5);
  checkAborted(run.signal);
  body.push(...governanceChapter(ctx), ...monitoringChapter(ctx), ...decisionsChapter(ctx));
  body.push(...traceChapter(ctx, tables));
  run.progress(0.7);
  checkAborted(run.signal);
  const bytes = await packWordDocument(ctx, {
    documentTitle: t('plan.documentTitle'),
    coverLine: t('plan.coverLine', {
      from: quarterLabel(data.settings.startQuarter, labels),
      to: quarterLabel(lastQuarter(ctx), labels),
    }),
    body,
    tocLevels: '1-2',
    textSize: textSizeOf(data),
    // Laying out the pages of a table per action took ~40 s for 300 actions (the bench's
    // roadmap); a large plan leaves its page numbers to Word, which fills them in on opening.
    ...(data.items.length > LAYOUT_MAX_ITEMS || mode !== 'auto' ? { layout: false } : {}),
    ...(ctx.raw ? { raw: ctx.raw } : {}),
  });
  run.progress(1);
  return bytes;
}

// The roadmap and nulmeting parts are declared by their areas (roadmap.snapshot.ts and the
// nulmeting area) through declaration merging.
const reads = {
  interviews: 'none',
  documents: false,
  // The findings the appendix shows come with the roadmap's part, read by id. All of them
  // (30,000 in the bench) were read and copied to the worker for nothing: a third of the peak.
  findings: false,
  roadmap: true,
  nulmeting: true,
  vision: true,
  adoption: true,
  stakeholderTools: true,
} as SnapshotScope;

export const implementationPlanBuilder: ExportBuilder = {
  mimeType: DOCX_MIME,
  reads,
  build,
};
