import type { TimelineEvent } from '../../../shared/domain/adoption.js';
import type { Language } from '../../../shared/domain/common.js';
import { quarterEndDate } from '../../../shared/domain/quarter.js';
import type { CoreContext } from '../../core/core-context.js';
import { adoptionTranslator } from '../adoption/adoption-texts.js';
import { listItems } from './roadmap.service.js';

// The routekaart's part of the engagement's timeline: its milestones. The plan counts in
// quarters, so a milestone stands on the last day of its quarter, the day it is due. Until it is
// reached (gereed) it is planned: still to come, or overdue once that day has passed, and its
// title says so. A reached milestone stands on the day of the update that said so, when there
// is one; a cancelled one (geschrapt) is left out. Other items run over quarters and have no
// single day: the routekaart's own timeline shows them.

export async function roadmapTimeline(
  ctx: CoreContext,
  engagementId: string,
  language: Language,
): Promise<TimelineEvent[]> {
  const t = adoptionTranslator(language);
  const today = ctx.now().slice(0, 10);
  const items = await listItems(ctx.open.get(engagementId).file.db);
  const events: TimelineEvent[] = [];
  for (const item of items) {
    if (item.kind !== 'mijlpaal' || item.status === 'geschrapt') continue;
    const reached = item.status === 'gereed';
    // Updates are newest first: the latest one that set gereed.
    const reachedOn = reached ? item.updates.find((u) => u.status === 'gereed')?.date : undefined;
    const date = reachedOn ?? quarterEndDate(item.endQuarter);
    const key = reached
      ? 'timeline.milestoneReached'
      : date >= today
        ? 'timeline.milestone'
        : 'timeline.milestoneOverdue';
    events.push({
      date,
      kind: 'milestone',
      step: 4,
      title: t(key, { title: item.title }),
      refId: item.id,
      planned: !reached,
    });
  }
  return events;
}
