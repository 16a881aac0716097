import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { movementBetween } from '../../src/shared/domain/stakeholder-tools.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { makeFileOlder } from '../helpers/older-file.js';

// The stakeholder tools through the core's operations, with what the file holds read back
// directly from it after the engagement is closed.

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

async function engagement(language: 'nl' | 'en' = 'nl') {
  t = await startTempCore();
  const created = await t.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie datagedreven werken', language },
  });
  return { t, engagementId: created.engagementId, fileName: created.fileName };
}

/** Closes the engagement and reads rows straight from the file. */
async function rowsOf(
  core: TempCore,
  engagementId: string,
  fileName: string,
  query: string,
): Promise<Record<string, unknown>[]> {
  await core.must('engagement:close', { engagementId });
  const db = new BetterSqlite3(path.join(core.workspaceDir, fileName), { readonly: true });
  try {
    return db.prepare(query).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

async function refusal(core: TempCore, name: string, input: unknown) {
  const result = await core.core.call(name as never, input);
  expect(result.ok).toBe(false);
  return result.ok ? undefined! : result.error;
}

describe('parties', () => {
  it('always has the municipality itself and the inhabitants, renamable but not deletable', async () => {
    const { t, engagementId, fileName } = await engagement();
    const parties = await t.must('party:list', { engagementId });
    expect(parties.map((p) => [p.name, p.kind, p.fixed])).toEqual([
      ['Gemeente Dijkhaven', 'municipality', 'own-municipality'],
      ['Inwoners', 'inhabitants', 'inhabitants'],
    ]);
    // A second list does not add them again.
    expect(await t.must('party:list', { engagementId })).toHaveLength(2);

    const [gemeente, inwoners] = parties;
    const refused = await refusal(t, 'party:delete', { engagementId, id: inwoners!.id });
    expect(refused.code).toBe('PARTY_FIXED');
    expect(refused.message).toContain('Inwoners');
    expect(
      (
        await refusal(t, 'party:update', {
          engagementId,
          id: gemeente!.id,
          fields: { kind: 'group' },
        })
      ).code,
    ).toBe('PARTY_FIXED');
    await t.must('party:update', {
      engagementId,
      id: inwoners!.id,
      fields: {
        name: 'Inwoners van Dijkhaven',
        interests: 'Snelle, begrijpelijke dienstverlening',
      },
    });

    const rows = await rowsOf(
      t,
      engagementId,
      fileName,
      'SELECT name, kind, fixed, interests FROM party ORDER BY fixed',
    );
    expect(rows).toEqual([
      {
        name: 'Inwoners van Dijkhaven',
        kind: 'inhabitants',
        fixed: 'inhabitants',
        interests: 'Snelle, begrijpelijke dienstverlening',
      },
      {
        name: 'Gemeente Dijkhaven',
        kind: 'municipality',
        fixed: 'own-municipality',
        interests: '',
      },
    ]);
  });

  it('names the inhabitants in English in an English engagement', async () => {
    const { t, engagementId } = await engagement('en');
    const names = (await t.must('party:list', { engagementId })).map((p) => p.name);
    expect(names).toEqual(['Gemeente Dijkhaven', 'Residents']);
  });

  it('creates a party with stakeholders, and deleting it takes its place, weights and conflicts along until undone', async () => {
    const { t, engagementId, fileName } = await engagement();
    const wethouder = await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Ilse Vermeer', group: 'wethouder' },
    });
    const college = await t.must('party:create', {
      engagementId,
      fields: {
        name: 'College van B&W',
        kind: 'group',
        stakeholderIds: [wethouder.id, wethouder.id],
        interests: 'Zichtbare resultaten voor de verkiezingen',
        values: 'Daadkracht',
        waysOfWorking: 'Besluit in collegevergadering op dinsdag',
        cultureNotes: 'Houdt van korte notities',
      },
    });
    expect(college.stakeholderIds).toEqual([wethouder.id]);
    const inwoners = (await t.must('party:list', { engagementId })).find(
      (p) => p.fixed === 'inhabitants',
    )!;
    await t.must('forceField:set', {
      engagementId,
      partyId: college.id,
      fields: { influence: 5, attitude: 1 },
    });
    await t.must('valueMap:setWeight', {
      engagementId,
      partyId: college.id,
      valueId: 'privacy',
      weight: 2,
    });
    await t.must('interestConflict:create', {
      engagementId,
      fields: {
        partyAId: college.id,
        partyBId: inwoners.id,
        description: 'Snelheid tegenover zorgvuldigheid',
      },
    });

    const removed = await t.must('party:delete', { engagementId, id: college.id });
    expect(await t.must('forceField:list', { engagementId })).toEqual([]);
    expect(await t.must('interestConflict:list', { engagementId })).toEqual([]);
    expect((await t.must('valueMap:get', { engagementId })).weights).toEqual([]);

    await t.must('undo:restore', { engagementId, token: removed.undoToken });
    const back = (await t.must('party:list', { engagementId })).find((p) => p.id === college.id);
    expect(back).toEqual(college);
    expect((await t.must('forceField:list', { engagementId }))[0]).toMatchObject({
      partyId: college.id,
      influence: 5,
    });
    expect(await t.must('interestConflict:list', { engagementId })).toHaveLength(1);

    const rows = await rowsOf(
      t,
      engagementId,
      fileName,
      'SELECT party_id, stakeholder_id FROM party_stakeholder',
    );
    expect(rows).toEqual([{ party_id: college.id, stakeholder_id: wethouder.id }]);
  });

  it('refuses an unknown stakeholder and keeps hostile text exactly', async () => {
    const { t, engagementId, fileName } = await engagement();
    const missing = await refusal(t, 'party:create', {
      engagementId,
      fields: {
        name: 'Raad',
        kind: 'group',
        stakeholderIds: ['8c1d7a2e-2f4b-4f7a-9a55-6c3f2d1e0b9a'],
      },
    });
    expect(missing.code).toBe('NOT_FOUND');
    const hostile = '<script>alert("x")</script> & Zonen \u202eevil \u{1F600}';
    const party = await t.must('party:create', {
      engagementId,
      fields: { name: hostile, kind: 'organisation', interests: '&amp; <b>' },
    });
    expect(party.name).toBe(hostile);
    const tooLong = await refusal(t, 'party:create', {
      engagementId,
      fields: { name: 'x'.repeat(201), kind: 'group' },
    });
    expect(tooLong.code).toBe('INVALID_INPUT');
    const rows = await rowsOf(
      t,
      engagementId,
      fileName,
      'SELECT name, interests FROM party WHERE fixed IS NULL',
    );
    expect(rows).toEqual([{ name: hostile, interests: '&amp; <b>' }]);
  });
});

