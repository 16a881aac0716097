import type { Kysely } from 'kysely';
import type {
  BorgingItem,
  BorgingItemFields,
  BorgingMethod,
} from '../../../shared/domain/adoption.js';
import type { Language } from '../../../shared/domain/common.js';
import type { StakeholderToolsMethod } from '../../../shared/domain/method.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import {
  currentMethodPart,
  engagementMethodPart,
  type MethodPart,
} from '../../method/method-part.js';
import { readMethodPart } from '../engagement/method.repository.js';
import { getEngagement } from '../engagement/engagement.service.js';
import type { Database } from '../schema.js';
import { listRoleAssignments } from '../stakeholder-tools/stakeholder-tools.repository.js';
import { stakeholderToolsMethod } from '../stakeholder-tools/stakeholder-tools.method.js';
import { borgingMethod } from './adoption.method.js';
import { borgingFieldsFromRow } from './adoption.mapper.js';
import * as repo from './adoption.repository.js';

// The borging checklist: the method's items (the lessons of earlier engagements) with this
// engagement's state of each, and who holds the fitting role in the stakeholder tools.

type Db = Kysely<Database>;

const dbOf = (ctx: CoreContext, engagementId: string): Db => ctx.open.get(engagementId).file.db;

/**
 * The engagement's copy of a method part. `write: false` (an export snapshot, which only reads)
 * falls back to today's copy without storing it.
 */
export async function methodCopy<T>(
  ctx: CoreContext,
  db: Db,
  part: MethodPart<T>,
  write = true,
): Promise<T> {
  if (write) return engagementMethodPart(ctx, db, part);
  const stored = await readMethodPart(db, part.key);
  if (stored === undefined) return currentMethodPart(ctx, part);
  const parsed = part.schema.safeParse(stored);
  if (!parsed.success) throw new KoersError('FILE_CORRUPT', { fileName: 'method_snapshot' });
  return parsed.data;
}

export async function readBorging(
  ctx: CoreContext,
  db: Db,
  language: Language,
  write = true,
): Promise<BorgingItem[]> {
  const [method, tools, states, assignments, names] = await Promise.all([
    methodCopy<BorgingMethod>(ctx, db, borgingMethod, write),
    methodCopy<StakeholderToolsMethod>(ctx, db, stakeholderToolsMethod, write),
    repo.listBorgingStates(db),
    listRoleAssignments(db),
    repo.stakeholderNames(db),
  ]);
  const stateOf = new Map(states.map((s) => [s.item_id, s]));
  const roleName = new Map(tools.roles.map((r) => [r.id, r.name[language]]));
  return method.items.map((item) => {
    const state = stateOf.get(item.id);
    const fields = borgingFieldsFromRow(state);
    return {
      id: item.id,
      title: item.title[language],
      description: item.description[language],
      lesson: item.lesson[language],
      roleId: item.roleId,
      roleName: item.roleId ? (roleName.get(item.roleId) ?? null) : null,
      roleHolders: assignments
        .filter((a) => item.roleId !== null && a.role_id === item.roleId)
        .map((a) => ({ stakeholderId: a.stakeholder_id, name: names.get(a.stakeholder_id) ?? '' })),
      ...fields,
      ownerName: fields.ownerStakeholderId
        ? (names.get(fields.ownerStakeholderId) ?? null)
        : fields.ownerText.trim() || null,
      updatedAt: state?.updated_at ?? null,
    };
  });
}

async function languageOf(ctx: CoreContext, engagementId: string, language?: Language) {
  return language ?? (await getEngagement(ctx, engagementId)).language;
}

export async function listBorging(
  ctx: CoreContext,
  engagementId: string,
  language?: Language,
): Promise<BorgingItem[]> {
  return readBorging(ctx, dbOf(ctx, engagementId), await languageOf(ctx, engagementId, language));
}

export async function updateBorging(
  ctx: CoreContext,
  engagementId: string,
  itemId: string,
  fields: Partial<BorgingItemFields>,
  language?: Language,
): Promise<BorgingItem> {
  const db = dbOf(ctx, engagementId);
  const method = await engagementMethodPart(ctx, db, borgingMethod);
  if (!method.items.some((i) => i.id === itemId)) throw new KoersError('NOT_FOUND');
  if (fields.ownerStakeholderId && !(await repo.stakeholderExists(db, fields.ownerStakeholderId)))
    throw new KoersError('NOT_FOUND');
  const current = borgingFieldsFromRow(
    (await repo.listBorgingStates(db)).find((s) => s.item_id === itemId),
  );
  const next = { ...current, ...fields };
  await repo.upsertBorgingState(db, {
    item_id: itemId,
    status: next.status,
    owner_stakeholder_id: next.ownerStakeholderId,
    owner_text: next.ownerText,
    due_date: next.dueDate,
    notes: next.notes,
    updated_at: ctx.now(),
  });
  const items = await listBorging(ctx, engagementId, language);
  return items.find((i) => i.id === itemId)!;
}
