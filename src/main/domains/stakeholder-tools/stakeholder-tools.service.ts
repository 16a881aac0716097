import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/domain/common.js';
import { localize } from '../../../shared/domain/method.js';
import type {
  FixedParty,
  ForceFieldFields,
  ForceFieldPosition,
  ForceFieldSnapshot,
  ForceFieldSnapshotSummary,
  Iceberg,
  IcebergFields,
  IcebergItem,
  IcebergItemFields,
  InterestConflict,
  InterestConflictFields,
  Party,
  PartyFields,
  RoleAssignment,
  SnapshotFields,
  StakeholderToolsGuide,
  StakeholderToolsMethod,
  ValueMap,
  ValueWeight,
} from '../../../shared/domain/stakeholder-tools.js';
import type { Removed } from '../../../shared/contract.js';
import type { CoreContext } from '../../core/core-context.js';
import { removeRecord } from '../../core/remove-record.js';
import { KoersError } from '../../base/koers-error.js';
import type { Database } from '../schema.js';
import { engagementMethodPart } from '../../method/method-part.js';
import { stakeholderToolsMethod } from './stakeholder-tools.method.js';
import { INHABITANTS_NAME } from './0005-stakeholder-tools.js';
import * as repo from './stakeholder-tools.repository.js';
import {
  conflictFromRow,
  icebergFromRows,
  icebergItemFromRow,
  partyFromRow,
  positionFromRow,
  roleFromRow,
  snapshotPositionFromRow,
} from './stakeholder-tools.mapper.js';
import type { PartyPatch } from './stakeholder-tools.table.js';

// The rules of the stakeholder tools; all SQL is in the repository.

type Db = Kysely<Database>;

const dbOf = (ctx: CoreContext, engagementId: string): Db => ctx.open.get(engagementId).file.db;

/** The part of the engagement's method copy these tools use. */
export const METHOD_PART = stakeholderToolsMethod.key;

/**
 * The stakeholder-tools method as copied into this engagement. Files made before the tools
 * existed have no copy yet: they get today's on first use and keep that copy from then on.
 */
export async function engagementToolsMethod(
  ctx: CoreContext,
  db: Db,
): Promise<StakeholderToolsMethod> {
  return engagementMethodPart(ctx, db, stakeholderToolsMethod);
}

async function engagementLanguage(db: Db): Promise<Language> {
  const row = await repo.findEngagementNaming(db);
  return row?.language === 'en' ? 'en' : 'nl';
}

/** The method copy in one language (the engagement's unless asked otherwise). */
export async function toolsGuide(
  ctx: CoreContext,
  engagementId: string,
  language?: Language,
): Promise<StakeholderToolsGuide> {
  const db = dbOf(ctx, engagementId);
  const method = await engagementToolsMethod(ctx, db);
  const lang = language ?? (await engagementLanguage(db));
  const entry = (e: {
    id: string;
    name: { nl: string; en: string };
    description: { nl: string; en: string };
  }) => ({
    id: e.id,
    name: localize(e.name, lang),
    description: localize(e.description, lang),
  });
  const ff = method.forceField;
  return {
    forceField: {
      influence: { ...ff.influence },
      attitude: { ...ff.attitude },
      influenceLabel: localize(ff.influenceLabel, lang),
      attitudeLabel: localize(ff.attitudeLabel, lang),
      quadrants: ff.quadrants.map((q) => ({
        id: q.id,
        influence: q.influence,
        attitude: q.attitude,
        name: localize(q.name, lang),
        strategy: localize(q.strategy, lang),
      })),
    },
    values: method.values.map(entry),
    roles: method.roles.map(entry),
    icebergLayers: method.icebergLayers.map((l) => ({
      ...entry(l),
      questions: l.questions.map((q) => localize(q, lang)),
    })),
  };
}

// Parties ---------------------------------------------------------------------------------

/**
 * The municipality itself and its inhabitants are always there. Files migrated to version 5 got
 * them in the migration; a new or imported file without them gets them on first use.
 */
