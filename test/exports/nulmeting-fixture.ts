import fs from 'node:fs';
import path from 'node:path';
import type { Engagement } from '../../src/shared/domain/engagement.js';
import {
  maturityMethodFileSchema,
  type AgreedScore,
  type AssessmentView,
  type MaturityModel,
  type Respondent,
  type RespondentGroup,
  type Score,
} from '../../src/shared/domain/nulmeting.js';
import type {
  NulmetingSnapshot,
  NulmetingSnapshotFinding,
} from '../../src/shared/domain/nulmeting-snapshot.js';
import { summariseAssessment } from '../../src/shared/domain/nulmeting-summary.js';
import type { Stakeholder } from '../../src/shared/domain/stakeholder.js';
import { localizeModel } from '../../src/main/domains/nulmeting/nulmeting.mapper.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';

// A hand-made snapshot of an engagement with a nulmeting, for the nulmeting exports' builders
// called directly: the model is the real one (resources/method/maturity.json); a 0-meting a year
// before a 1-meting; two respondents are stakeholders with real names (only their pseudonyms may
// reach the files), one is typed in by name (never in the report, a number in the workbook
// unless names are chosen) and one is a team.

const AT = '2026-10-01T10:00:00.000Z';
let ids = 0;
export const id = () => `00000000-0000-4000-9000-${String(++ids).padStart(12, '0')}`;

export const WETHOUDER = { name: 'Ilse Vermeer', pseudonym: 'R01' };
export const DIRECTEUR = { name: 'Joost Pieters', pseudonym: 'R02' };
export const TYPED = 'Karin Smit';

const method = maturityMethodFileSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve('resources/method/maturity.json'), 'utf8')),
);
export const modelIn = (language: 'nl' | 'en'): MaturityModel => localizeModel(method, language);
export const DIMENSION_IDS = method.dimensions.map((d) => d.id);

