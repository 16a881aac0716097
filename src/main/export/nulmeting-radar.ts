import { radarChart, type RadarChartSeries } from '../../shared/charts/index.js';
import type { Language } from '../../shared/domain/common.js';
import { RESPONDENT_GROUPS } from '../../shared/domain/nulmeting.js';
import { formatDate } from './word/word-document.js';
import type { NulmetingExportData } from './nulmeting-data.js';
import { nulmetingLabels } from './nulmeting-labels.js';

// The radar both nulmeting documents show, drawn from the same numbers as their tables: the
// agreed current level (filled), the agreed desired level (dashed) and the current level of each
// earlier measurement (dotted) over it; with `groups`, the mean current level of each group.

/** Fills {{key}} placeholders; a function replacement, so a '$&' in user text stays as typed. */
const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => vars[key] ?? whole);

export function nulmetingRadarSvg(
  data: NulmetingExportData,
  language: Language,
  /** Cleans a user text (the measurement's name) without counting it again. */
  clean: (text: string) => string,
  options: { groups?: boolean } = {},
): string {
  const labels = nulmetingLabels(language);
  const view = data.view;
  const series: RadarChartSeries[] = [];
  if (view) {
    series.push({
      label: labels.radarCurrent,
      kind: 'current',
      values: data.summary.map((s) => s.current),
    });
    if (options.groups) {
      const scored = new Set(data.summary.flatMap((s) => s.byGroup.map((g) => g.group)));
      const groups = RESPONDENT_GROUPS.filter((g) => scored.has(g));
      for (const group of groups)
        series.push({
          label: fill(labels.radarGroup, { group: labels.groups[group] }),
          kind: 'group',
          values: data.summary.map(
            (s) => s.byGroup.find((g) => g.group === group)?.current ?? null,
          ),
        });
    } else {
      series.push({
        label: fill(labels.radarDesired, { years: String(view.assessment.horizonYears) }),
        kind: 'desired',
        values: data.summary.map((s) => s.desired),
      });
    }
    // The earlier measurements only on the main radar: on the group radar they would be one
    // more thin line among the groups'.
    if (!options.groups)
      for (const earlier of data.earlier)
        series.push({
          label: fill(labels.radarEarlier, {
            name: clean(earlier.view.assessment.name),
            date: formatDate(earlier.view.assessment.date, language),
          }),
          kind: 'earlier',
          values: earlier.summary.map((s) => s.current),
        });
  }
  return radarChart({
    axes: data.model.dimensions.map((d) => d.name),
    levels: data.model.levels.map((l) => ({ level: l.level, label: l.label })),
    series,
    width: 760,
    height: 660,
    emptyText: labels.radarEmpty,
  });
}