describe('krachtenveld', () => {
  it('places and moves parties, names their quadrant, and snapshots show the movement', async () => {
    const { t, engagementId, fileName } = await engagement();
    const owner = await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Noor Yilmaz', group: 'programmateam' },
    });
    const [gemeente, inwoners] = await t.must('party:list', { engagementId });
    const ia = await t.must('party:create', {
      engagementId,
      fields: { name: 'Afdeling I&A', kind: 'group' },
    });

    const first = await refusal(t, 'forceField:set', {
      engagementId,
      partyId: ia.id,
      fields: { influence: 3 },
    });
    expect(first.code).toBe('INVALID_INPUT');
    expect(first.message).toContain('fields.attitude');
    expect(
      (
        await refusal(t, 'forceField:set', {
          engagementId,
          partyId: ia.id,
          fields: { influence: 6, attitude: 0 },
        })
      ).code,
    ).toBe('INVALID_INPUT');

    const placed = await t.must('forceField:set', {
      engagementId,
      partyId: ia.id,
      fields: {
        influence: 4,
        attitude: -1,
        opportunities: 'Kent alle bronsystemen',
        risks: 'Voelt zich gepasseerd',
        communicationStrategy: 'Maandelijks overleg met het hoofd I&A',
        nextAction: 'Kennismaking plannen',
        actionOwnerId: owner.id,
        actionDue: '2026-03-01',
      },
    });
    expect(placed.quadrantId).toBe('overtuigen');
    await t.must('forceField:set', {
      engagementId,
      partyId: gemeente!.id,
      fields: { influence: 5, attitude: 2 },
    });
    await t.must('forceField:set', {
      engagementId,
      partyId: inwoners!.id,
      fields: { influence: 2, attitude: 0 },
    });
    const positions = await t.must('forceField:list', { engagementId });
    expect(Object.fromEntries(positions.map((p) => [p.partyId, p.quadrantId]))).toEqual({
      [ia.id]: 'overtuigen',
      [gemeente!.id]: 'sleutelspelers',
      [inwoners!.id]: 'monitoren',
    });

    const before = await t.must('forceFieldSnapshot:take', {
      engagementId,
      fields: { scoredBy: 'Programmateam', takenOn: '2026-02-01', note: 'Nulmeting' },
    });
    expect(before.positions).toHaveLength(3);

    // The I&A department came round: moved, and only the attitude given.
    const moved = await t.must('forceField:set', {
      engagementId,
      partyId: ia.id,
      fields: { attitude: 2 },
    });
    expect(moved).toMatchObject({
      influence: 4,
      attitude: 2,
      quadrantId: 'sleutelspelers',
      nextAction: 'Kennismaking plannen',
    });
    const after = await t.must('forceFieldSnapshot:take', {
      engagementId,
      fields: { scoredBy: 'Stuurgroep', takenOn: '2026-04-01' },
    });

    const list = await t.must('forceFieldSnapshot:list', { engagementId });
    expect(list.map((s) => [s.takenOn, s.scoredBy, s.positionCount])).toEqual([
      ['2026-04-01', 'Stuurgroep', 3],
      ['2026-02-01', 'Programmateam', 3],
    ]);
    const earlier = await t.must('forceFieldSnapshot:get', { engagementId, id: before.id });
    const later = await t.must('forceFieldSnapshot:get', { engagementId, id: after.id });
    expect(earlier.positions.find((p) => p.partyId === ia.id)).toMatchObject({
      partyName: 'Afdeling I&A',
      attitude: -1,
      quadrantId: 'overtuigen',
    });
    expect(movementBetween(earlier.positions, later.positions)).toEqual([
      { partyId: ia.id, from: { influence: 4, attitude: -1 }, to: { influence: 4, attitude: 2 } },
    ]);

    const removed = await t.must('forceField:remove', { engagementId, partyId: inwoners!.id });
    expect(removed.undoToken).toBeTruthy();
    const rows = await rowsOf(
      t,
      engagementId,
      fileName,
      `
      SELECT s.taken_on, s.scored_by, p.party_name, p.influence, p.attitude
      FROM force_field_snapshot s JOIN force_field_snapshot_position p ON p.snapshot_id = s.id
      WHERE p.party_name = 'Afdeling I&A' ORDER BY s.taken_on`,
    );
    expect(rows).toEqual([
      {
        taken_on: '2026-02-01',
        scored_by: 'Programmateam',
        party_name: 'Afdeling I&A',
        influence: 4,
        attitude: -1,
      },
      {
        taken_on: '2026-04-01',
        scored_by: 'Stuurgroep',
        party_name: 'Afdeling I&A',
        influence: 4,
        attitude: 2,
      },
    ]);
  });
});

