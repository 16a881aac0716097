import type { CoreContext } from '../../core/core-context.js';
import { listEngagementStakeholders } from '../stakeholders/stakeholder.service.js';
import { freezeVersion, getVersion, listVersions } from '../vision/vision.service.js';
import { demoDaysAgo } from '../vision/vision.demo.js';
import * as adoption from './adoption.service.js';
import { updateBorging } from './borging.service.js';
import { longDate } from './adoption-texts.js';

// The demo engagement's step 4 (gemeente Dijkhaven): version 0.1 went to the programmateam and
// 0.2 to the MT, each with feedback, mostly worked in and one item not, with the reason; 0.3 is
// frozen with the MT's feedback worked in, vastgesteld by the MT and bekrachtigd by the raad two
// weeks later, so the vision is read-only. Half of the borging checklist is under way, with
// owners from the demo's stakeholders. Made through the services, as a user's clicks would.

// Days before the demo is made: step 4 comes after the interviews and sessions, and the raad
// bekrachtigt two weeks after the MT has vastgesteld.
const DAYS = { programmateam: 56, mt: 35, thirdVersion: 28, mtDecision: 21, raadDecision: 7 };

const PROGRAMMATEAM = {
  title: 'Programmateam, bespreking eerste opzet',
  attendees: 'Ingrid Hoekstra, Bas Koopmans, Samira El Idrissi, Wouter de Graaf, Hanneke Visser',
  notes: 'Eerste opzet doorgelopen op het bord; iedereen herkende de thema’s uit de interviews.',
  feedback: [
    {
      text: 'Maak de ambities concreter: wat merkt een inwoner er in 2027 van?',
      from: 'Hanneke Visser',
      disposition: 'verwerkt' as const,
      reason: '',
    },
    {
      text: 'Noem bij de randvoorwaarden wie de kwaliteit van de gegevens bewaakt. Nu lijkt het van niemand.',
      from: 'Samira El Idrissi',
      disposition: 'verwerkt' as const,
      reason: '',
    },
  ],
};

const MT = {
  title: 'MT-overleg, agendapunt visie datagedreven werken',
  attendees: 'Frank Veenstra, Monique Bos, Petra van Dijk, Jeroen Mulder, Anouk Jansen',
  notes:
    'Het MT steunt de richting. Afgesproken: de ketenpartners scherper benoemen en daarna ter vaststelling agenderen.',
  feedback: [
    {
      text: 'Zet de GGD er expliciet bij; die levert voor het sociaal domein de meeste gegevens aan.',
      from: 'Frank Veenstra',
      passage: 'Samen met de ketenpartners',
      disposition: 'verwerkt' as const,
      reason: '',
    },
    {
      text: 'Koppel elke ambitie aan een programma uit de begroting, zodat de raad kan volgen wat het kost.',
      from: 'Monique Bos',
      disposition: 'niet-verwerkt' as const,
      reason:
        'Dat hoort in de routekaart, niet in de visie. Bij het opstellen van de routekaart koppelen we elke actie aan een begrotingsprogramma.',
    },
    {
      text: 'De teams hebben behoefte aan een korte versie die ze in het teamoverleg kunnen bespreken.',
      from: 'Petra van Dijk',
      disposition: 'verwerkt' as const,
      reason: '',
    },
  ],
};

const BORGING: {
  item: string;
  status: 'open' | 'bezig' | 'gereed';
  owner?: string;
  ownerText?: string;
  /** Days after the demo is made. */
  dueDate?: number;
  notes: string;
}[] = [
  {
    item: 'college-ambassadeur',
    status: 'gereed',
    owner: 'Gerard Kuiper',
    notes:
      'Het college heeft de visie op 2 juni besproken en presenteert haar samen in de raadscommissie.',
  },
  {
    item: 'boegbeeld',
    status: 'gereed',
    owner: 'Gerard Kuiper',
    notes:
      'Wethouder Kuiper opent de bijeenkomst voor medewerkers en spreekt op de regionale datadag.',
  },
  {
    item: 'eigenaar',
    status: 'gereed',
    owner: 'Ingrid Hoekstra',
    notes: 'Programmamanager en eigenaar; legt elk kwartaal verantwoording af aan het MT.',
  },
  {
    item: 'tijd-directie',
    status: 'bezig',
    owner: 'Frank Veenstra',
    dueDate: 30,
    notes: 'In de jaarplannen 2027 krijgt elk team vier uur per week voor datagedreven werken.',
  },
  {
    item: 'ambassadeurs',
    status: 'bezig',
    owner: 'Petra van Dijk',
    dueDate: 60,
    notes:
      'Ambassadeurs in Sociaal Domein en Publiekszaken; voor Fysiek Domein en Bedrijfsvoering zoeken we nog iemand.',
  },
  {
    item: 'communicatie-binnen',
    status: 'bezig',
    ownerText: 'Team Communicatie',
    dueDate: 14,
    notes: 'Intranetpagina staat klaar; de bijeenkomst voor alle medewerkers is over twee weken.',
  },
  {
    item: 'financiering',
    status: 'open',
    owner: 'Monique Bos',
    dueDate: 90,
    notes: 'Voorstel voor structureel budget in de voorjaarsnota 2027.',
  },
];

