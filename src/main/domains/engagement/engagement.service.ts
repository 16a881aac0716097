import type { Engagement, EngagementFields } from '../../../shared/domain/engagement.js';
import { localize, methodSchema, type Method } from '../../../shared/domain/method.js';
import type { ChecklistItemState, EngagementOverview } from '../../../shared/domain/overview.js';
import type { Language } from '../../../shared/domain/common.js';
import { findEngagement, updateEngagement } from './engagement.repository.js';
import { listChecklistState, readMethodPart, setChecklistState } from './method.repository.js';
import { listThemes } from '../findings/theme.repository.js';
import { countStakeholdersByGroup } from '../stakeholders/stakeholder.repository.js';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import { engagementFromRow, engagementPatch } from './engagement.mapper.js';

async function engagementOf(db: Kysely<Database>): Promise<Engagement> {
  const row = await findEngagement(db);
  if (!row) throw new KoersError('NOT_FOUND');
  return engagementFromRow(row);
}

export async function getEngagement(ctx: CoreContext, engagementId: string): Promise<Engagement> {
  return engagementOf(ctx.open.get(engagementId).file.db);
}

export async function updateEngagementFields(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<EngagementFields>,
): Promise<Engagement> {
  const doc = ctx.open.get(engagementId);
  await updateEngagement(doc.file.db, engagementId, {
    ...engagementPatch(fields),
    updated_at: ctx.now(),
  });
  const engagement = await engagementOf(doc.file.db);
  ctx.appIndex.touchRecent({
    path: doc.file.path,
    title: engagement.title,
    clientName: engagement.clientName,
  });
  return engagement;
}

/** The steps as copied into this file when it was made, not as the method reads today. */
async function stepsOf(db: Kysely<Database>): Promise<Method['steps']> {
  const stored = await readMethodPart(db, 'steps');
  const parsed = methodSchema.shape.steps.safeParse(stored);
  if (!parsed.success) throw new KoersError('FILE_CORRUPT', { fileName: 'method_snapshot' });
  return parsed.data;
}

export async function engagementOverview(
  ctx: CoreContext,
  engagementId: string,
): Promise<EngagementOverview> {
  const db = ctx.open.get(engagementId).file.db;
  const engagement = await engagementOf(db);
  const language: Language = ctx.appIndex.preferences.language;
  const [steps, state, groups, themes] = await Promise.all([
    stepsOf(db),
    listChecklistState(db),
    countStakeholdersByGroup(db),
    listThemes(db),
  ]);
  const stateById = new Map(state.map((s) => [s.item_id, s]));
  return {
    engagement,
    steps: steps.map((step) => {
      const items: ChecklistItemState[] = step.checklist.map((item) => {
        const s = stateById.get(item.id);
        return {
          id: item.id,
          label: localize(item.label, language),
          hint: item.hint ? localize(item.hint, language) : null,
          done: s?.done === 1,
          doneAt: s?.done_at ?? null,
        };
      });
      return {
        id: step.id,
        number: step.number,
        title: localize(step.title, language),
        summary: localize(step.summary, language),
        items,
        doneCount: items.filter((i) => i.done).length,
        totalCount: items.length,
      };
    }),
    stakeholderCount: groups.reduce((sum, g) => sum + Number(g.n), 0),
    stakeholdersByGroup: Object.fromEntries(groups.map((g) => [g.group_code, Number(g.n)])),
    themes: themes.map((t) => ({
      id: t.id,
      name: t.name,
      color: t.color,
      sortOrder: t.sort_order,
    })),
  };
}

export async function setChecklistItem(
  ctx: CoreContext,
  engagementId: string,
  itemId: string,
  done: boolean,
): Promise<ChecklistItemState> {
  const db = ctx.open.get(engagementId).file.db;
  const steps = await stepsOf(db);
  const language = ctx.appIndex.preferences.language;
  for (const step of steps) {
    const item = step.checklist.find((i) => i.id === itemId);
    if (!item) continue;
    const row = await setChecklistState(db, itemId, step.id, done, ctx.now());
    return {
      id: item.id,
      label: localize(item.label, language),
      hint: item.hint ? localize(item.hint, language) : null,
      done: row.done === 1,
      doneAt: row.done_at,
    };
  }
  throw new KoersError('NOT_FOUND');
}
