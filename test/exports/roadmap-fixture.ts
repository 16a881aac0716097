import type { Decision } from '../../src/shared/domain/adoption.js';
import type { Finding } from '../../src/shared/domain/finding.js';
import fs from 'node:fs';
import type {
  AssessmentView,
  DimensionGap,
  MaturityModel,
} from '../../src/shared/domain/nulmeting.js';
import type { NulmetingSnapshot } from '../../src/shared/domain/nulmeting-snapshot.js';
import { horizonQuarters } from '../../src/shared/domain/quarter.js';
import {
  roadmapMethodFileSchema,
  type RoadmapMethod,
} from '../../src/shared/domain/roadmap-method.js';
import type {
  RoadmapItemTrace,
  RoadmapSnapshot,
} from '../../src/shared/domain/roadmap-snapshot.js';
import type {
  Roadmap,
  RoadmapItem,
  RoadmapItemFields,
  RoadmapUpdate,
} from '../../src/shared/domain/roadmap.js';
import type { StakeholderToolsData } from '../../src/shared/domain/stakeholder-tools.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';
import { FINDINGS, visionFixture, WETHOUDER } from './vision-fixture.js';

// A hand-made snapshot of an engagement with a vision, a nulmeting and a routekaart of five
// actions, for the roadmap exports' builders called directly: the cores fill these parts from
// the database, this fills them by hand. One action is owned by the wethouder (a stakeholder
// with a real name), one depends on an action that ends after it starts, one is linked to
// nothing, and the gaps have findings behind their agreed scores.

const AT = '2026-11-20T10:00:00.000Z';
const roadmapMethod: RoadmapMethod = roadmapMethodFileSchema.parse(
  JSON.parse(fs.readFileSync('resources/method/roadmap.json', 'utf8')),
);
let ids = 0;
const id = () => `00000000-0000-4000-9000-${String(++ids).padStart(12, '0')}`;

const asFinding = (f: (typeof FINDINGS)[keyof typeof FINDINGS]): Finding => ({
  id: f.id,
  statement: f.statement,
  quote: f.quote,
  kind: f.kind,
  themeIds: [],
  importance: f.importance,
  group: f.group,
  source: f.source,
  createdAt: AT,
  updatedAt: AT,
});

export const GAPS: DimensionGap[] = [
  {
    dimensionId: 'data-en-architectuur',
    dimensionName: 'Data en architectuur',
    assessmentId: 'a0',
    current: 2,
    desired: 4,
    gap: 2,
  },
  {
    dimensionId: 'mensen-en-vaardigheden',
    dimensionName: 'Mensen en datavaardigheden',
    assessmentId: 'a0',
    current: 1.5,
    desired: 3.5,
    gap: 2,
  },
  {
    dimensionId: 'leiderschap',
    dimensionName: 'Leiderschap en strategie',
    assessmentId: 'a0',
    current: 3,
    desired: 4,
    gap: 1,
  },
];

export const TITLES = {
  portal: 'Portaal met bestaande dashboards',
  training: 'Datawijsheid-training voor teams',
  ethics: 'Ethisch kader opstellen',
  architecture: 'Data-architectuur optimaliseren',
  milestone: 'Eerste dashboard live',
};

export interface RoadmapFixtureOptions {
  /** Put in the portal's title, goal, effort and an update. */
  hostile?: string;
  language?: 'nl' | 'en';
}