describe('value map, ijsbergmodel, conflicts and roles', () => {
  it('sets and clears weights of the method values only', async () => {
    const { t, engagementId, fileName } = await engagement();
    const [gemeente] = await t.must('party:list', { engagementId });
    const map = await t.must('valueMap:get', { engagementId });
    expect(map.values.map((v) => v.id)).toEqual(
      expect.arrayContaining(['transparantie', 'privacy', 'participatie']),
    );
    expect(map.values.find((v) => v.id === 'efficientie')?.name).toBe('Efficiëntie');
    await t.must('valueMap:setWeight', {
      engagementId,
      partyId: gemeente!.id,
      valueId: 'privacy',
      weight: 3,
    });
    await t.must('valueMap:setWeight', {
      engagementId,
      partyId: gemeente!.id,
      valueId: 'innovatie',
      weight: 1,
    });
    const cleared = await t.must('valueMap:setWeight', {
      engagementId,
      partyId: gemeente!.id,
      valueId: 'innovatie',
      weight: null,
    });
    expect(cleared.weights).toEqual([{ partyId: gemeente!.id, valueId: 'privacy', weight: 3 }]);
    expect(
      (
        await refusal(t, 'valueMap:setWeight', {
          engagementId,
          partyId: gemeente!.id,
          valueId: 'geluk',
          weight: 1,
        })
      ).message,
    ).toContain('valueId');
    expect(
      (
        await refusal(t, 'valueMap:setWeight', {
          engagementId,
          partyId: gemeente!.id,
          valueId: 'privacy',
          weight: 4,
        })
      ).code,
    ).toBe('INVALID_INPUT');
    const english = await t.must('valueMap:get', { engagementId, language: 'en' });
    expect(english.values.find((v) => v.id === 'efficientie')?.name).toBe('Efficiency');
    expect(
      await rowsOf(t, engagementId, fileName, 'SELECT value_id, weight FROM value_weight'),
    ).toEqual([{ value_id: 'privacy', weight: 3 }]);
  });

  it('keeps an iceberg per knelpunt with items per layer that can point to findings', async () => {
    const { t, engagementId, fileName } = await engagement();
    const finding = await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: 'Afdelingen delen geen klantgegevens', kind: 'uitdaging' },
    });
    const iceberg = await t.must('iceberg:create', {
      engagementId,
      fields: { title: 'Data wordt niet gedeeld tussen afdelingen' },
    });
    const deep = await t.must('icebergItem:create', {
      engagementId,
      icebergId: iceberg.id,
      fields: { layer: 'mentale-modellen', text: '"Mijn data is van mij"' },
    });
    await t.must('icebergItem:create', {
      engagementId,
      icebergId: iceberg.id,
      fields: {
        layer: 'gebeurtenissen',
        text: 'Inwoner moet gegevens drie keer aanleveren',
        findingId: finding.id,
      },
    });
    expect(
      (
        await refusal(t, 'icebergItem:create', {
          engagementId,
          icebergId: iceberg.id,
          fields: { layer: 'kelder', text: 'x' },
        })
      ).message,
    ).toContain('fields.layer');
    await t.must('icebergItem:update', {
      engagementId,
      id: deep.id,
      fields: { text: 'Data is van de afdeling' },
    });
    const got = await t.must('iceberg:get', { engagementId, id: iceberg.id });
    expect(got.items.map((i) => [i.layer, i.text, i.findingId])).toEqual([
      ['gebeurtenissen', 'Inwoner moet gegevens drie keer aanleveren', finding.id],
      ['mentale-modellen', 'Data is van de afdeling', null],
    ]);

    // Deleting the finding keeps the item without its link.
    await t.must('finding:delete', { engagementId, id: finding.id });
    expect((await t.must('iceberg:list', { engagementId }))[0]!.items[0]!.findingId).toBeNull();

    const removed = await t.must('iceberg:delete', { engagementId, id: iceberg.id });
    expect(await t.must('iceberg:list', { engagementId })).toEqual([]);
    await t.must('undo:restore', { engagementId, token: removed.undoToken });
    expect((await t.must('iceberg:get', { engagementId, id: iceberg.id })).items).toHaveLength(2);
    expect(
      await rowsOf(
        t,
        engagementId,
        fileName,
        'SELECT layer, position FROM iceberg_item ORDER BY position',
      ),
    ).toEqual([
      { layer: 'mentale-modellen', position: 0 },
      { layer: 'gebeurtenissen', position: 1 },
    ]);
  });

  it('records conflicting interests between two different parties and how to bridge them', async () => {
    const { t, engagementId, fileName } = await engagement();
    const [gemeente, inwoners] = await t.must('party:list', { engagementId });
    const same = await refusal(t, 'interestConflict:create', {
      engagementId,
      fields: { partyAId: gemeente!.id, partyBId: gemeente!.id, description: 'x' },
    });
    expect(same.message).toContain('fields.partyBId');
    const conflict = await t.must('interestConflict:create', {
      engagementId,
      fields: {
        partyAId: gemeente!.id,
        partyBId: inwoners!.id,
        description: 'Gegevens koppelen tegenover privacy',
      },
    });
    const updated = await t.must('interestConflict:update', {
      engagementId,
      id: conflict.id,
      fields: { bridge: 'Samen een datakompas opstellen' },
    });
    expect(updated).toMatchObject({
      description: 'Gegevens koppelen tegenover privacy',
      bridge: 'Samen een datakompas opstellen',
    });
    expect(
      await rowsOf(
        t,
        engagementId,
        fileName,
        'SELECT party_a_id, party_b_id, bridge FROM interest_conflict',
      ),
    ).toEqual([
      {
        party_a_id: gemeente!.id,
        party_b_id: inwoners!.id,
        bridge: 'Samen een datakompas opstellen',
      },
    ]);
  });

  it('assigns method roles to stakeholders once each, and they go with the stakeholder', async () => {
    const { t, engagementId, fileName } = await engagement();
    const ilse = await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Ilse Vermeer', group: 'wethouder' },
    });
    const kees = await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Kees Brouwer', group: 'beheerder' },
    });
    const boegbeeld = await t.must('role:assign', {
      engagementId,
      stakeholderId: ilse.id,
      roleId: 'boegbeeld',
    });
    const again = await t.must('role:assign', {
      engagementId,
      stakeholderId: ilse.id,
      roleId: 'boegbeeld',
      note: 'Portefeuille dienstverlening',
    });
    expect(again.id).toBe(boegbeeld.id);
    await t.must('role:assign', { engagementId, stakeholderId: kees.id, roleId: 'witte-raaf' });
    expect(
      (await refusal(t, 'role:assign', { engagementId, stakeholderId: kees.id, roleId: 'koning' }))
        .message,
    ).toContain('roleId');
    const guide = await t.must('stakeholderTools:guide', { engagementId });
    expect(guide.roles.map((r) => r.id)).toEqual([
      'boegbeeld',
      'eigenaar',
      'ambassadeur',
      'trekker',
      'witte-raaf',
      'early-adopter',
    ]);
    await t.must('stakeholder:delete', { engagementId, id: kees.id });
    expect((await t.must('role:list', { engagementId })).map((r) => [r.roleId, r.note])).toEqual([
      ['boegbeeld', 'Portefeuille dienstverlening'],
    ]);
    expect(
      await rowsOf(
        t,
        engagementId,
        fileName,
        'SELECT stakeholder_id, role_id FROM role_assignment',
      ),
    ).toEqual([{ stakeholder_id: ilse.id, role_id: 'boegbeeld' }]);
  });
});