export async function ensureFixedParties(ctx: CoreContext, db: Db): Promise<void> {
  const present = new Set(await repo.fixedPartiesPresent(db));
  if (present.size === 2) return;
  const engagement = await repo.findEngagementNaming(db);
  if (!engagement) return;
  const now = ctx.now();
  const make = (fixed: FixedParty) => ({
    id: randomUUID(),
    name:
      fixed === 'own-municipality'
        ? engagement.client_name
        : INHABITANTS_NAME[engagement.language === 'en' ? 'en' : 'nl'],
    kind: fixed === 'own-municipality' ? ('municipality' as const) : ('inhabitants' as const),
    fixed,
    interests: '',
    values_text: '',
    ways_of_working: '',
    culture_notes: '',
    created_at: now,
    updated_at: now,
  });
  await db.transaction().execute(async (trx) => {
    for (const fixed of ['own-municipality', 'inhabitants'] as const)
      if (!present.has(fixed)) await repo.insertParty(trx, make(fixed));
  });
}

async function readParties(db: Db): Promise<Party[]> {
  const links = new Map<string, string[]>();
  for (const link of await repo.listPartyStakeholders(db))
    links.set(link.party_id, [...(links.get(link.party_id) ?? []), link.stakeholder_id]);
  return (await repo.listParties(db)).map((row) => partyFromRow(row, links.get(row.id) ?? []));
}

/**
 * The parties as stored, without adding the fixed two: for a read inside the export snapshot's
 * transaction, where ensureFixedParties could not open one of its own. The municipality and the
 * inhabitants are there once the tools have been opened (or the file was migrated).
 */
export async function listStoredParties(ctx: CoreContext, engagementId: string): Promise<Party[]> {
  return readParties(dbOf(ctx, engagementId));
}

/** Every weight of the value map as stored, without adding the fixed parties (see above). */
export async function listValueWeights(
  ctx: CoreContext,
  engagementId: string,
): Promise<ValueWeight[]> {
  return (await repo.listValueWeights(dbOf(ctx, engagementId))).map((w) => ({
    partyId: w.party_id,
    valueId: w.value_id,
    weight: w.weight,
  }));
}

export async function listParties(ctx: CoreContext, engagementId: string): Promise<Party[]> {
  const db = dbOf(ctx, engagementId);
  await ensureFixedParties(ctx, db);
  return readParties(db);
}

async function readParty(db: Db, id: string): Promise<Party> {
  const party = (await readParties(db)).find((p) => p.id === id);
  if (!party) throw new KoersError('NOT_FOUND');
  return party;
}

async function assertStakeholders(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0 && (await repo.countStakeholdersIn(db, ids)) !== ids.length)
    throw new KoersError('NOT_FOUND');
}

function partyPatch(fields: Partial<PartyFields>): PartyPatch {
  const patch: PartyPatch = {};
  if (fields.name !== undefined) patch.name = fields.name;
  if (fields.kind !== undefined) patch.kind = fields.kind;
  if (fields.interests !== undefined) patch.interests = fields.interests;
  if (fields.values !== undefined) patch.values_text = fields.values;
  if (fields.waysOfWorking !== undefined) patch.ways_of_working = fields.waysOfWorking;
  if (fields.cultureNotes !== undefined) patch.culture_notes = fields.cultureNotes;
  return patch;
}

export async function createParty(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<PartyFields> & Pick<PartyFields, 'name' | 'kind'>,
): Promise<Party> {
  const db = dbOf(ctx, engagementId);
  await ensureFixedParties(ctx, db);
  const stakeholderIds = [...new Set(fields.stakeholderIds ?? [])];
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    await assertStakeholders(trx, stakeholderIds);
    await repo.insertParty(trx, {
      id,
      name: fields.name,
      kind: fields.kind,
      fixed: null,
      interests: fields.interests ?? '',
      values_text: fields.values ?? '',
      ways_of_working: fields.waysOfWorking ?? '',
      culture_notes: fields.cultureNotes ?? '',
      created_at: now,
      updated_at: now,
    });
    await repo.replacePartyStakeholders(trx, id, stakeholderIds);
  });
  return readParty(db, id);
}

