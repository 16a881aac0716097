import { randomUUID } from 'node:crypto';
import type {
  RemovedStakeholder,
  Stakeholder,
  StakeholderFields,
  StakeholderGroup,
  StakeholderLinks,
} from '../../../shared/domain/stakeholder.js';
import {
  countStakeholderLinks,
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
import { captureCascade } from '../../core/undo-stash.js';

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

/** What hangs on a stakeholder: the interviews they take part in and those interviews' findings. */
export async function stakeholderLinks(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<StakeholderLinks> {
  const db = ctx.open.get(engagementId).file.db;
  if (!(await findStakeholder(db, id))) throw new KoersError('NOT_FOUND');
  return countStakeholderLinks(db, id);
}

/**
 * Deletes a stakeholder. One who takes part in interviews is refused (STAKEHOLDER_LINKED)
 * unless `linked: 'erase-name'`: then the person's details are erased and the record stays
 * under its pseudonym, so the interviews, their findings and the matrix keep their participant
 * and group ("Interview R07"), and no name is left. Either way the answer carries an undo token.
 */
export async function removeStakeholder(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  linked: 'refuse' | 'erase-name' = 'refuse',
): Promise<RemovedStakeholder> {
  const db = ctx.open.get(engagementId).file.db;
  return db.transaction().execute(async (trx) => {
    const row = await findStakeholder(trx, id);
    if (!row) throw new KoersError('NOT_FOUND');
    const links = await countStakeholderLinks(trx, id);
    if (links.interviews > 0) {
      if (linked === 'refuse')
        throw new KoersError('STAKEHOLDER_LINKED', { name: row.name, ...links });
      await updateStakeholder(trx, id, {
        name: row.pseudonym,
        job_title: '',
        department: '',
        consent_note: '',
        updated_at: ctx.now(),
      });
      const undoToken = ctx.undo.keep({
        engagementId,
        inserts: [],
        replaces: [{ table: 'stakeholder', row }],
      });
      return { id, undoToken, outcome: 'name-erased' as const };
    }
    const inserts = await captureCascade(trx, 'stakeholder', id);
    await deleteStakeholder(trx, id);
    const undoToken = ctx.undo.keep({ engagementId, inserts, replaces: [] });
    return { id, undoToken, outcome: 'deleted' as const };
  });
}