describe('an engagement file from before the stakeholder tools', () => {
  it('gets the municipality and the inhabitants from the migration and the method copy on first use', async () => {
    const { t, engagementId, fileName } = await engagement();
    await t.must('engagement:close', { engagementId });
    const file = path.join(t.workspaceDir, fileName);
    // Make it look like a file of version 4: none of this area's tables (nor the later areas'),
    // no method copy.
    await makeFileOlder(file, 4, ['stakeholderTools', 'vision', 'borging', 'maturity', 'roadmap']);
    fs.renameSync(file, path.join(t.workspaceDir, 'Oud.koers'));

    // Opening migrates it: the two parties are in the file before anything asked for them.
    const opened = await t.must('engagement:open', { fileName: 'Oud.koers' });
    expect(
      await rowsOf(
        t,
        opened.engagementId,
        'Oud.koers',
        'SELECT name, fixed FROM party ORDER BY name',
      ),
    ).toEqual([
      { name: 'Gemeente Dijkhaven', fixed: 'own-municipality' },
      { name: 'Inwoners', fixed: 'inhabitants' },
    ]);
    const reopened = await t.must('engagement:open', { fileName: 'Oud.koers' });
    const parties = await t.must('party:list', { engagementId: reopened.engagementId });
    expect(parties.map((p) => p.fixed)).toEqual(['own-municipality', 'inhabitants']);
    const guide = await t.must('stakeholderTools:guide', { engagementId: reopened.engagementId });
    expect(guide.forceField.quadrants.map((q) => q.name)).toEqual([
      'Sleutelspelers',
      'Bewaken en overtuigen',
      'Ambassadeurs',
      'Monitoren',
    ]);
    const rows = await rowsOf(
      t,
      reopened.engagementId,
      'Oud.koers',
      "SELECT part FROM method_snapshot WHERE part = 'stakeholderTools'",
    );
    expect(rows).toHaveLength(1);
  });
});

