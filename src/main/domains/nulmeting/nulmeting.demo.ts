import type { RespondentGroup } from '../../../shared/domain/nulmeting.js';
import type { CoreContext } from '../../core/core-context.js';
import { listEngagementFindings } from '../findings/finding.service.js';
import { listEngagementStakeholders } from '../stakeholders/stakeholder.service.js';
import { demoDaysAgo } from '../vision/vision.demo.js';
import * as nulmeting from './nulmeting.service.js';

// The demo engagement's nulmeting (gemeente Dijkhaven): a 0-meting at the start of the programme,
// about a year before the demo, and a 1-meting a year later, a few days ago, after the raad
// bekrachtigde the vision (7 days ago, adoption.demo.ts). Eight respondents each, from bestuur to ICT, some of them demo stakeholders and one a
// group session; scores on every dimension with some evidence, agreed scores with a rationale
// and the findings behind them. Made through the services, as a user's clicks would.
//
// The dimensions are taken from the model in order (leiderschap & strategie, cultuur, mensen &
// datavaardigheid, governance, privacy & ethiek, data, techniek & architectuur, agile werken &
// experimenteren); the numbers below follow that order.

/** Days before the demo is made. */
export const DEMO_NULMETING_DAYS = { zero: 380, one: 5 };

const RESPONDENTS: { who: string; stakeholder: boolean; group: RespondentGroup }[] = [
  { who: 'Gerard Kuiper', stakeholder: true, group: 'bestuur' },
  { who: 'Frank Veenstra', stakeholder: true, group: 'mt' },
  { who: 'Monique Bos', stakeholder: true, group: 'mt' },
  { who: 'Petra van Dijk', stakeholder: true, group: 'leidinggevenden' },
  { who: 'Jeroen Mulder', stakeholder: true, group: 'leidinggevenden' },
  { who: 'Medewerkers Sociaal Domein (groepssessie)', stakeholder: false, group: 'medewerkers' },
  { who: 'Samira El Idrissi', stakeholder: true, group: 'informatie-data' },
  { who: 'Mehmet Yıldız', stakeholder: true, group: 'ict' },
];

/** The 0-meting's typical levels per dimension, in model order. */
const ZERO = {
  current: [2, 1.5, 2, 1.5, 2.5, 2, 2.5, 1.5],
  desired: [4, 3.5, 3.5, 4, 4, 4, 3.5, 3.5],
};
/** What the year between the two measurements moved (in model order). */
const PROGRESS = [0.5, 0.5, 0.5, 1, 0, 0.5, 0, 0.5];

/** A respondent's deviation from the typical level: −½, 0 or +½, fixed so the demo is the same every time. */
const deviation = (respondent: number, dimension: number, salt: number) =>
  (((respondent * 7 + dimension * 5 + salt * 2 + ((respondent * dimension) % 4)) % 3) - 1) / 2;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Evidence some respondents gave in the 0-meting: [respondent, dimension, text]. */
const EVIDENCE: [number, number, string][] = [
  [
    0,
    0,
    'Data staat in het coalitieakkoord, maar het college bespreekt het nog vooral als ICT-onderwerp.',
  ],
  [1, 0, 'We sturen op incidenten; een vaste plek voor sturingsinformatie in het MT is er niet.'],
  [
    2,
    3,
    'Niemand is eigenaar van de gegevens. Als cijfers niet kloppen, weet niemand wie het oplost.',
  ],
  [
    3,
    1,
    'In mijn team vertrouwen we eerder op ervaring dan op cijfers. Dat is ook logisch, want de cijfers komen te laat.',
  ],
  [4, 5, 'Voor de woningbouwopgave hebben we drie lijsten met verschillende aantallen.'],
  [
    5,
    2,
    'Excel kunnen we allemaal, maar een dashboard lezen en er iets mee doen vinden veel collega’s lastig.',
  ],
  [5, 4, 'We willen best signalen delen met de ketenpartners, maar we weten niet wat mag.'],
  [6, 3, 'Er is geen begrippenlijst; “cliënt” betekent in elk systeem iets anders.'],
  [
    6,
    7,
    'Proeven gebeuren op eigen initiatief, zonder budget en zonder plek om te leren wat werkte.',
  ],
  [7, 6, 'Veel losse applicaties met nachtelijke bestandskoppelingen die ongemerkt uitvallen.'],
];

/** Evidence in the 1-meting. */
const EVIDENCE_ONE: [number, number, string][] = [
  [1, 0, 'Het MT begint elke vergadering nu met het dashboard sociaal domein.'],
  [2, 3, 'De data-eigenaren per domein zijn benoemd; de datastewards starten na de zomer.'],
  [6, 5, 'De kerncijfers voor de raad komen uit één bron, maar nog niet alle teams gebruiken die.'],
  [7, 6, 'De koppelingen worden nu bewaakt, het versnipperde landschap is er nog.'],
];

