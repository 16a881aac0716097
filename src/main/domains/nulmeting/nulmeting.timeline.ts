import type { TimelineEvent } from '../../../shared/domain/adoption.js';
import type { Language } from '../../../shared/domain/common.js';
import type { CoreContext } from '../../core/core-context.js';
import { adoptionTranslator } from '../adoption/adoption-texts.js';
import * as repo from './nulmeting.repository.js';

// The nulmeting's part of the engagement's timeline: each measurement on its date (the 0-meting,
// the 1-meting …). A measurement dated after today is one that is planned, and says so.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function nulmetingTimeline(
  ctx: CoreContext,
  engagementId: string,
  language: Language,
): Promise<TimelineEvent[]> {
  const t = adoptionTranslator(language);
  const today = ctx.now().slice(0, 10);
  const rows = await repo.listAssessments(ctx.open.get(engagementId).file.db);
  // The repository lists newest first; the timeline keeps the order read within a day.
  return rows
    .filter((a) => DAY.test(a.date))
    .reverse()
    .map((a) => {
      const planned = a.date > today;
      return {
        date: a.date,
        kind: 'measurement',
        step: 4,
        title: t(planned ? 'timeline.measurementPlanned' : 'timeline.measurement', {
          name: a.name,
        }),
        refId: a.id,
        planned,
      };
    });
}