describe('the demo engagement', () => {
  it('has the parties of Dijkhaven on the krachtenveld, with movement, a value map, an iceberg, conflicts and roles', async () => {
    t = await startTempCore();
    const { engagementId } = await t.must('demo:create', {});
    const parties = await t.must('party:list', { engagementId });
    expect(parties.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Gemeente Dijkhaven',
        'Inwoners',
        'College van B&W',
        'Gemeenteraad',
        'Directie',
        'Afdeling I&A',
        'Sociaal domein',
        'Ondernemersvereniging Dijkhaven',
        'Woningcorporatie Kustwonen',
        'Provincie',
      ]),
    );
    const positions = await t.must('forceField:list', { engagementId });
    expect(positions).toHaveLength(parties.length);
    expect(positions.every((p) => p.communicationStrategy !== '' && p.actionOwnerId)).toBe(true);
    const snapshots = await t.must('forceFieldSnapshot:list', { engagementId });
    expect(snapshots.map((s) => s.takenOn)).toEqual(['2026-03-09', '2026-02-02']);
    const [later, earlier] = await Promise.all(
      snapshots.map((s) => t!.must('forceFieldSnapshot:get', { engagementId, id: s.id })),
    );
    const ia = parties.find((p) => p.name === 'Afdeling I&A')!;
    expect(movementBetween(earlier!.positions, later!.positions)).toContainEqual({
      partyId: ia.id,
      from: { influence: 4, attitude: -1 },
      to: { influence: 4, attitude: 1 },
    });
    expect((await t.must('valueMap:get', { engagementId })).weights.length).toBeGreaterThan(30);
    const [iceberg] = await t.must('iceberg:list', { engagementId });
    expect(iceberg!.title).toBe('Data wordt niet gedeeld tussen afdelingen');
    expect(new Set(iceberg!.items.map((i) => i.layer)).size).toBe(4);
    expect(iceberg!.items.filter((i) => i.findingId !== null)).toHaveLength(3);
    expect(await t.must('interestConflict:list', { engagementId })).toHaveLength(2);
    expect((await t.must('role:list', { engagementId })).map((r) => r.roleId).sort()).toEqual([
      'ambassadeur',
      'ambassadeur',
      'boegbeeld',
      'early-adopter',
      'eigenaar',
      'trekker',
      'witte-raaf',
    ]);
  });
});