/** The fixed parties may be renamed and described, but stay what they are. */
export async function updateParty(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<PartyFields>,
): Promise<Party> {
  const db = dbOf(ctx, engagementId);
  await db.transaction().execute(async (trx) => {
    const row = await repo.findParty(trx, id);
    if (!row) throw new KoersError('NOT_FOUND');
    if (row.fixed && fields.kind !== undefined && fields.kind !== row.kind)
      throw new KoersError('PARTY_FIXED', { name: row.name });
    await repo.updateParty(trx, id, { ...partyPatch(fields), updated_at: ctx.now() });
    if (fields.stakeholderIds !== undefined) {
      const ids = [...new Set(fields.stakeholderIds)];
      await assertStakeholders(trx, ids);
      await repo.replacePartyStakeholders(trx, id, ids);
    }
  });
  return readParty(db, id);
}

/** Deletes a party with its place, weights, conflicts and snapshot entries; undo puts them back. */
export async function removeParty(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  const row = await repo.findParty(dbOf(ctx, engagementId), id);
  if (!row) throw new KoersError('NOT_FOUND');
  if (row.fixed) throw new KoersError('PARTY_FIXED', { name: row.name });
  return removeRecord(ctx, engagementId, 'party', id);
}

// Krachtenveld ----------------------------------------------------------------------------

export async function listPositions(
  ctx: CoreContext,
  engagementId: string,
): Promise<ForceFieldPosition[]> {
  const db = dbOf(ctx, engagementId);
  const method = await engagementToolsMethod(ctx, db);
  return (await repo.listPositions(db)).map((row) => positionFromRow(row, method.forceField));
}

/**
 * Places a party on the grid or moves it, and records its strategy. The first placement needs
 * both influence and attitude.
 */
export async function setPosition(
  ctx: CoreContext,
  engagementId: string,
  partyId: string,
  fields: Partial<ForceFieldFields>,
): Promise<ForceFieldPosition> {
  const db = dbOf(ctx, engagementId);
  const method = await engagementToolsMethod(ctx, db);
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    if (!(await repo.findParty(trx, partyId))) throw new KoersError('NOT_FOUND');
    if (fields.actionOwnerId) await assertStakeholders(trx, [fields.actionOwnerId]);
    const existing = await repo.findPositionOfParty(trx, partyId);
    if (!existing) {
      if (fields.influence === undefined)
        throw new KoersError('INVALID_INPUT', { path: 'fields.influence' });
      if (fields.attitude === undefined)
        throw new KoersError('INVALID_INPUT', { path: 'fields.attitude' });
      await repo.insertPosition(trx, {
        id: randomUUID(),
        party_id: partyId,
        influence: fields.influence,
        attitude: fields.attitude,
        opportunities: fields.opportunities ?? '',
        risks: fields.risks ?? '',
        communication_strategy: fields.communicationStrategy ?? '',
        next_action: fields.nextAction ?? '',
        action_owner_id: fields.actionOwnerId ?? null,
        action_due: fields.actionDue ?? null,
        updated_at: now,
      });
      return;
    }
    await repo.updatePosition(trx, existing.id, {
      ...(fields.influence !== undefined && { influence: fields.influence }),
      ...(fields.attitude !== undefined && { attitude: fields.attitude }),
      ...(fields.opportunities !== undefined && { opportunities: fields.opportunities }),
      ...(fields.risks !== undefined && { risks: fields.risks }),
      ...(fields.communicationStrategy !== undefined && {
        communication_strategy: fields.communicationStrategy,
      }),
      ...(fields.nextAction !== undefined && { next_action: fields.nextAction }),
      ...(fields.actionOwnerId !== undefined && { action_owner_id: fields.actionOwnerId }),
      ...(fields.actionDue !== undefined && { action_due: fields.actionDue }),
      updated_at: now,
    });
  });
  const row = await repo.findPositionOfParty(db, partyId);
  return positionFromRow(row!, method.forceField);
}