/** The day `days` from today (negative: before), yyyy-mm-dd. */
const dayFrom = (now: string, days: number) =>
  new Date(Date.parse(now) + days * 86_400_000).toISOString().slice(0, 10);

export async function addDemoAdoption(ctx: CoreContext, engagementId: string): Promise<void> {
  const now = ctx.now();
  const people = new Map(
    (await listEngagementStakeholders(ctx, engagementId)).map((s) => [s.name, s.id]),
  );
  const versions = await listVersions(ctx, engagementId);
  const byLabel = (label: string) => versions.find((v) => v.label === label);
  const first = byLabel('0.1');
  const second = byLabel('0.2');
  if (!first || !second) return;

  const present = async (
    versionId: string,
    audience: 'programmateam' | 'mt',
    round: typeof PROGRAMMATEAM | typeof MT,
  ) => {
    const presentation = await adoption.createPresentation(ctx, engagementId, {
      audience,
      date: dayFrom(now, -DAYS[audience]),
      title: round.title,
      versionId,
      attendees: round.attendees,
      notes: round.notes,
    });
    const passages = (await getVersion(ctx, engagementId, versionId)).content.passages;
    for (const f of round.feedback) {
      const passage = 'passage' in f ? passages.find((p) => p.title === f.passage) : undefined;
      await adoption.addPresentationFeedback(ctx, engagementId, presentation.id, {
        text: f.text,
        fromStakeholderId: people.get(f.from) ?? null,
        fromText: people.has(f.from) ? '' : f.from,
        passageId: passage?.id ?? null,
        disposition: f.disposition,
        reason: f.reason,
      });
    }
  };
  await present(first.id, 'programmateam', PROGRAMMATEAM);
  await present(second.id, 'mt', MT);

  // 0.3: the MT's feedback worked in (the vision demo already added the GGD to the working copy).
  const third =
    byLabel('0.3') ??
    (await freezeVersion(
      // Frozen a week before the MT decides on it (the vision demo dates its versions too).
      demoDaysAgo(ctx, DAYS.thirdVersion),
      engagementId,
      'concept',
      'Verwerkt na de bespreking in het MT; ter vaststelling.',
    ));

  const mtDate = dayFrom(now, -DAYS.mtDecision);
  const raadDate = dayFrom(now, -DAYS.raadDecision);
  await adoption.createDecision(ctx, engagementId, {
    body: 'mt',
    kind: 'vastgesteld',
    subject: 'visie',
    date: mtDate,
    reference: `MT-besluitenlijst ${longDate(mtDate, 'nl')}, punt 4`,
    versionId: third.id,
    documentId: null,
    notes: 'Vastgesteld zonder wijzigingen; ter bekrachtiging naar de raad.',
  });
  await adoption.createDecision(ctx, engagementId, {
    body: 'raad',
    kind: 'bekrachtigd',
    subject: 'visie',
    date: raadDate,
    reference: `Raadsbesluit ${raadDate.slice(0, 4)}-047, zaak Z/${raadDate.slice(2, 4)}/048213`,
    versionId: third.id,
    documentId: null,
    notes: 'Aangenomen met algemene stemmen; motie over het algoritmeregister aangenomen.',
  });

  for (const b of BORGING)
    await updateBorging(ctx, engagementId, b.item, {
      status: b.status,
      ownerStakeholderId: b.owner ? (people.get(b.owner) ?? null) : null,
      ownerText: b.ownerText ?? '',
      dueDate: b.dueDate === undefined ? null : dayFrom(now, b.dueDate),
      notes: b.notes,
    });
}