export function engagementOf(language: 'nl' | 'en' = 'nl'): Engagement {
  return {
    id: '00000000-0000-4000-9000-999999999999',
    clientName: 'Gemeente Dijkhaven',
    title: 'Datagedreven Dijkhaven',
    consultants: ['Anna de Vries'],
    startDate: '2025-09-01',
    status: 'lopend',
    language,
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
}

function stakeholder(
  p: { name: string; pseudonym: string },
  group: Stakeholder['group'],
): Stakeholder {
  return {
    id: id(),
    name: p.name,
    pseudonym: p.pseudonym,
    jobTitle: '',
    department: '',
    group,
    consent: 'gegeven',
    consentNote: '',
    createdAt: AT,
    updatedAt: AT,
  };
}

/** A measurement with its summary computed as the core computes it. */
export function assessmentView(parts: {
  id?: string;
  name: string;
  date: string;
  horizonYears?: number;
  notes?: string;
  conclusions?: string;
  respondents: Respondent[];
  scores: Score[];
  agreed: AgreedScore[];
}): AssessmentView {
  const assessmentId = parts.id ?? id();
  return {
    assessment: {
      id: assessmentId,
      name: parts.name,
      date: parts.date,
      horizonYears: parts.horizonYears ?? 5,
      notes: parts.notes ?? '',
      conclusions: parts.conclusions ?? '',
      respondentCount: parts.respondents.length,
      agreedCount: parts.agreed.filter((a) => a.current !== null && a.desired !== null).length,
      createdAt: `${parts.date}T09:00:00.000Z`,
      updatedAt: `${parts.date}T09:00:00.000Z`,
    },
    respondents: parts.respondents.map((r) => ({ ...r, assessmentId })),
    scores: parts.scores,
    agreed: parts.agreed,
    summary: summariseAssessment(DIMENSION_IDS, parts.respondents, parts.scores, parts.agreed),
  };
}

export const respondent = (
  group: RespondentGroup,
  label: string,
  stakeholderId: string | null = null,
): Respondent => ({ id: id(), assessmentId: '', stakeholderId, label, group });

export interface NulmetingFixtureOptions {
  hostile?: string;
  language?: 'nl' | 'en';
  /** Replace the measurements (for the property test). */
  assessments?: AssessmentView[];
  /** No measurement at all. */
  empty?: boolean;
}

export const EVIDENCE_WITH_NAME = `Volgens ${WETHOUDER.name} stuurt het college nog niet op data.`;
export const RATIONALE = 'Er is een visie, maar nog geen programma en geen budget voor data.';
export const CONCLUSIONS =
  'Dijkhaven staat op de drempel van structureren. De grootste stappen liggen bij governance en mensen.';
export const FINDING_STATEMENT = 'Medewerkers weten niet waar data te vinden is.';

/** Current and desired levels of the 1-meting, per dimension (model order), per respondent. */
const LEVELS: [number, number][][] = [
  // R01 (bestuur), R02 (mt), Karin Smit (medewerkers), Team ICT (ict)
  [
    [2, 4],
    [2.5, 4],
    [1.5, 3.5],
    [2, 4],
  ],
  [
    [2, 3.5],
    [2, 4],
    [1.5, 3],
    [2.5, 3.5],
  ],
  [
    [1.5, 3.5],
    [2, 4],
    [1, 3],
    [2, 4],
  ],
  [
    [1, 3.5],
    [1.5, 4],
    [1, 3],
    [1.5, 4],
  ],
  [
    [3, 4],
    [2.5, 4],
    [2, 3.5],
    [3, 4.5],
  ],
  [
    [2, 4],
    [2, 4],
    [1.5, 3.5],
    [2.5, 4],
  ],
  [
    [2.5, 4],
    [2, 3.5],
    [2, 3.5],
    [3, 4.5],
  ],
  [
    [1.5, 3],
    [1, 3.5],
    [1, 3],
    [2, 3],
  ],
];
/** Agreed (current, desired) per dimension; the last dimension not agreed yet. */
const AGREED: ([number, number] | null)[] = [
  [2, 4],
  [2, 3.5],
  [1.5, 4],
  [1, 4],
  [2.5, 4],
  [2, 4],
  [2.5, 4],
  null,
];

export function nulmetingFixture(options: NulmetingFixtureOptions = {}): EngagementSnapshot {
  const language = options.language ?? 'nl';
  const h = options.hostile ? ` ${options.hostile}` : '';
  const wethouder = stakeholder(WETHOUDER, 'wethouder');
  const directeur = stakeholder(DIRECTEUR, 'directie');
  const finding = { id: id() };
  const findings: NulmetingSnapshotFinding[] = [
    { id: finding.id, statement: FINDING_STATEMENT + h, sourceLabel: 'Interview R02 · vraag 3' },
  ];
  let assessments = options.assessments;
  if (!assessments && !options.empty) {
    const people = [
      respondent('bestuur', WETHOUDER.name, wethouder.id),
      respondent('mt', DIRECTEUR.name, directeur.id),
      respondent('medewerkers', TYPED),
      respondent('ict', `Team ICT${h}`),
    ];
    const scores: Score[] = [];
    DIMENSION_IDS.forEach((dimensionId, d) =>
      people.forEach((r, i) => {
        const [current, desired] = LEVELS[d]![i]!;
        scores.push({
          respondentId: r.id,
          dimensionId,
          current,
          desired,
          evidence:
            d === 0 && i === 2
              ? EVIDENCE_WITH_NAME + h
              : d === 0 && i === 3
                ? `Geen datateam.${h}`
                : '',
          confidence: i % 2 === 0 ? 'hoog' : 'middel',
        });
      }),
    );
    const agreed: AgreedScore[] = DIMENSION_IDS.flatMap((dimensionId, d) => {
      const a = AGREED[d];
      if (!a) return [];
      return [
        {
          dimensionId,
          current: a[0],
          desired: a[1],
          rationale: d === 0 ? RATIONALE + h : '',
          findingIds: d === 0 ? [finding.id] : [],
          updatedAt: AT,
        },
      ];
    });
    // The 0-meting a year earlier: two respondents, everything a half step lower.
    const earlierPeople = [
      respondent('bestuur', 'Bestuur'),
      respondent('medewerkers', 'Medewerkers'),
    ];
    const earlierScores: Score[] = DIMENSION_IDS.flatMap((dimensionId, d) =>
      earlierPeople.map((r, i) => ({
        respondentId: r.id,
        dimensionId,
        current: Math.max(1, LEVELS[d]![i * 2]![0] - 0.5),
        desired: LEVELS[d]![i * 2]![1],
        evidence: '',
        confidence: null,
      })),
    );
    const earlierAgreed: AgreedScore[] = DIMENSION_IDS.map((dimensionId, d) => ({
      dimensionId,
      current: Math.max(1, (AGREED[d]?.[0] ?? 2) - 0.5),
      desired: AGREED[d]?.[1] ?? 4,
      rationale: '',
      findingIds: [],
      updatedAt: AT,
    }));
    assessments = [
      assessmentView({
        name: `1-meting${h}`,
        date: '2026-10-01',
        notes: `Gemeten in twee werksessies.${h}`,
        conclusions: CONCLUSIONS + h,
        respondents: people,
        scores,
        agreed,
      }),
      assessmentView({
        name: '0-meting',
        date: '2025-10-01',
        respondents: earlierPeople,
        scores: earlierScores,
        agreed: earlierAgreed,
      }),
    ];
  }
  // A consultancy may edit the model: with `hostile`, the first dimension's name carries it too.
  const model = (lang: 'nl' | 'en'): MaturityModel => {
    const m = modelIn(lang);
    return h
      ? { ...m, dimensions: m.dimensions.map((d, i) => (i === 0 ? { ...d, name: d.name + h } : d)) }
      : m;
  };
  const nulmeting: NulmetingSnapshot = {
    model: model(language),
    assessments: assessments ?? [],
    findings,
    inLanguage: {
      nl: { model: model('nl'), findings },
      en: { model: model('en'), findings },
    },
  };
  return {
    engagement: engagementOf(language),
    stakeholders: [wethouder, directeur],
    themes: [],
    documents: [],
    interviews: [],
    findings: [],
    guide: [],
    totals: { interviews: 0, documents: 0 },
    takenAt: AT,
    nulmeting,
  };
}
