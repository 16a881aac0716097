import { Paragraph } from 'docx';
import { roadmapTimelineChart } from '../../../shared/charts/roadmap-timeline-chart.js';
import { BOUWSTENEN } from '../../../shared/domain/nulmeting.js';
import { horizonQuarters, quarterLabel } from '../roadmap-labels.js';
import type { PlanContext } from './implementation-plan.docx.js';
import { chartPicture } from './stakeholder-analysis.docx.js';
import { caption } from './word-blocks.js';

// The routekaart's timeline in the implementatieplan: the chart the screen shows (shared SVG),
// per bouwsteen, drawn as a PNG. Quarter columns up to three years; a longer plan is drawn per
// year, so the picture stays readable at the page's width.

export function roadmapTimelineFigure(ctx: PlanContext, figures: { next: number }): Paragraph[] {
  const { t, labels, data, run } = ctx;
  if (data.items.length === 0) return [];
  const quiet = run.text.uncounted();
  const warned = new Set(data.warnings.map((w) => w.itemId));
  const quarters = horizonQuarters(data.settings.startQuarter, data.settings.horizonYears);
  const svg = roadmapTimelineChart({
    // The titles are cleaned (and counted) in the tables; the chart's copy is not counted again.
    items: data.items.map((i) => ({
      id: i.id,
      title: quiet.xml(i.title),
      kind: i.kind,
      status: i.status,
      startQuarter: i.startQuarter,
      endQuarter: i.endQuarter,
      laneKey: i.bouwsteen,
      dependsOn: i.dependsOn,
      warning: warned.has(i.id),
    })),
    lanes: BOUWSTENEN.map((b) => ({ key: b, label: labels.bouwstenen[b] })),
    startQuarter: data.settings.startQuarter,
    horizonYears: data.settings.horizonYears,
    zoom: data.settings.horizonYears > 3 ? 'year' : 'quarter',
    // The day of the snapshot: the document shows the plan as it stood then.
    today: run.snapshot.takenAt.slice(0, 10),
    labels: {
      title: t('plan.timelineTitle', {
        from: quarterLabel(quarters[0] ?? data.settings.startQuarter, labels),
        to: quarterLabel(quarters.at(-1) ?? data.settings.startQuarter, labels),
      }),
      kinds: labels.kinds,
      otherLane: t('plan.timelineOther'),
      today: t('plan.timelineToday'),
      dependency: t('plan.timelineDependency'),
      conflict: t('plan.timelineConflict'),
      empty: t('plan.timelineEmpty'),
    },
    fontFamily: quiet.xml(run.snapshot.engagement.houseStyle.fontName),
  });
  const image = chartPicture(svg, t('plan.timelineAlt'));
  if (!image) return [];
  return [
    new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [image] }),
    caption(t('plan.timelineCaption', { number: figures.next++ })),
  ];
}
