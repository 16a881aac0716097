import type {
  AdoptionSnapshot,
  BorgingItem,
  Decision,
  Presentation,
  TimelineEvent,
} from '../../src/shared/domain/adoption.js';
import type { Engagement } from '../../src/shared/domain/engagement.js';
import type { Stakeholder } from '../../src/shared/domain/stakeholder.js';
import type { VisionFeedback } from '../../src/shared/domain/vision.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';

// A hand-made snapshot of an engagement in step 4, for the adoption exports' builders called
// directly: the adoption core fills `snapshot.adoption` from the database, this fills it by
// hand. Version 0.2 is presented to the MT (feedback taken in and not), 0.3 is adopted by the MT
// and ratified by the raad. Two people with real names (a wethouder who owns a borging item and
// holds the boegbeeld role, and a director who gave feedback) so the tests can check that only
// their pseudonyms reach the documents.

const AT = '2027-03-01T10:00:00.000Z';
let ids = 0;
const id = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

export const WETHOUDER = { name: 'Ilse Vermeer', pseudonym: 'R01' };
export const DIRECTEUR = { name: 'Joost Pieters', pseudonym: 'R02' };

function stakeholder(p: { name: string; pseudonym: string }, group: Stakeholder['group']) {
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
  } satisfies Stakeholder;
}

export interface AdoptionFixtureOptions {
  /** Put into every free text of step 4: titles, notes, feedback, references, owners. */
  hostile?: string;
  /** Leave out the adopting decisions: the vision is not adopted. */
  notAdopted?: boolean;
  /** Nothing in step 4 at all. */
  empty?: boolean;
}

export const FEEDBACK = {
  taken: 'Maak het hoofdstuk over dienstverlening concreter met voorbeelden uit de wijk.',
  notTaken: 'Schrap de ambitie over het datateam; daar is geen budget voor.',
  reason: 'De randvoorwaarde blijft: zonder vaste bezetting geen datagedreven werken.',
  open: 'Kijk nog eens naar de volgorde van de thema’s.',
};

export const BORGING_TITLES = [
  'Eén eigenaar van de visie aanwijzen',
  'Ambassadeurs in elke laag van de organisatie',
  'Financiering regelen voordat projecten starten',
];

export const BORGING_TITLES_EN = [
  'Appoint one owner of the vision',
  'Ambassadors in every layer of the organisation',
  'Arrange funding before projects start',
];

