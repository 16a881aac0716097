import type { Core } from '../main/core/core-types.js';
import type { OperationName, OutputOf } from '../shared/contract.js';
import { BOUWSTENEN } from '../shared/domain/nulmeting.js';
import {
  FUNDING_STATES,
  ROADMAP_ITEM_KINDS,
  ROADMAP_LEVELS,
  ROADMAP_PHASES,
  ROADMAP_STATUSES,
} from '../shared/domain/roadmap.js';
import { horizonQuarters } from '../main/export/roadmap-labels.js';
import { Random, sentences } from './text.js';

// The stress engagement's steps 3 to 5 for the routekaart's exports (issue 16): a vision of
// fifteen passages with findings linked, a 0-meting with an agreed score (and its findings) on
// every dimension of the model, and a routekaart of 300 items over three years, linked to the
// gaps and passages, with dependencies and dated progress. Made through the core, like a user
// would, so the warnings and checks the exports print are the core's own.

export const STRESS_ROADMAP = { items: 300, passages: 15, findingsPerLink: 4 } as const;

async function must<K extends OperationName>(
  core: Core,
  name: K,
  input: unknown,
): Promise<OutputOf<K>> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export async function addStressRoadmap(
  core: Core,
  engagementId: string,
  findingIds: readonly string[],
  stakeholderIds: readonly string[],
): Promise<void> {
  const random = new Random(20_261_202);
  const someFindings = () =>
    Array.from({ length: STRESS_ROADMAP.findingsPerLink }, () => random.pick(findingIds));

  // The vision: a kernvisie, themes and ambitions, each resting on a few findings.
  const passageIds: string[] = [];
  for (let i = 0; i < STRESS_ROADMAP.passages; i++) {
    const kind = i === 0 ? 'kernvisie' : i < 9 ? 'themavisie' : 'ambitie';
    const passage = await must(core, 'visionPassage:create', {
      engagementId,
      fields: {
        kind,
        title: `${kind === 'ambitie' ? 'Ambitie' : 'Thema'} ${i}`,
        body: sentences(random, 40),
      },
    });
    for (const findingId of new Set(someFindings()))
      await must(core, 'visionPassage:linkFinding', {
        engagementId,
        passageId: passage.id,
        findingId,
      });
    passageIds.push(passage.id);
  }

  // The 0-meting: an agreed current and desired level on every dimension, with findings.
  const model = await must(core, 'maturity:model', { engagementId });
  const assessment = await must(core, 'assessment:create', {
    engagementId,
    fields: { name: '0-meting', date: '2026-10-01', horizonYears: 3 },
  });
  const dimensionIds = model.dimensions.map((d) => d.id);
  for (const dimensionId of dimensionIds) {
    const current = 1 + random.int(5) / 2;
    await must(core, 'agreed:set', {
      engagementId,
      assessmentId: assessment.id,
      dimensionId,
      fields: {
        current,
        desired: Math.min(5, current + 1 + random.int(4) / 2),
        rationale: sentences(random, 20),
        findingIds: [...new Set(someFindings())],
      },
    });
  }

  // The routekaart: 300 items spread over three years.
  await must(core, 'roadmap:updateSettings', {
    engagementId,
    settings: { startQuarter: '2027-Q1', horizonYears: 3 },
  });
  const quarters = horizonQuarters('2027-Q1', 3);
  const itemIds: string[] = [];
  for (let i = 0; i < STRESS_ROADMAP.items; i++) {
    const kind = ROADMAP_ITEM_KINDS[i % ROADMAP_ITEM_KINDS.length]!;
    const start = random.int(quarters.length);
    const length = kind === 'mijlpaal' ? 0 : random.int(Math.min(6, quarters.length - start));
    const owned = i % 3 === 0;
    const item = await must(core, 'roadmapItem:create', {
      engagementId,
      fields: {
        kind,
        title: `Actie ${i + 1}: ${sentences(random, 6)}`.slice(0, 300),
        description: sentences(random, 30),
        goal: sentences(random, 15),
        dimensionId: random.pick(dimensionIds),
        bouwsteen: BOUWSTENEN[i % BOUWSTENEN.length],
        startQuarter: quarters[start],
        endQuarter: quarters[start + length],
        ownerStakeholderId: owned ? random.pick(stakeholderIds) : null,
        ownerText: owned
          ? ''
          : random.pick(['CIO', 'Programmamanager data', 'Teamleider BI', 'HR-adviseur']),
        effort: `${5 + random.int(60)} dagen`,
        funding: FUNDING_STATES[i % FUNDING_STATES.length],
        phase: ROADMAP_PHASES[Math.floor((start / quarters.length) * ROADMAP_PHASES.length)],
        level: ROADMAP_LEVELS[i % 2],
        status: ROADMAP_STATUSES[i % ROADMAP_STATUSES.length],
      },
    });
    await must(core, 'roadmapItem:setLinks', {
      engagementId,
      id: item.id,
      gapDimensionIds: [...new Set([random.pick(dimensionIds), random.pick(dimensionIds)])],
      passageIds: [...new Set([random.pick(passageIds), random.pick(passageIds)])],
    });
    // About half depend on one or two earlier items: never a cycle.
    if (i > 0 && i % 2 === 0)
      for (const dependsOnId of new Set([random.pick(itemIds), random.pick(itemIds)]))
        await must(core, 'roadmapDependency:add', { engagementId, itemId: item.id, dependsOnId });
    // A third has dated progress.
    if (i % 3 === 1)
      for (let u = 0; u < 1 + random.int(3); u++)
        await must(core, 'roadmapUpdate:add', {
          engagementId,
          itemId: item.id,
          fields: {
            date: `2027-0${1 + u * 3}-15`,
            text: sentences(random, 25),
            status: u === 0 ? 'lopend' : null,
          },
        });
    itemIds.push(item.id);
  }
}
