import type { TFunction } from 'i18next';
import type { EngagementProgress } from '../../../shared/domain/adoption.js';
import type { StepNumber } from './progress-numbers.js';

// The overview's numbers of step 4's follow-up, the nulmeting and the routekaart, beside what is
// still open. Each part is empty while its area has nothing yet: the card then says how to begin.

export interface FollowUpNumbers {
  nulmeting: StepNumber[];
  roadmap: StepNumber[];
}

export function followUpNumbers(
  t: TFunction,
  progress: Pick<EngagementProgress, 'nulmeting' | 'roadmap'>,
  /** A yyyy-mm-dd day as the UI writes it ("3 mei 2026"). */
  formatDay: (day: string) => string,
): FollowUpNumbers {
  const { nulmeting: m, roadmap: r } = progress;
  const nulmeting: StepNumber[] = [];
  if (m.latest) {
    const open = Math.max(0, m.dimensions - m.latest.agreedDimensions);
    nulmeting.push(
      {
        label: t('nulmeting.overview.measurements'),
        value: String(m.measurements),
        detail: t('nulmeting.overview.latest', {
          name: m.latest.name,
          date: formatDay(m.latest.date),
        }),
        open: false,
      },
      {
        label: t('nulmeting.overview.agreed'),
        value: `${m.latest.agreedDimensions}/${m.dimensions}`,
        detail: open > 0 ? t('nulmeting.overview.agreedOpen', { count: open }) : '',
        open: open > 0,
      },
    );
  }
  const roadmap: StepNumber[] = [];
  if (r.items > 0) {
    const signals = r.warnings + r.checks;
    const signalParts = [
      r.warnings > 0 ? t('roadmap.overview.warnings', { count: r.warnings }) : '',
      r.checks > 0 ? t('roadmap.overview.checks', { count: r.checks }) : '',
    ].filter((part) => part !== '');
    roadmap.push(
      { label: t('roadmap.overview.items'), value: String(r.items), detail: '', open: false },
      {
        label: t('roadmap.overview.milestones'),
        value: String(r.milestones),
        detail: r.nextMilestone
          ? t('roadmap.overview.nextMilestone', {
              title: r.nextMilestone.title,
              quarter: r.nextMilestone.quarter,
            })
          : '',
        open: false,
      },
      {
        label: t('roadmap.overview.signals'),
        value: String(signals),
        detail: signals > 0 ? signalParts.join(', ') : t('roadmap.overview.signalsNone'),
        open: signals > 0,
      },
    );
  }
  return { nulmeting, roadmap };
}
