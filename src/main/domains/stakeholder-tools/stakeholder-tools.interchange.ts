import { z } from 'zod';
import {
  stakeholderToolsFileSchema,
  type StakeholderToolsMethod,
} from '../../../shared/domain/method.js';
import { FIXED_PARTIES, PARTY_KINDS } from '../../../shared/domain/stakeholder-tools.js';
import type {
  DanglingReference,
  InterchangeSection,
} from '../../interchange/interchange-section.js';
import { baseIds } from '../../interchange/interchange-section.js';
import { writeMethodPart } from '../engagement/method.repository.js';
import { insertImportedRows } from './stakeholder-tools.repository.js';
import { METHOD_PART } from './stakeholder-tools.service.js';

// The stakeholder tools in the JSON interchange format: one optional property,
// "stakeholderTools", with the engagement's copy of the method part and every record of the
// area. Additive, so the format version stays; a file without it imports with no parties (the
// municipality and the inhabitants are added on first use) and today's method copy.
// Strings are kept exactly as stored (no trimming), so a round trip is byte for byte the same.

const LONG = 20_000;
const MANY = 1_000_000;
const id = z.uuid();
const instant = z.iso.datetime();
const text = (max: number) => z.string().max(max);
const required = (max: number) => z.string().min(1).max(max);
const entryId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/);
const influence = z.number().int().min(1).max(5);
const attitude = z.number().int().min(-2).max(2);

const partyRecord = z.object({
  id,
  name: required(200),
  kind: z.enum(PARTY_KINDS),
  fixed: z
    .enum(FIXED_PARTIES)
    .nullable()
    .describe('own-municipality or inhabitants: the two parties every engagement keeps.'),
  interests: text(LONG).describe('Belangen: what the party wants to gain or protect.'),
  values: text(LONG),
  waysOfWorking: text(LONG),
  cultureNotes: text(LONG),
  stakeholderIds: z.array(id).max(500).describe('stakeholders[].id of its people, in order.'),
  createdAt: instant,
  updatedAt: instant,
});

const positionRecord = z.object({
  id,
  partyId: id.describe('parties[].id; one place per party.'),
  influence: influence.describe('1 (little) … 5 (much).'),
  attitude: attitude.describe('−2 (against) … +2 (for).'),
  opportunities: text(LONG),
  risks: text(LONG),
  communicationStrategy: text(LONG),
  nextAction: text(2000),
  actionOwnerId: id.nullable().describe('stakeholders[].id of who owns the next action.'),
  actionDue: z.iso.date().nullable(),
  updatedAt: instant,
});

const snapshotRecord = z.object({
  id,
  takenOn: z.iso.date(),
  scoredBy: required(500),
  note: text(2000),
  createdAt: instant,
  positions: z
    .array(
      z.object({
        partyId: id,
        partyName: text(200).describe('The party name when the snapshot was taken.'),
        influence,
        attitude,
        communicationStrategy: text(LONG),
      }),
    )
    .max(10_000),
});

const icebergRecord = z.object({
  id,
  title: required(300),
  description: text(LONG),
  createdAt: instant,
  updatedAt: instant,
  items: z
    .array(
      z.object({
        id,
        layer: entryId.describe('An iceberg layer id of the method copy.'),
        text: required(2000),
        findingId: id.nullable().describe('findings[].id this item rests on.'),
        position: z.number().int().min(0).max(MANY),
        createdAt: instant,
        updatedAt: instant,
      }),
    )
    .max(10_000),
});

const sectionSchema = z.object({
  method: z
    .object({ copiedAt: instant, content: stakeholderToolsFileSchema })
    .nullable()
    .describe(
      'The engagement copy of resources/method/stakeholder-tools.json; null if not taken yet.',
    ),
  parties: z.array(partyRecord).max(MANY),
  positions: z.array(positionRecord).max(MANY).describe('The krachtenveld: influence × attitude.'),
  snapshots: z.array(snapshotRecord).max(MANY).describe('Dated copies of the krachtenveld.'),
  valueWeights: z
    .array(z.object({ partyId: id, valueId: entryId, weight: z.number().int().min(0).max(3) }))
    .max(MANY)
    .describe('The value map: weight 0 (not important) … 3 (very important) per party and value.'),
  icebergs: z.array(icebergRecord).max(MANY).describe('The ijsbergmodel per knelpunt.'),
  conflicts: z
    .array(
      z.object({
        id,
        partyAId: id,
        partyBId: id,
        description: required(LONG),
        bridge: text(LONG).describe('How to bridge the difference.'),
        createdAt: instant,
        updatedAt: instant,
      }),
    )
    .max(MANY),
  roles: z
    .array(
      z.object({
        id,
        stakeholderId: id,
        roleId: entryId.describe('A role id of the method copy (boegbeeld, eigenaar …).'),
        note: text(2000),
        createdAt: instant,
      }),
    )
    .max(MANY),
});