/** Takes a party off the grid (its strategy goes with it); undo puts it back. */
export async function removePosition(
  ctx: CoreContext,
  engagementId: string,
  partyId: string,
): Promise<Removed> {
  const row = await repo.findPositionOfParty(dbOf(ctx, engagementId), partyId);
  if (!row) throw new KoersError('NOT_FOUND');
  return removeRecord(ctx, engagementId, 'force_field_position', row.id);
}

/** A dated copy of every position on the grid, with who scored them. */
export async function takeSnapshot(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<SnapshotFields> & Pick<SnapshotFields, 'scoredBy'>,
): Promise<ForceFieldSnapshot> {
  const db = dbOf(ctx, engagementId);
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    const names = new Map((await repo.listParties(trx)).map((p) => [p.id, p.name]));
    const positions = await repo.listPositions(trx);
    await repo.insertSnapshot(
      trx,
      {
        id,
        taken_on: fields.takenOn ?? now.slice(0, 10),
        scored_by: fields.scoredBy,
        note: fields.note ?? '',
        created_at: now,
      },
      positions.map((p) => ({
        snapshot_id: id,
        party_id: p.party_id,
        party_name: names.get(p.party_id) ?? '',
        influence: p.influence,
        attitude: p.attitude,
        communication_strategy: p.communication_strategy,
      })),
    );
  });
  return getSnapshot(ctx, engagementId, id);
}

export async function listSnapshots(
  ctx: CoreContext,
  engagementId: string,
): Promise<ForceFieldSnapshotSummary[]> {
  return (await repo.listSnapshots(dbOf(ctx, engagementId))).map((s) => ({
    id: s.id,
    takenOn: s.taken_on,
    scoredBy: s.scored_by,
    note: s.note,
    createdAt: s.created_at,
    positionCount: s.position_count,
  }));
}

