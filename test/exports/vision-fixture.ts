import type { Engagement } from '../../src/shared/domain/engagement.js';
import type { FindingSource } from '../../src/shared/domain/finding.js';
import type { Stakeholder } from '../../src/shared/domain/stakeholder.js';
import type {
  VisionPassageKind,
  VisionSnapshot,
  VisionSnapshotFinding,
  VisionSnapshotPassage,
} from '../../src/shared/domain/vision.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';

// A hand-made snapshot of an engagement with a vision, for the vision exports' builders called
// directly: the vision core fills `snapshot.vision` from the database, this fills it by hand.
// Two people with real names (a wethouder who holds a portfolio, an inhabitant quoted by name)
// so the tests can check that only their pseudonyms reach the documents.

const AT = '2026-11-20T10:00:00.000Z';
const FROZEN = '2026-11-21T10:00:00.000Z';
let ids = 0;
const id = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

export const WETHOUDER = { name: 'Ilse Vermeer', pseudonym: 'R01' };
export const INWONER = { name: 'Joost Pieters', pseudonym: 'R02' };

export const KERNVISIE =
  'Dijkhaven gebruikt data om inwoners beter te helpen: open, zorgvuldig en samen.';

function stakeholder(person: { name: string; pseudonym: string }, group: Stakeholder['group']) {
  return {
    id: id(),
    name: person.name,
    pseudonym: person.pseudonym,
    jobTitle: '',
    department: '',
    group,
    consent: 'gegeven',
    consentNote: '',
    createdAt: AT,
    updatedAt: AT,
  } satisfies Stakeholder;
}

const interviewSource = (pseudonyms: string[], questionNumber: number): FindingSource => ({
  type: 'interview',
  interviewId: id(),
  questionId: id(),
  passageId: null,
  documentId: null,
  interviewTitle: 'Gesprek',
  questionNumber,
  pseudonyms,
  documentTitle: null,
  page: null,
});

const passageSource = (documentTitle: string, page: number): FindingSource => ({
  type: 'passage',
  interviewId: null,
  questionId: null,
  passageId: id(),
  documentId: id(),
  interviewTitle: null,
  questionNumber: null,
  pseudonyms: [],
  documentTitle,
  page,
});

function finding(
  statement: string,
  quote: string,
  source: FindingSource,
  group: VisionSnapshotFinding['group'],
  importance = 2,
): VisionSnapshotFinding {
  return {
    id: id(),
    statement,
    quote,
    kind: 'uitdaging',
    importance,
    themes: ['Dienstverlening'],
    group,
    source,
  };
}

function passage(
  kind: VisionPassageKind,
  position: number,
  fields: Partial<VisionSnapshotPassage> & { title: string },
): VisionSnapshotPassage {
  const findings = fields.findings ?? [];
  const groupCounts: VisionSnapshotPassage['groupCounts'] = {};
  for (const f of findings)
    groupCounts[f.group ?? 'none'] = (groupCounts[f.group ?? 'none'] ?? 0) + 1;
  return {
    id: id(),
    kind,
    position,
    body: '',
    forInhabitants: '',
    forStaff: '',
    forBoard: '',
    themeId: null,
    portfolioHolderId: null,
    portfolioHolderName: null,
    themeName: null,
    createdAt: AT,
    updatedAt: AT,
    groupCounts,
    ...fields,
    findings,
  };
}

export interface VisionFixtureOptions {
  /** Replaces the second theme's texts: hostile strings in passages. */
  hostile?: string;
  format?: 'A3' | 'A0';
  versions?: VisionSnapshot['versions'];
}

export const FINDINGS = {
  loket: finding(
    'Inwoners moeten te vaak dezelfde gegevens opnieuw aanleveren.',
    `${INWONER.name}: "Ik heb mijn adres drie keer moeten doorgeven."`,
    interviewSource([INWONER.pseudonym], 2),
    'inwoner',
    3,
  ),
  bestuur: finding(
    'Het college wil sturen op actuele cijfers in plaats van jaarverslagen.',
    'We kijken nu pas in mei naar wat er in januari gebeurde.',
    interviewSource([WETHOUDER.pseudonym], 4),
    'wethouder',
  ),
  coalitie: finding(
    'Het coalitieakkoord noemt datagedreven werken als speerpunt.',
    '',
    passageSource('Coalitieakkoord 2026–2030', 12),
    null,
  ),
};

export function visionFixture(options: VisionFixtureOptions = {}): EngagementSnapshot {
  const wethouder = stakeholder(WETHOUDER, 'wethouder');
  const inwoner = stakeholder(INWONER, 'inwoner');
  const engagement: Engagement = {
    id: id(),
    clientName: 'Gemeente Dijkhaven',
    title: 'Datagedreven Dijkhaven',
    consultants: ['Anna de Vries'],
    startDate: '2026-09-01',
    status: 'lopend',
    language: 'nl',
    houseStyle: {
      primaryColor: '#1f4e79',
      secondaryColor: '#f2a900',
      fontName: 'Calibri',
      logo: null,
    },
    methodVersion: '1',
    createdAt: AT,
    updatedAt: AT,
  };
  const h = options.hostile;
  const passages = [
    passage('kernvisie', 0, {
      title: 'Kernvisie',
      body: KERNVISIE,
      findings: [FINDINGS.coalitie],
    }),
    passage('themavisie', 1, {
      title: 'Dienstverlening zonder drempels',
      body: 'Inwoners geven hun gegevens één keer en zien wat de gemeente ermee doet.',
      forInhabitants: 'Minder formulieren en sneller antwoord.',
      forStaff: 'Gegevens staan klaar, zonder overtypen.',
      forBoard: 'Zicht op wachttijden per maand.',
      portfolioHolderId: wethouder.id,
      portfolioHolderName: WETHOUDER.name,
      findings: [FINDINGS.loket, FINDINGS.coalitie],
    }),
    passage('themavisie', 2, {
      title: h ? `Sturen ${h}` : 'Sturen op actuele cijfers',
      body: h ? `Tekst ${h}` : 'Het bestuur stuurt op dashboards die elke week bijgewerkt zijn.',
      forBoard: h ? `Bestuur ${h}` : 'Actuele cijfers in elke collegevergadering.',
      findings: [FINDINGS.bestuur],
    }),
    passage('ambitie', 3, { title: 'In 2028 werkt elk team met een eigen dashboard' }),
    passage('kernwaarde', 4, { title: 'Zorgvuldig', body: 'We gaan veilig om met gegevens.' }),
    passage('randvoorwaarde', 5, { title: 'Een datateam met vaste bezetting' }),
  ];
  const vision: VisionSnapshot = {
    passages,
    poster: { title: '', layout: 'kolommen', format: options.format ?? 'A3' },
    versions: options.versions ?? [
      {
        id: id(),
        label: '0.2',
        status: 'concept',
        frozenAt: FROZEN,
        note: '',
        restoredLabel: null,
        passageCount: passages.length,
        feedbackCount: 0,
        openFeedbackCount: 0,
      },
    ],
    feedback: [],
    approach: {
      documents: 7,
      interviewsByGroup: { wethouder: 2, inwoner: 3, directie: 1 },
      interviewsTotal: 5,
      sessionsHeld: 2,
      sessionParticipants: 31,
      findings: 48,
    },
  };
  return {
    engagement,
    stakeholders: [wethouder, inwoner],
    themes: [],
    documents: [],
    interviews: [],
    findings: [],
    guide: [],
    vision,
    totals: { interviews: 5, documents: 7 },
    takenAt: '2026-11-24T12:00:00.000Z',
  };
}