export type StakeholderToolsRecord = z.infer<typeof sectionSchema>;

interface Rows {
  method: { content_json: string; copied_at: string } | undefined;
}

export const stakeholderToolsSection: InterchangeSection<StakeholderToolsRecord> = {
  key: 'stakeholderTools',
  since: 1,
  schema: sectionSchema.describe(
    'Stakeholder tools: parties, krachtenveld with snapshots, value map, ijsbergmodel, conflicting interests and roles.',
  ),
  read(sqlite) {
    const all = <T>(query: string): T[] => sqlite.prepare(query).all() as T[];
    const method = sqlite
      .prepare('SELECT content_json, copied_at FROM method_snapshot WHERE part = ?')
      .get(METHOD_PART) as Rows['method'];
    const linksOf = new Map<string, string[]>();
    for (const l of all<{ party_id: string; stakeholder_id: string }>(
      'SELECT party_id, stakeholder_id FROM party_stakeholder ORDER BY party_id, position',
    ))
      linksOf.set(l.party_id, [...(linksOf.get(l.party_id) ?? []), l.stakeholder_id]);
    type Party = {
      id: string;
      name: string;
      kind: (typeof PARTY_KINDS)[number];
      fixed: (typeof FIXED_PARTIES)[number] | null;
      interests: string;
      values_text: string;
      ways_of_working: string;
      culture_notes: string;
      created_at: string;
      updated_at: string;
    };
    type Position = {
      id: string;
      party_id: string;
      influence: number;
      attitude: number;
      opportunities: string;
      risks: string;
      communication_strategy: string;
      next_action: string;
      action_owner_id: string | null;
      action_due: string | null;
      updated_at: string;
    };
    type SnapshotPosition = {
      snapshot_id: string;
      party_id: string;
      party_name: string;
      influence: number;
      attitude: number;
      communication_strategy: string;
    };
    type Item = {
      id: string;
      iceberg_id: string;
      layer: string;
      text: string;
      finding_id: string | null;
      position: number;
      created_at: string;
      updated_at: string;
    };
    const snapshotPositions = all<SnapshotPosition>(
      'SELECT * FROM force_field_snapshot_position ORDER BY snapshot_id, party_id',
    );
    const items = all<Item>('SELECT * FROM iceberg_item ORDER BY iceberg_id, position, id');
    return {
      method: method
        ? {
            copiedAt: method.copied_at,
            content: JSON.parse(method.content_json) as StakeholderToolsMethod,
          }
        : null,
      parties: all<Party>('SELECT * FROM party ORDER BY created_at, id').map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        fixed: p.fixed,
        interests: p.interests,
        values: p.values_text,
        waysOfWorking: p.ways_of_working,
        cultureNotes: p.culture_notes,
        stakeholderIds: linksOf.get(p.id) ?? [],
        createdAt: p.created_at,
        updatedAt: p.updated_at,
      })),
      positions: all<Position>('SELECT * FROM force_field_position ORDER BY party_id').map((p) => ({
        id: p.id,
        partyId: p.party_id,
        influence: p.influence,
        attitude: p.attitude,
        opportunities: p.opportunities,
        risks: p.risks,
        communicationStrategy: p.communication_strategy,
        nextAction: p.next_action,
        actionOwnerId: p.action_owner_id,
        actionDue: p.action_due,
        updatedAt: p.updated_at,
      })),
      snapshots: all<{
        id: string;
        taken_on: string;
        scored_by: string;
        note: string;
        created_at: string;
      }>('SELECT * FROM force_field_snapshot ORDER BY created_at, id').map((s) => ({
        id: s.id,
        takenOn: s.taken_on,
        scoredBy: s.scored_by,
        note: s.note,
        createdAt: s.created_at,
        positions: snapshotPositions
          .filter((p) => p.snapshot_id === s.id)
          .map((p) => ({
            partyId: p.party_id,
            partyName: p.party_name,
            influence: p.influence,
            attitude: p.attitude,
            communicationStrategy: p.communication_strategy,
          })),
      })),
      valueWeights: all<{ party_id: string; value_id: string; weight: number }>(
        'SELECT * FROM value_weight ORDER BY party_id, value_id',
      ).map((w) => ({ partyId: w.party_id, valueId: w.value_id, weight: w.weight })),
      icebergs: all<{
        id: string;
        title: string;
        description: string;
        created_at: string;
        updated_at: string;
      }>('SELECT * FROM iceberg ORDER BY created_at, id').map((i) => ({
        id: i.id,
        title: i.title,
        description: i.description,
        createdAt: i.created_at,
        updatedAt: i.updated_at,
        items: items
          .filter((it) => it.iceberg_id === i.id)
          .map((it) => ({
            id: it.id,
            layer: it.layer,
            text: it.text,
            findingId: it.finding_id,
            position: it.position,
            createdAt: it.created_at,
            updatedAt: it.updated_at,
          })),
      })),
      conflicts: all<{
        id: string;
        party_a_id: string;
        party_b_id: string;
        description: string;
        bridge: string;
        created_at: string;
        updated_at: string;
      }>('SELECT * FROM interest_conflict ORDER BY created_at, id').map((c) => ({
        id: c.id,
        partyAId: c.party_a_id,
        partyBId: c.party_b_id,
        description: c.description,
        bridge: c.bridge,
        createdAt: c.created_at,
        updatedAt: c.updated_at,
      })),
      roles: all<{
        id: string;
        stakeholder_id: string;
        role_id: string;
        note: string;
        created_at: string;
      }>('SELECT * FROM role_assignment ORDER BY created_at, id').map((r) => ({
        id: r.id,
        stakeholderId: r.stakeholder_id,
        roleId: r.role_id,
        note: r.note,
        createdAt: r.created_at,
      })),
    };
  },
  async insert(trx, value) {
    if (value.method)
      await writeMethodPart(trx, METHOD_PART, value.method.content, value.method.copiedAt);
    await insertImportedRows(trx, {
      party: value.parties.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        fixed: p.fixed,
        interests: p.interests,
        values_text: p.values,
        ways_of_working: p.waysOfWorking,
        culture_notes: p.cultureNotes,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
      })),
      party_stakeholder: value.parties.flatMap((p) =>
        p.stakeholderIds.map((stakeholderId, position) => ({
          party_id: p.id,
          stakeholder_id: stakeholderId,
          position,
        })),
      ),
      force_field_position: value.positions.map((p) => ({
        id: p.id,
        party_id: p.partyId,
        influence: p.influence,
        attitude: p.attitude,
        opportunities: p.opportunities,
        risks: p.risks,
        communication_strategy: p.communicationStrategy,
        next_action: p.nextAction,
        action_owner_id: p.actionOwnerId,
        action_due: p.actionDue,
        updated_at: p.updatedAt,
      })),
      force_field_snapshot: value.snapshots.map((s) => ({
        id: s.id,
        taken_on: s.takenOn,
        scored_by: s.scoredBy,
        note: s.note,
        created_at: s.createdAt,
      })),
      force_field_snapshot_position: value.snapshots.flatMap((s) =>
        s.positions.map((p) => ({
          snapshot_id: s.id,
          party_id: p.partyId,
          party_name: p.partyName,
          influence: p.influence,
          attitude: p.attitude,
          communication_strategy: p.communicationStrategy,
        })),
      ),
      value_weight: value.valueWeights.map((w) => ({
        party_id: w.partyId,
        value_id: w.valueId,
        weight: w.weight,
      })),
      iceberg: value.icebergs.map((i) => ({
        id: i.id,
        title: i.title,
        description: i.description,
        created_at: i.createdAt,
        updated_at: i.updatedAt,
      })),
      iceberg_item: value.icebergs.flatMap((i) =>
        i.items.map((it) => ({
          id: it.id,
          iceberg_id: i.id,
          layer: it.layer,
          text: it.text,
          finding_id: it.findingId,
          position: it.position,
          created_at: it.createdAt,
          updated_at: it.updatedAt,
        })),
      ),
      interest_conflict: value.conflicts.map((c) => ({
        id: c.id,
        party_a_id: c.partyAId,
        party_b_id: c.partyBId,
        description: c.description,
        bridge: c.bridge,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      })),
      role_assignment: value.roles.map((r) => ({
        id: r.id,
        stakeholder_id: r.stakeholderId,
        role_id: r.roleId,
        note: r.note,
        created_at: r.createdAt,
      })),
    });
  },
  check(value, doc) {
    return checkReferences(value, baseIds(doc));
  },
};