export function adoptionFixture(options: AdoptionFixtureOptions = {}): EngagementSnapshot {
  const h = options.hostile ? ` ${options.hostile}` : '';
  const wethouder = stakeholder(WETHOUDER, 'wethouder');
  const directeur = stakeholder(DIRECTEUR, 'directie');
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
  const v02 = id();
  const v03 = id();
  const feedback = (
    text: string,
    disposition: VisionFeedback['disposition'],
    from: { text: string; stakeholderId: string | null },
    reason = '',
  ): VisionFeedback => ({
    id: id(),
    versionId: v02,
    passageId: null,
    text: text + h,
    fromText: from.text,
    fromStakeholderId: from.stakeholderId,
    fromStakeholderName: null,
    disposition,
    reason: reason ? reason + h : '',
    createdAt: AT,
    updatedAt: AT,
  });
  const presentations: Presentation[] = [
    {
      id: id(),
      audience: 'mt',
      title: `MT-overleg 12 maart${h}`,
      date: '2027-03-12',
      versionId: v02,
      versionLabel: '0.2',
      attendees: `Gemeentesecretaris, ${DIRECTEUR.name}, drie afdelingshoofden${h}`,
      notes: `Positief ontvangen; wel vragen over de financiering.${h}`,
      feedback: [
        feedback(FEEDBACK.taken, 'verwerkt', { text: '', stakeholderId: directeur.id }),
        feedback(
          FEEDBACK.notTaken,
          'niet-verwerkt',
          { text: 'afdeling Financiën', stakeholderId: null },
          FEEDBACK.reason,
        ),
        feedback(FEEDBACK.open, 'open', { text: DIRECTEUR.name, stakeholderId: null }),
      ],
      processedInLabel: '0.3',
      createdAt: AT,
      updatedAt: AT,
    },
    {
      id: id(),
      audience: 'college',
      title: '',
      date: '2027-03-19',
      versionId: null,
      versionLabel: null,
      attendees: 'College voltallig',
      notes: '',
      feedback: [],
      processedInLabel: null,
      createdAt: AT,
      updatedAt: AT,
    },
  ];
  const decision = (
    fields: Pick<Decision, 'body' | 'kind' | 'subject' | 'date' | 'reference' | 'notes'> &
      Partial<Decision>,
  ): Decision => ({
    id: id(),
    versionId: null,
    versionLabel: null,
    documentId: null,
    documentTitle: null,
    adopts: fields.kind === 'vastgesteld' || fields.kind === 'bekrachtigd',
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  });
  const decisions: Decision[] = [
    decision({
      body: 'directie',
      kind: 'afgestemd',
      subject: 'aanpak',
      date: '2026-09-15',
      reference: 'DIR-2026-031',
      notes: '',
    }),
    ...(options.notAdopted
      ? []
      : [
          decision({
            body: 'mt',
            kind: 'vastgesteld',
            subject: 'visie',
            date: '2027-03-26',
            reference: `MT-2027-014${h}`,
            versionId: v03,
            versionLabel: '0.3',
            notes: `Vastgesteld met de aantekening dat de financiering in de begroting komt.${h}`,
          }),
          decision({
            body: 'raad',
            kind: 'bekrachtigd',
            subject: 'visie',
            date: '2027-04-22',
            reference: 'RB-2027-088',
            versionId: v03,
            versionLabel: '0.3',
            documentId: id(),
            documentTitle: 'Raadsbesluit visie datagedreven werken',
            notes: '',
          }),
        ]),
  ];
  const borging: BorgingItem[] = [
    {
      id: 'eigenaar',
      title: BORGING_TITLES[0]!,
      description: 'Wie is na vaststelling verantwoordelijk voor de uitvoering van de visie?',
      lesson: 'Zonder eigenaar verwatert een visie na vaststelling.',
      roleId: 'eigenaar',
      roleName: 'Eigenaar',
      roleHolders: [{ stakeholderId: directeur.id, name: DIRECTEUR.name }],
      status: 'gereed',
      ownerStakeholderId: directeur.id,
      ownerText: '',
      ownerName: DIRECTEUR.name,
      dueDate: '2027-04-01',
      notes: `Besproken in het MT.${h}`,
      updatedAt: AT,
    },
    {
      id: 'ambassadeurs',
      title: BORGING_TITLES[1]!,
      description: 'Ambassadeurs dragen de visie uit op de werkvloer, in het MT en in het college.',
      lesson: 'Het college als ambassadeur, één wethouder als boegbeeld.',
      roleId: 'boegbeeld',
      roleName: 'Boegbeeld',
      roleHolders: [{ stakeholderId: wethouder.id, name: WETHOUDER.name }],
      status: 'bezig',
      ownerStakeholderId: wethouder.id,
      ownerText: '',
      ownerName: WETHOUDER.name,
      dueDate: '2027-06-30',
      notes: '',
      updatedAt: AT,
    },
    {
      id: 'financiering',
      title: BORGING_TITLES[2]!,
      description: 'Geld en capaciteit zijn geregeld voordat het eerste project begint.',
      lesson: 'Projecten die starten zonder financiering stranden halverwege.',
      roleId: null,
      roleName: null,
      roleHolders: [],
      status: 'open',
      ownerStakeholderId: null,
      ownerText: `Concerncontroller${h}`,
      ownerName: null,
      dueDate: null,
      notes: '',
      updatedAt: null,
    },
  ];
  const event = (date: string, step: number, title: string): TimelineEvent => ({
    date,
    step,
    kind: step === 4 ? 'decision' : 'document',
    title,
    refId: id(),
  });
  const timeline: TimelineEvent[] = [
    event('2026-09-08', 1, 'Coalitieakkoord 2026–2030 toegevoegd'),
    event('2026-09-22', 1, `Interview ${WETHOUDER.pseudonym} gehouden`),
    event('2026-10-06', 1, `Interview ${DIRECTEUR.pseudonym} gehouden`),
    event('2026-11-10', 2, 'Werksessie met de raad'),
    event('2026-12-01', 2, 'Werksessie met medewerkers'),
    event('2027-02-15', 3, 'Versie 0.2 vastgelegd'),
    event('2027-03-12', 4, `Presentatie aan het MT${h}`),
    event('2027-03-20', 3, 'Versie 0.3 vastgelegd'),
    ...(options.notAdopted
      ? []
      : [
          event('2027-03-26', 4, 'Vastgesteld door het MT'),
          event('2027-04-22', 4, 'Bekrachtigd door de gemeenteraad'),
        ]),
  ];
  const adoption: AdoptionSnapshot = options.empty
    ? { presentations: [], decisions: [], borging: [], timeline: [], adoption: null }
    : {
        presentations,
        decisions,
        borging,
        timeline,
        // The checklist and the timeline in English too, as the core gives them.
        inLanguage: {
          nl: { borging, timeline },
          en: {
            borging: borging.map((b, i) => ({ ...b, title: BORGING_TITLES_EN[i]! })),
            timeline: timeline.map((e) => ({ ...e, title: `EN ${e.title}` })),
          },
        },
        adoption: options.notAdopted
          ? null
          : {
              versionId: v03,
              versionLabel: '0.3',
              decisions: [
                { body: 'mt', kind: 'vastgesteld', date: '2027-03-26' },
                { body: 'raad', kind: 'bekrachtigd', date: '2027-04-22' },
              ],
            },
      };
  return {
    engagement,
    stakeholders: [wethouder, directeur],
    themes: [],
    documents: [],
    interviews: [],
    findings: [],
    guide: [],
    adoption,
    totals: { interviews: 2, documents: 1 },
    takenAt: '2027-04-25T12:00:00.000Z',
  };
}