/** Rationale per dimension of the agreed scores in the 0-meting. */
const RATIONALE = [
  'Het college noemt data in het coalitieakkoord, maar er is geen opdracht of budget. Over vijf jaar stuurt het MT op informatie.',
  'Cijfers worden gewantrouwd en komen te laat; ervaring weegt zwaarder. De groep wil een organisatie die vanzelf naar de cijfers vraagt.',
  'Basisvaardigheden zijn er, analisten zijn schaars. Iedereen een basistraining, de analisten verdieping.',
  'Eigenaarschap van gegevens is nergens belegd en definities verschillen per team. Hier is het verschil het grootst.',
  'De AVG is op orde, maar ethische afwegingen worden per geval gemaakt. Doel: een vaste toets en een algoritmeregister.',
  'Kerncijfers verschillen per bron; de raad vertrouwt ze niet. Eén bron voor de kerncijfers is het doel.',
  'Het landschap is versnipperd maar werkt; koppelen gaat via bestanden. Geen grote sprong nodig, wel een plan.',
  'Experimenten gebeuren op eigen initiatief en niemand leert ervan. De groep wil ruimte en budget om klein te beginnen.',
];

/** Findings behind the agreed scores (by the start of their statement), per dimension index. */
const FINDINGS: [number, string[]][] = [
  [0, ['Het MT stuurt op incidenten']],
  [2, ['Basistraining datavaardigheid']],
  [3, ['Eigenaarschap van gegevens is nergens belegd', 'Er is geen gezamenlijke begrippenlijst']],
  [4, ['Vroegsignalering mag niet ontaarden in profilering']],
  [5, ['Tegenstrijdige cijfers ondermijnen']],
  [6, ['Het applicatielandschap is versnipperd', 'Nachtelijke bestandskoppelingen']],
];

interface Measurement {
  days: number;
  name: string;
  notes: string;
  conclusions: string;
  progress: number[];
  evidence: [number, number, string][];
  rationale: (dimension: number) => string;
  findings: boolean;
}

const MEASUREMENTS: Measurement[] = [
  {
    days: DEMO_NULMETING_DAYS.zero,
    name: '0-meting',
    notes:
      'Workshop met bestuur, MT, leidinggevenden, een groep medewerkers sociaal domein en de informatie- en ICT-collega’s. Eerst individueel gescoord, daarna samen de scores afgesproken.',
    conclusions:
      'Dijkhaven staat aan het begin: de wil is er, de basis nog niet. De grootste stappen liggen bij governance (eigenaarschap en definities) en bij leiderschap. Techniek is niet het knelpunt.',
    progress: PROGRESS.map(() => 0),
    evidence: EVIDENCE,
    rationale: (d) => RATIONALE[d] ?? '',
    findings: true,
  },
  {
    days: DEMO_NULMETING_DAYS.one,
    name: '1-meting',
    notes:
      'Dezelfde samenstelling als bij de 0-meting, een jaar later, na het vaststellen van de visie.',
    conclusions:
      'Governance en leiderschap zijn een stap verder: data-eigenaren zijn benoemd en het MT stuurt zichtbaar op informatie. Privacy & ethiek en de techniek staan nog stil.',
    progress: PROGRESS,
    evidence: EVIDENCE_ONE,
    rationale: () => 'Afgesproken in de terugblik op het eerste jaar, met de 0-meting ernaast.',
    findings: false,
  },
];

export async function addDemoNulmeting(today: CoreContext, engagementId: string): Promise<void> {
  const people = new Map(
    (await listEngagementStakeholders(today, engagementId)).map((s) => [s.name, s.id]),
  );
  const findings = await listEngagementFindings(today, engagementId);
  const findingIds = (starts: string[]) =>
    starts.flatMap((start) =>
      findings.filter((f) => f.statement.startsWith(start)).map((f) => f.id),
    );
  const dimensions = (await nulmeting.maturityModel(today, engagementId, 'nl')).dimensions;

  for (const m of MEASUREMENTS) {
    const ctx = demoDaysAgo(today, m.days);
    const assessment = await nulmeting.createAssessment(ctx, engagementId, {
      name: m.name,
      date: ctx.now().slice(0, 10),
      horizonYears: 5,
      notes: m.notes,
      conclusions: m.conclusions,
    });
    for (const [r, who] of RESPONDENTS.entries()) {
      const stakeholderId = who.stakeholder ? (people.get(who.who) ?? null) : null;
      const respondent = await nulmeting.createRespondent(ctx, engagementId, assessment.id, {
        stakeholderId,
        label: stakeholderId ? '' : who.who,
        group: who.group,
      });
      for (const [d, dimension] of dimensions.entries()) {
        const typical = ZERO.current[d % 8]! + (m.progress[d % 8] ?? 0);
        const evidence = m.evidence.find(([er, ed]) => er === r && ed === d)?.[2] ?? '';
        await nulmeting.setScore(ctx, engagementId, respondent.id, dimension.id, {
          current: clamp(typical + deviation(r, d, 0), 1.5, 3.5),
          desired: clamp(ZERO.desired[d % 8]! + deviation(r, d, 1), 3, 4.5),
          evidence,
          confidence: evidence ? 'hoog' : r % 3 === 0 ? 'middel' : null,
        });
      }
    }
    await nulmeting.proposeFromScores(ctx, engagementId, assessment.id);
    for (const [d, dimension] of dimensions.entries())
      await nulmeting.setAgreed(ctx, engagementId, assessment.id, dimension.id, {
        rationale: m.rationale(d),
        ...(m.findings
          ? { findingIds: findingIds(FINDINGS.find(([fd]) => fd === d)?.[1] ?? []) }
          : {}),
      });
  }
}
