import { randomUUID } from 'node:crypto';
import type {
  Stakeholder,
  StakeholderFields,
  StakeholderGroup,
} from '../../../shared/domain/stakeholder.js';
import {
  deleteStakeholder,
  findStakeholder,
  formatPseudonym,
  insertStakeholder,
  listStakeholders,
  takePseudonymNumber,
  updateStakeholder,
} from './stakeholder.repository.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import { stakeholderFromRow, stakeholderPatch } from './stakeholder.mapper.js';

export async function listEngagementStakeholders(
  ctx: CoreContext,
  engagementId: string,
  group?: StakeholderGroup,
): Promise<Stakeholder[]> {
  const rows = await listStakeholders(ctx.open.get(engagementId).file.db, group);
  return rows.map(stakeholderFromRow);
}

export async function createStakeholder(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<StakeholderFields> & Pick<StakeholderFields, 'name' | 'group'>,
): Promise<Stakeholder> {
  const db = ctx.open.get(engagementId).file.db;
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    const n = await takePseudonymNumber(trx);
    await insertStakeholder(trx, {
      id,
      name: fields.name,
      job_title: fields.jobTitle ?? '',
      department: fields.department ?? '',
      group_code: fields.group,
      pseudonym: formatPseudonym(n),
      consent: fields.consent ?? 'onbekend',
      consent_note: fields.consentNote ?? '',
      created_at: now,
      updated_at: now,
    });
  });
  const row = await findStakeholder(db, id);
  return stakeholderFromRow(row!);
}

export async function updateStakeholderFields(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<StakeholderFields>,
): Promise<Stakeholder> {
  const db = ctx.open.get(engagementId).file.db;
  const changed = await updateStakeholder(db, id, {
    ...stakeholderPatch(fields),
    updated_at: ctx.now(),
  });
  if (changed === 0) throw new KoersError('NOT_FOUND');
  return stakeholderFromRow((await findStakeholder(db, id))!);
}

export async function removeStakeholder(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<{ id: string }> {
  const removed = await deleteStakeholder(ctx.open.get(engagementId).file.db, id);
  if (removed === 0) throw new KoersError('NOT_FOUND');
  return { id };
}