export function roadmapFixture(options: RoadmapFixtureOptions = {}): EngagementSnapshot {
  const base = visionFixture();
  const h = options.hostile;
  const passages = base.vision!.passages;
  const kern = passages.find((p) => p.kind === 'kernvisie')!;
  const sturen = passages.find((p) => p.title === 'Sturen op actuele cijfers')!;
  const wethouder = base.stakeholders.find((s) => s.name === WETHOUDER.name)!;
  const item = (
    position: number,
    fields: Partial<RoadmapItemFields & { ownerLabel: string }> &
      Pick<RoadmapItemFields, 'title' | 'kind'>,
    links: Partial<Pick<RoadmapItem, 'dependsOn' | 'gapDimensionIds' | 'passageIds'>> = {},
    updates: Omit<RoadmapUpdate, 'id' | 'itemId' | 'createdAt'>[] = [],
  ): RoadmapItem => {
    const itemId = id();
    return {
      id: itemId,
      description: '',
      goal: '',
      dimensionId: null,
      bouwsteen: null,
      startQuarter: '2027-Q1',
      endQuarter: '2027-Q1',
      ownerStakeholderId: null,
      ownerText: '',
      ownerLabel: '',
      effort: '',
      funding: 'geregeld',
      phase: 'begin',
      level: 'tactisch',
      status: 'gepland',
      dependsOn: [],
      gapDimensionIds: [],
      passageIds: [],
      position,
      createdAt: AT,
      updatedAt: AT,
      ...fields,
      ...links,
      updates: updates.map((u) => ({ ...u, id: id(), itemId, createdAt: AT })),
    };
  };
  const portal = item(
    0,
    {
      kind: 'project',
      title: h ? `Portaal ${h}` : TITLES.portal,
      description: 'Eén ingang voor de dashboards die er al zijn.',
      goal: h ? `Doel ${h}` : 'Elk team vindt de bestaande dashboards op één plek.',
      dimensionId: 'data-en-architectuur',
      bouwsteen: 'data-architectuur',
      startQuarter: '2027-Q1',
      endQuarter: '2027-Q3',
      ownerStakeholderId: wethouder.id,
      ownerLabel: wethouder.name,
      effort: h ? `Inzet ${h}` : '60 dagen',
      funding: 'geregeld',
      phase: 'begin',
      level: 'strategisch',
      status: 'lopend',
    },
    { gapDimensionIds: ['data-en-architectuur'], passageIds: [sturen.id] },
    [
      { date: '2027-02-15', text: 'Inventarisatie van de dashboards klaar.', status: 'lopend' },
      {
        date: '2027-03-20',
        text: h ? `Update ${h}` : 'Eerste versie van het portaal getest.',
        status: null,
      },
    ],
  );
  const training = item(
    1,
    {
      kind: 'activiteit',
      title: TITLES.training,
      goal: 'Medewerkers weten wat data kan en wat zorgvuldig gebruik vraagt.',
      dimensionId: 'mensen-en-vaardigheden',
      bouwsteen: 'data-expertise',
      startQuarter: '2027-Q2',
      endQuarter: '2028-Q1',
      ownerText: 'HR-adviseur',
      effort: '0,2 fte',
      funding: 'aangevraagd',
      phase: 'ontwikkel',
    },
    { gapDimensionIds: ['mensen-en-vaardigheden'], passageIds: [kern.id] },
  );
  const ethics = item(
    2,
    {
      kind: 'quick-win',
      title: TITLES.ethics,
      goal: 'Een kader waarmee teams zelf een datavraag toetsen.',
      bouwsteen: 'data-cultuur',
      ownerText: 'Privacy officer',
      effort: '10 dagen',
    },
    { passageIds: [kern.id] },
  );
  const architecture = item(
    3,
    {
      kind: 'project',
      title: TITLES.architecture,
      bouwsteen: 'data-architectuur',
      startQuarter: '2027-Q2',
      endQuarter: '2028-Q4',
      ownerText: 'CIO',
      effort: '€ 120.000',
      funding: 'open',
      phase: 'ontwikkel',
      level: 'strategisch',
    },
    { dependsOn: [portal.id], gapDimensionIds: ['data-en-architectuur'] },
  );
  const milestone = item(4, {
    kind: 'mijlpaal',
    title: TITLES.milestone,
    startQuarter: '2027-Q4',
    endQuarter: '2027-Q4',
    ownerText: 'Programmamanager data',
    phase: 'opschaling-en-beheer',
  });
  const roadmap: Roadmap = {
    settings: { startQuarter: '2027-Q1', horizonYears: 3 },
    items: [portal, training, ethics, architecture, milestone],
    warnings: [
      { kind: 'starts-before-dependency', itemId: architecture.id, otherItemId: portal.id },
      { kind: 'funding-open-at-start', itemId: architecture.id, otherItemId: null },
    ],
    checks: [
      {
        kind: 'item-without-reason',
        dimensionId: null,
        itemIds: [milestone.id],
        owner: null,
        quarter: null,
      },
    ],
  };
  const decisions: Decision[] = [
    {
      id: id(),
      body: 'mt',
      kind: 'vastgesteld',
      subject: 'routekaart',
      date: '2027-01-20',
      reference: 'MT-2027-004',
      versionId: null,
      versionLabel: null,
      documentId: null,
      documentTitle: null,
      notes: '',
      adopts: true,
      createdAt: AT,
      updatedAt: AT,
    },
  ];
  const tools = {
    guides: {
      nl: { roles: [{ id: 'boegbeeld', name: 'Boegbeeld', description: '' }] },
      en: { roles: [{ id: 'boegbeeld', name: 'Figurehead', description: '' }] },
    },
    roles: [
      {
        id: id(),
        stakeholderId: wethouder.id,
        roleId: 'boegbeeld',
        note: 'Draagt de visie uit.',
        createdAt: AT,
      },
    ],
  } as unknown as StakeholderToolsData;
  // The parts as the cores read them (roadmap.snapshot.ts, nulmeting.snapshot.ts).
  const items = roadmap.items;
  const gapOf = new Map(GAPS.map((g) => [g.dimensionId, g]));
  const agreedFindings: Record<string, string[]> = {
    'data-en-architectuur': [FINDINGS.bestuur.id],
    'mensen-en-vaardigheden': [FINDINGS.loket.id],
  };
  const passageOrder = new Map(passages.map((p, i) => [p.id, i]));
  const traces: RoadmapItemTrace[] = items.map((it) => ({
    itemId: it.id,
    gaps: it.gapDimensionIds
      .map((d) => gapOf.get(d))
      .filter((g) => g !== undefined)
      .map((g) => ({
        dimensionId: g.dimensionId,
        current: g.current,
        desired: g.desired,
        gap: g.gap,
        findingIds: agreedFindings[g.dimensionId] ?? [],
      })),
    passages: [...it.passageIds]
      .sort((a, b) => (passageOrder.get(a) ?? 0) - (passageOrder.get(b) ?? 0))
      .map((pid) => passages.find((p) => p.id === pid)!)
      .map((p) => ({
        id: p.id,
        kind: p.kind,
        title: p.title,
        findingIds: p.findings.map((f) => f.id),
      })),
  }));
  const findings = Object.values(FINDINGS).map(asFinding);
  const dimensionNames = Object.fromEntries(GAPS.map((g) => [g.dimensionId, g.dimensionName]));
  const texts = {
    dimensionNames,
    findings: findings.map((f) => ({
      id: f.id,
      statement: f.statement,
      quote: f.quote,
      sourceLabel: 'bron',
      source: f.source,
    })),
  };
  const roadmapPart: RoadmapSnapshot = {
    ...roadmap,
    ...texts,
    quarters: horizonQuarters('2027-Q1', 3),
    todayQuarter: '2027-Q2',
    assessmentId: 'a0',
    method: roadmapMethod,
    traces,
    inLanguage: { nl: texts, en: texts },
  };
  const assessment: AssessmentView = {
    assessment: {
      id: 'a0',
      name: '0-meting',
      date: '2026-10-15',
      horizonYears: 3,
      notes: '',
      conclusions: '',
      respondentCount: 0,
      agreedCount: GAPS.length,
      createdAt: AT,
      updatedAt: AT,
    },
    respondents: [],
    scores: [],
    agreed: GAPS.map((g) => ({
      dimensionId: g.dimensionId,
      current: g.current,
      desired: g.desired,
      rationale: '',
      findingIds: agreedFindings[g.dimensionId] ?? [],
      updatedAt: AT,
    })),
    summary: GAPS.map((g) => ({
      dimensionId: g.dimensionId,
      current: g.current,
      desired: g.desired,
      gap: g.gap,
      spreadCurrent: null,
      spreadDesired: null,
      byGroup: [],
    })),
  };
  const model = {
    levels: [],
    dimensions: GAPS.map((g) => ({
      id: g.dimensionId,
      name: g.dimensionName,
      description: '',
      bouwstenen: [],
      themes: [],
      levels: [],
      questions: [],
    })),
  } as unknown as MaturityModel;
  const nulmeting: NulmetingSnapshot = {
    model,
    assessments: [assessment],
    findings: [],
    inLanguage: { nl: { model, findings: [] }, en: { model, findings: [] } },
  };
  const snapshot = {
    ...base,
    engagement: { ...base.engagement, language: options.language ?? 'nl' },
    // As the core reads it for the plan (reads.findings false): the findings come only with the
    // roadmap's part, each with its source.
    findings: [],
    roadmap: roadmapPart,
    nulmeting,
    adoption: { presentations: [], decisions, borging: [], timeline: [], adoption: null },
    stakeholderTools: tools,
  };
  return snapshot as EngagementSnapshot;
}
