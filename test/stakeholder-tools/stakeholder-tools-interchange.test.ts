import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';

// The stakeholder tools travel in the JSON interchange format: a round trip gives the same
// records (same ids, same bytes), a file without the section still imports, and a section
// pointing at something that is not in the file is refused with its path.

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

const HOSTILE = '<script>alert(1)</script> & "Zonen" \u202eevil 😀';
const AT = '2026-01-01T00:00:00.000Z';

async function filledEngagement() {
  t = await startTempCore();
  const { engagementId } = await t.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie datagedreven werken' },
  });
  const ilse = await t.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Ilse Vermeer', group: 'wethouder' },
  });
  const finding = await t.must('finding:create', {
    engagementId,
    source: { type: 'direct' },
    fields: { statement: 'Afdelingen delen geen gegevens', kind: 'uitdaging' },
  });
  const [gemeente, inwoners] = await t.must('party:list', { engagementId });
  const college = await t.must('party:create', {
    engagementId,
    fields: { name: HOSTILE, kind: 'group', stakeholderIds: [ilse.id], interests: 'Resultaat' },
  });
  await t.must('forceField:set', {
    engagementId,
    partyId: college.id,
    fields: { influence: 5, attitude: 1, actionOwnerId: ilse.id, actionDue: '2026-03-01' },
  });
  await t.must('forceField:set', {
    engagementId,
    partyId: inwoners!.id,
    fields: { influence: 2, attitude: -1, communicationStrategy: 'Wijkavonden' },
  });
  await t.must('forceFieldSnapshot:take', {
    engagementId,
    fields: { scoredBy: 'Programmateam', takenOn: '2026-02-01' },
  });
  await t.must('valueMap:setWeight', {
    engagementId,
    partyId: gemeente!.id,
    valueId: 'privacy',
    weight: 3,
  });
  const iceberg = await t.must('iceberg:create', {
    engagementId,
    fields: { title: 'Data wordt niet gedeeld tussen afdelingen' },
  });
  await t.must('icebergItem:create', {
    engagementId,
    icebergId: iceberg.id,
    fields: { layer: 'gebeurtenissen', text: HOSTILE, findingId: finding.id },
  });
  await t.must('interestConflict:create', {
    engagementId,
    fields: { partyAId: college.id, partyBId: inwoners!.id, description: 'Snelheid', bridge: 'x' },
  });
  await t.must('role:assign', { engagementId, stakeholderId: ilse.id, roleId: 'boegbeeld' });
  return { t, engagementId };
}

async function exportJson(core: TempCore, engagementId: string): Promise<string> {
  const result = await core.core.exportInterchange(engagementId, {
    withAttachments: false,
    exportedAt: AT,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function importJson(core: TempCore, json: string) {
  const dir = tempDir('koers-st-json-');
  const jsonPath = path.join(dir, 'traject.json');
  fs.writeFileSync(jsonPath, json);
  return core.core.importInterchange(
    jsonPath,
    path.join(core.workspaceDir, `Kopie-${Date.now()}.koers`),
  );
}

describe('stakeholder tools in the interchange format', () => {
  it('round-trips every record with the same ids and the same bytes', async () => {
    const { t, engagementId } = await filledEngagement();
    const first = await exportJson(t, engagementId);
    const doc = JSON.parse(first) as {
      stakeholderTools: Record<string, unknown[]> & { method: unknown };
    };
    const section = doc.stakeholderTools;
    expect(section.method).toMatchObject({ content: { values: expect.any(Array) } });
    expect(section.parties).toHaveLength(3);
    expect(section.positions).toHaveLength(2);
    expect(section.snapshots).toHaveLength(1);
    expect(section.icebergs).toHaveLength(1);
    expect(section.roles).toHaveLength(1);

    await t.must('engagement:close', { engagementId });
    const imported = await importJson(t, first);
    if (!imported.ok) throw new Error(imported.error.message);
    const copyId = imported.value.engagementId;
    expect(await exportJson(t, copyId)).toBe(first);

    const parties = await t.must('party:list', { engagementId: copyId });
    expect(parties.map((p) => p.name)).toEqual(['Gemeente Dijkhaven', 'Inwoners', HOSTILE]);
    const [iceberg] = await t.must('iceberg:list', { engagementId: copyId });
    expect(iceberg!.items[0]!.text).toBe(HOSTILE);
    const [snapshot] = await t.must('forceFieldSnapshot:list', { engagementId: copyId });
    const full = await t.must('forceFieldSnapshot:get', { engagementId: copyId, id: snapshot!.id });
    expect(full.positions.map((p) => [p.partyName, p.influence, p.attitude])).toEqual([
      // By name: '<' sorts before letters.
      [HOSTILE, 5, 1],
      ['Inwoners', 2, -1],
    ]);
  });

  it('imports a file from before the stakeholder tools, which then has the two fixed parties', async () => {
    const { t, engagementId } = await filledEngagement();
    const doc = JSON.parse(await exportJson(t, engagementId)) as Record<string, unknown>;
    delete doc.stakeholderTools;
    await t.must('engagement:close', { engagementId });
    const imported = await importJson(t, JSON.stringify(doc));
    if (!imported.ok) throw new Error(imported.error.message);
    const copyId = imported.value.engagementId;
    expect(await t.must('forceField:list', { engagementId: copyId })).toEqual([]);
    const parties = await t.must('party:list', { engagementId: copyId });
    expect(parties.map((p) => p.fixed)).toEqual(['own-municipality', 'inhabitants']);
    expect(
      (await t.must('stakeholderTools:guide', { engagementId: copyId })).values.length,
    ).toBeGreaterThan(5);
  });

  it('refuses a section that points at what the file does not hold, naming the field', async () => {
    const { t, engagementId } = await filledEngagement();
    const text = await exportJson(t, engagementId);
    await t.must('engagement:close', { engagementId });
    const cases: [(s: Record<string, { [k: string]: unknown }[]>) => void, string][] = [
      [
        (s) => (s.roles![0]!.stakeholderId = '0b6a1c3e-8f7d-4e2a-9c11-2d3e4f5a6b7c'),
        'stakeholderTools.roles[0].stakeholderId',
      ],
      [
        (s) => (s.conflicts![0]!.partyBId = s.conflicts![0]!.partyAId),
        'stakeholderTools.conflicts[0].partyBId',
      ],
      [
        (s) =>
          s.positions!.push({ ...s.positions![0]!, id: '1b6a1c3e-8f7d-4e2a-9c11-2d3e4f5a6b7c' }),
        'stakeholderTools.positions[2].partyId',
      ],
      [(s) => (s.parties![2]!.fixed = 'inhabitants'), 'stakeholderTools.parties[2].fixed'],
    ];
    for (const [breakIt, where] of cases) {
      const doc = JSON.parse(text) as {
        stakeholderTools: Record<string, { [k: string]: unknown }[]>;
      };
      breakIt(doc.stakeholderTools);
      const result = await importJson(t, JSON.stringify(doc));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.path).toBe(where);
    }
    expect(fs.readdirSync(t.workspaceDir).filter((f) => f.startsWith('Kopie'))).toEqual([]);
  });
});