/**
 * Every reference the schema cannot see, and every key the tables would refuse halfway through
 * an import (a repeated id, a second place for a party, a party in conflict with itself).
 */
function checkReferences(
  value: StakeholderToolsRecord,
  base: Record<string, Set<string>>,
): DanglingReference | null {
  const stakeholders = base.stakeholder!;
  const findings = base.finding!;
  const ids = new Set<string>();
  const fresh = (recordId: string) => {
    if (ids.has(recordId)) return false;
    ids.add(recordId);
    return true;
  };
  const parties = new Set<string>();
  const fixed = new Set<string>();
  for (const [i, p] of value.parties.entries()) {
    if (!fresh(p.id)) return { path: `stakeholderTools.parties[${i}].id`, id: p.id };
    parties.add(p.id);
    if (p.fixed !== null) {
      if (fixed.has(p.fixed)) return { path: `stakeholderTools.parties[${i}].fixed`, id: p.fixed };
      fixed.add(p.fixed);
    }
    const seen = new Set<string>();
    for (const [j, s] of p.stakeholderIds.entries()) {
      if (!stakeholders.has(s) || seen.has(s))
        return { path: `stakeholderTools.parties[${i}].stakeholderIds[${j}]`, id: s };
      seen.add(s);
    }
  }
  const placed = new Set<string>();
  for (const [i, p] of value.positions.entries()) {
    const at = `stakeholderTools.positions[${i}]`;
    if (!fresh(p.id)) return { path: `${at}.id`, id: p.id };
    if (!parties.has(p.partyId) || placed.has(p.partyId))
      return { path: `${at}.partyId`, id: p.partyId };
    placed.add(p.partyId);
    if (p.actionOwnerId !== null && !stakeholders.has(p.actionOwnerId))
      return { path: `${at}.actionOwnerId`, id: p.actionOwnerId };
  }
  for (const [i, s] of value.snapshots.entries()) {
    if (!fresh(s.id)) return { path: `stakeholderTools.snapshots[${i}].id`, id: s.id };
    const seen = new Set<string>();
    for (const [j, p] of s.positions.entries()) {
      if (!parties.has(p.partyId) || seen.has(p.partyId))
        return { path: `stakeholderTools.snapshots[${i}].positions[${j}].partyId`, id: p.partyId };
      seen.add(p.partyId);
    }
  }
  const cells = new Set<string>();
  for (const [i, w] of value.valueWeights.entries()) {
    const key = `${w.partyId}/${w.valueId}`;
    if (!parties.has(w.partyId) || cells.has(key))
      return { path: `stakeholderTools.valueWeights[${i}].partyId`, id: w.partyId };
    cells.add(key);
  }
  for (const [i, iceberg] of value.icebergs.entries()) {
    if (!fresh(iceberg.id)) return { path: `stakeholderTools.icebergs[${i}].id`, id: iceberg.id };
    for (const [j, item] of iceberg.items.entries()) {
      const at = `stakeholderTools.icebergs[${i}].items[${j}]`;
      if (!fresh(item.id)) return { path: `${at}.id`, id: item.id };
      if (item.findingId !== null && !findings.has(item.findingId))
        return { path: `${at}.findingId`, id: item.findingId };
    }
  }
  for (const [i, c] of value.conflicts.entries()) {
    const at = `stakeholderTools.conflicts[${i}]`;
    if (!fresh(c.id)) return { path: `${at}.id`, id: c.id };
    if (!parties.has(c.partyAId)) return { path: `${at}.partyAId`, id: c.partyAId };
    if (!parties.has(c.partyBId) || c.partyBId === c.partyAId)
      return { path: `${at}.partyBId`, id: c.partyBId };
  }
  const assigned = new Set<string>();
  for (const [i, r] of value.roles.entries()) {
    const at = `stakeholderTools.roles[${i}]`;
    if (!fresh(r.id)) return { path: `${at}.id`, id: r.id };
    const key = `${r.stakeholderId}/${r.roleId}`;
    if (!stakeholders.has(r.stakeholderId) || assigned.has(key))
      return { path: `${at}.stakeholderId`, id: r.stakeholderId };
    assigned.add(key);
  }
  return null;
}