export async function getSnapshot(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<ForceFieldSnapshot> {
  const db = dbOf(ctx, engagementId);
  const method = await engagementToolsMethod(ctx, db);
  const row = await repo.findSnapshot(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const positions = (await repo.listSnapshotPositions(db, id)).map((p) =>
    snapshotPositionFromRow(p, method.forceField),
  );
  return {
    id: row.id,
    takenOn: row.taken_on,
    scoredBy: row.scored_by,
    note: row.note,
    createdAt: row.created_at,
    positionCount: positions.length,
    positions,
  };
}

// Value map -------------------------------------------------------------------------------

export async function valueMap(
  ctx: CoreContext,
  engagementId: string,
  language?: Language,
): Promise<ValueMap> {
  const db = dbOf(ctx, engagementId);
  await ensureFixedParties(ctx, db);
  const guide = await toolsGuide(ctx, engagementId, language);
  const parties = await repo.listParties(db);
  const valueIds = new Set(guide.values.map((v) => v.id));
  return {
    values: guide.values,
    parties: parties.map((p) => ({ id: p.id, name: p.name })),
    // A weight for a value the method copy no longer lists (an edited file) is not shown.
    weights: (await repo.listValueWeights(db))
      .filter((w) => valueIds.has(w.value_id))
      .map((w) => ({ partyId: w.party_id, valueId: w.value_id, weight: w.weight })),
  };
}

/** Sets one cell of the value map; null clears it (not scored). */
export async function setValueWeight(
  ctx: CoreContext,
  engagementId: string,
  partyId: string,
  valueId: string,
  weight: number | null,
): Promise<ValueMap> {
  const db = dbOf(ctx, engagementId);
  const method = await engagementToolsMethod(ctx, db);
  if (!method.values.some((v) => v.id === valueId))
    throw new KoersError('INVALID_INPUT', { path: 'valueId' });
  if (!(await repo.findParty(db, partyId))) throw new KoersError('NOT_FOUND');
  if (weight === null) await repo.deleteValueWeight(db, partyId, valueId);
  else await repo.upsertValueWeight(db, { party_id: partyId, value_id: valueId, weight });
  return valueMap(ctx, engagementId);
}

// IJsbergmodel ----------------------------------------------------------------------------

async function layerIds(ctx: CoreContext, db: Db): Promise<string[]> {
  return (await engagementToolsMethod(ctx, db)).icebergLayers.map((l) => l.id);
}

export async function listIcebergs(ctx: CoreContext, engagementId: string): Promise<Iceberg[]> {
  const db = dbOf(ctx, engagementId);
  const layers = await layerIds(ctx, db);
  const items = await repo.listIcebergItems(db);
  return (await repo.listIcebergs(db)).map((row) =>
    icebergFromRows(
      row,
      items.filter((i) => i.iceberg_id === row.id),
      layers,
    ),
  );
}

export async function getIceberg(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Iceberg> {
  const db = dbOf(ctx, engagementId);
  const row = await repo.findIceberg(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  return icebergFromRows(row, await repo.listIcebergItems(db, id), await layerIds(ctx, db));
}

export async function createIceberg(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<IcebergFields> & Pick<IcebergFields, 'title'>,
): Promise<Iceberg> {
  const id = randomUUID();
  const now = ctx.now();
  await repo.insertIceberg(dbOf(ctx, engagementId), {
    id,
    title: fields.title,
    description: fields.description ?? '',
    created_at: now,
    updated_at: now,
  });
  return getIceberg(ctx, engagementId, id);
}

export async function updateIceberg(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<IcebergFields>,
): Promise<Iceberg> {
  const changed = await repo.updateIceberg(dbOf(ctx, engagementId), id, {
    ...(fields.title !== undefined && { title: fields.title }),
    ...(fields.description !== undefined && { description: fields.description }),
    updated_at: ctx.now(),
  });
  if (changed === 0) throw new KoersError('NOT_FOUND');
  return getIceberg(ctx, engagementId, id);
}

async function assertItemFields(
  ctx: CoreContext,
  db: Db,
  fields: Partial<IcebergItemFields>,
): Promise<void> {
  if (fields.layer !== undefined && !(await layerIds(ctx, db)).includes(fields.layer))
    throw new KoersError('INVALID_INPUT', { path: 'fields.layer' });
  if (fields.findingId && (await repo.countFindingsIn(db, [fields.findingId])) === 0)
    throw new KoersError('NOT_FOUND');
}

export async function createIcebergItem(
  ctx: CoreContext,
  engagementId: string,
  icebergId: string,
  fields: Partial<IcebergItemFields> & Pick<IcebergItemFields, 'layer' | 'text'>,
): Promise<IcebergItem> {
  const db = dbOf(ctx, engagementId);
  await assertItemFields(ctx, db, fields);
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    if (!(await repo.findIceberg(trx, icebergId))) throw new KoersError('NOT_FOUND');
    await repo.insertIcebergItem(trx, {
      id,
      iceberg_id: icebergId,
      layer: fields.layer,
      text: fields.text,
      finding_id: fields.findingId ?? null,
      position: await repo.nextIcebergItemPosition(trx, icebergId),
      created_at: now,
      updated_at: now,
    });
  });
  return icebergItemFromRow((await repo.findIcebergItem(db, id))!);
}

export async function updateIcebergItem(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<IcebergItemFields>,
): Promise<IcebergItem> {
  const db = dbOf(ctx, engagementId);
  await assertItemFields(ctx, db, fields);
  const changed = await repo.updateIcebergItem(db, id, {
    ...(fields.layer !== undefined && { layer: fields.layer }),
    ...(fields.text !== undefined && { text: fields.text }),
    ...(fields.findingId !== undefined && { finding_id: fields.findingId }),
    updated_at: ctx.now(),
  });
  if (changed === 0) throw new KoersError('NOT_FOUND');
  return icebergItemFromRow((await repo.findIcebergItem(db, id))!);
}

// Conflicting interests -------------------------------------------------------------------

export async function listConflicts(
  ctx: CoreContext,
  engagementId: string,
): Promise<InterestConflict[]> {
  return (await repo.listConflicts(dbOf(ctx, engagementId))).map(conflictFromRow);
}

async function assertConflictParties(db: Db, a: string, b: string): Promise<void> {
  if (a === b) throw new KoersError('INVALID_INPUT', { path: 'fields.partyBId' });
  if (!(await repo.findParty(db, a)) || !(await repo.findParty(db, b)))
    throw new KoersError('NOT_FOUND');
}

export async function createConflict(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<InterestConflictFields> &
    Pick<InterestConflictFields, 'partyAId' | 'partyBId' | 'description'>,
): Promise<InterestConflict> {
  const db = dbOf(ctx, engagementId);
  await assertConflictParties(db, fields.partyAId, fields.partyBId);
  const now = ctx.now();
  const row = {
    id: randomUUID(),
    party_a_id: fields.partyAId,
    party_b_id: fields.partyBId,
    description: fields.description,
    bridge: fields.bridge ?? '',
    created_at: now,
    updated_at: now,
  };
  await repo.insertConflict(db, row);
  return conflictFromRow(row);
}

export async function updateConflict(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<InterestConflictFields>,
): Promise<InterestConflict> {
  const db = dbOf(ctx, engagementId);
  const row = await repo.findConflict(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  await assertConflictParties(
    db,
    fields.partyAId ?? row.party_a_id,
    fields.partyBId ?? row.party_b_id,
  );
  await repo.updateConflict(db, id, {
    ...(fields.partyAId !== undefined && { party_a_id: fields.partyAId }),
    ...(fields.partyBId !== undefined && { party_b_id: fields.partyBId }),
    ...(fields.description !== undefined && { description: fields.description }),
    ...(fields.bridge !== undefined && { bridge: fields.bridge }),
    updated_at: ctx.now(),
  });
  return conflictFromRow((await repo.findConflict(db, id))!);
}

// Roles -----------------------------------------------------------------------------------

export async function listRoles(ctx: CoreContext, engagementId: string): Promise<RoleAssignment[]> {
  return (await repo.listRoleAssignments(dbOf(ctx, engagementId))).map(roleFromRow);
}

/** Gives a stakeholder a role of the method; assigning it again only changes the note. */
export async function assignRole(
  ctx: CoreContext,
  engagementId: string,
  stakeholderId: string,
  roleId: string,
  note?: string,
): Promise<RoleAssignment> {
  const db = dbOf(ctx, engagementId);
  const method = await engagementToolsMethod(ctx, db);
  if (!method.roles.some((r) => r.id === roleId))
    throw new KoersError('INVALID_INPUT', { path: 'roleId' });
  await assertStakeholders(db, [stakeholderId]);
  const existing = await repo.findRoleAssignment(db, stakeholderId, roleId);
  if (existing) {
    if (note !== undefined) await repo.updateRoleNote(db, existing.id, note);
  } else {
    await repo.insertRoleAssignment(db, {
      id: randomUUID(),
      stakeholder_id: stakeholderId,
      role_id: roleId,
      note: note ?? '',
      created_at: ctx.now(),
    });
  }
  return roleFromRow((await repo.findRoleAssignment(db, stakeholderId, roleId))!);
}

/** Deletes one record of this area by id, with undo (the fixed parties go through removeParty). */
export const removeToolsRecord = (
  ctx: CoreContext,
  engagementId: string,
  table:
    'force_field_snapshot' | 'iceberg' | 'iceberg_item' | 'interest_conflict' | 'role_assignment',
  id: string,
): Promise<Removed> => removeRecord(ctx, engagementId, table, id);
