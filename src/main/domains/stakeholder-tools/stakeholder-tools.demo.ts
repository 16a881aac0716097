import type { CoreContext } from '../../core/core-context.js';
import type { PartyFields, PartyKind } from '../../../shared/domain/stakeholder-tools.js';
import { listEngagementStakeholders } from '../stakeholders/stakeholder.service.js';
import { listEngagementFindings } from '../findings/finding.service.js';
import * as tools from './stakeholder-tools.service.js';

// The demo engagement's stakeholder tools (gemeente Dijkhaven, about 60,000 inhabitants):
// the parties around the programme on the krachtenveld, an earlier snapshot to show movement,
// a value map, one iceberg, a conflict of interests and the roles. Made through the services,
// as a user's clicks would.

interface DemoParty {
  key: string;
  name: string;
  kind: PartyKind;
  /** Demo stakeholders (by name) who belong to it. */
  people: string[];
  fields: Partial<PartyFields>;
  /** Influence, attitude now; and in the first snapshot, where it differs. */
  place: [number, number];
  before?: [number, number];
  strategy: {
    opportunities: string;
    risks: string;
    communicationStrategy: string;
    nextAction: string;
    owner: string;
    due: string;
  };
  values: Record<string, number>;
}

const PARTIES: DemoParty[] = [
  {
    key: 'gemeente',
    name: '',
    kind: 'municipality',
    people: ['Ingrid Hoekstra'],
    fields: {
      interests:
        'Betere dienstverlening en sturing op de grote opgaven (dijkversterking, woningbouw, armoede) met dezelfde mensen.',
      values: 'Betrouwbaar, dichtbij, zuinig met gemeenschapsgeld.',
      waysOfWorking: 'Programmatisch, met een kwartaalrapportage aan het college.',
      cultureNotes: 'Veel kennis in hoofden van ervaren collega’s; delen gebeurt informeel.',
    },
    place: [5, 2],
    strategy: {
      opportunities: 'Eigen belangen helder uitspreken geeft partners houvast.',
      risks: 'Het programma wordt gezien als iets van de afdeling I&A alleen.',
      communicationStrategy: 'De eigen belangen van de gemeente in elke bijeenkomst benoemen.',
      nextAction: 'Belangen van de gemeente op één A4 zetten',
      owner: 'Ingrid Hoekstra',
      due: '2026-03-15',
    },
    values: { dienstverlening: 3, efficientie: 3, vertrouwen: 2, privacy: 2, transparantie: 2 },
  },
  {
    key: 'college',
    name: 'College van B&W',
    kind: 'group',
    people: ['Gerard Kuiper', 'Yvonne Dekker'],
    fields: {
      interests: 'Zichtbare resultaten in deze collegeperiode; geen privacy-incidenten.',
      values: 'Daadkracht en verantwoording aan de raad.',
      waysOfWorking: 'Besluit in de collegevergadering op dinsdag; korte adviesnota’s.',
      cultureNotes: 'Wethouder Kuiper trekt, de andere portefeuilles volgen nog op afstand.',
    },
    place: [5, 2],
    before: [5, 1],
    strategy: {
      opportunities: 'Eén wethouder als boegbeeld kan draagvlak buiten het stadhuis creëren.',
      risks: 'Alleen de portefeuillehouder draagt de visie uit.',
      communicationStrategy: 'Elke wethouder de visie laten verbinden met de eigen opgaven.',
      nextAction: 'Collegesessie over de visie plannen',
      owner: 'Gerard Kuiper',
      due: '2026-04-07',
    },
    values: { dienstverlening: 3, vertrouwen: 3, efficientie: 2, transparantie: 2, innovatie: 2 },
  },
  {
    key: 'raad',
    name: 'Gemeenteraad',
    kind: 'group',
    people: ['Fatima Amrani', 'Thomas Vermeulen'],
    fields: {
      interests: 'Betrouwbare cijfers om te kunnen sturen en controleren.',
      values: 'Controleerbaarheid, gelijke behandeling van inwoners.',
      waysOfWorking: 'Informatiebijeenkomsten, raadsvragen, commissievergaderingen.',
      cultureNotes: 'Kritisch op algoritmes sinds de landelijke toeslagenaffaire.',
    },
    place: [4, 0],
    before: [4, -1],
    strategy: {
      opportunities: 'Een openbaar algoritmeregister en open data over wijken spreken de raad aan.',
      risks: 'Wantrouwen over profilering bij vroegsignalering.',
      communicationStrategy: 'De raad vooraf betrekken bij gevoelige toepassingen.',
      nextAction: 'Raadsinformatiebijeenkomst over datagebruik',
      owner: 'Bas Koopmans',
      due: '2026-05-12',
    },
    values: { transparantie: 3, gelijkheid: 3, privacy: 3, vertrouwen: 2, participatie: 2 },
  },
  {
    key: 'directie',
    name: 'Directie',
    kind: 'group',
    people: ['Frank Veenstra', 'Monique Bos'],
    fields: {
      interests: 'Grip op de organisatie en op de kosten van ICT.',
      values: 'Efficiëntie en rechtmatigheid.',
      waysOfWorking: 'Wekelijks MT; besluiten via het concernoverleg.',
      cultureNotes: 'Stuurt vaak op incidenten in plaats van op informatie.',
    },
    place: [5, 1],
    strategy: {
      opportunities:
        'Het MT kan het voorbeeld geven door elke vergadering met een dashboard te beginnen.',
      risks: 'Structureel budget is nog niet geregeld.',
      communicationStrategy: 'Samen optrekken: maandelijks kort overleg met de gemeentesecretaris.',
      nextAction: 'Voorstel structureel budget voor de voorjaarsnota',
      owner: 'Ingrid Hoekstra',
      due: '2026-04-01',
    },
    values: { efficientie: 3, rechtmatigheid: 3, veiligheid: 2, innovatie: 1 },
  },
  {
    key: 'ia',
    name: 'Afdeling I&A',
    kind: 'group',
    people: ['Samira El Idrissi', 'Mehmet Yıldız'],
    fields: {
      interests: 'Een beheersbaar applicatielandschap en erkenning voor hun vakmanschap.',
      values: 'Veiligheid en betrouwbaarheid van systemen.',
      waysOfWorking: 'Werkt met een ticketsysteem; projecten via de I&A-raad.',
      cultureNotes: 'Voelt zich soms gepasseerd door programma’s van buiten de afdeling.',
    },
    place: [4, 1],
    before: [4, -1],
    strategy: {
      opportunities: 'Kent alle bronsystemen en koppelingen.',
      risks: 'Weerstand als het programma als kritiek op de afdeling wordt gezien.',
      communicationStrategy: 'Maandelijks overleg met het hoofd I&A; successen samen delen.',
      nextAction: 'Gezamenlijke planning datakoppelingen maken',
      owner: 'Samira El Idrissi',
      due: '2026-03-31',
    },
    values: { veiligheid: 3, privacy: 2, efficientie: 2, innovatie: 2 },
  },
  {
    key: 'sociaal',
    name: 'Sociaal domein',
    kind: 'group',
    people: ['Petra van Dijk'],
    fields: {
      interests: 'Eerder signaleren van armoede en schulden, samen met ketenpartners.',
      values: 'Zorg voor kwetsbare inwoners.',
      waysOfWorking: 'Casusoverleggen met ketenpartners; veel maatwerk.',
      cultureNotes: 'Zeer voorzichtig met persoonsgegevens; bang voor profilering.',
    },
    place: [3, -1],
    before: [3, -2],
    strategy: {
      opportunities: 'Vroegsignalering is een sterke, maatschappelijke opgave om mee te beginnen.',
      risks: 'Privacyzorgen kunnen elke pilot stilleggen.',
      communicationStrategy:
        'Persoonlijk in gesprek; de privacy officer vanaf het begin betrekken.',
      nextAction: 'Verkenning vroegsignalering met de privacy officer',
      owner: 'Petra van Dijk',
      due: '2026-04-15',
    },
    values: { privacy: 3, gelijkheid: 3, dienstverlening: 2, vertrouwen: 2 },
  },
  {
    key: 'ondernemers',
    name: 'Ondernemersvereniging Dijkhaven',
    kind: 'organisation',
    people: [],
    fields: {
      interests: 'Minder regeldruk en snellere vergunningen.',
      values: 'Ondernemerschap, snelheid.',
      waysOfWorking: 'Bestuur komt maandelijks bijeen; contact via het ondernemersloket.',
      cultureNotes: 'Pragmatisch; wil resultaat zien.',
    },
    place: [2, 1],
    strategy: {
      opportunities: 'Ambassadeurs voor betere digitale dienstverlening.',
      risks: 'Haakt af als er niets zichtbaars verandert.',
      communicationStrategy:
        'Informeren via de nieuwsbrief; een voorbeeld uit het loket laten zien.',
      nextAction: 'Bijdrage aan de ondernemersnieuwsbrief',
      owner: 'Hanneke Visser',
      due: '2026-05-01',
    },
    values: { efficientie: 3, dienstverlening: 3, innovatie: 2 },
  },
  {
    key: 'inwoners',
    name: '',
    kind: 'inhabitants',
    people: ['Lars Timmer'],
    fields: {
      interests: 'Begrijpelijke besluiten en niet steeds dezelfde gegevens hoeven aanleveren.',
      values: 'Privacy, gelijke behandeling, begrijpelijkheid.',
      waysOfWorking: 'Wijkplatforms en het inwonerspanel.',
      cultureNotes: 'Weinig zicht op wat de gemeente met data doet.',
    },
    place: [2, 0],
    strategy: {
      opportunities: 'Open data over de wijken maakt het programma tastbaar.',
      risks: 'Wantrouwen als datagebruik niet wordt uitgelegd.',
      communicationStrategy: 'Uitleggen in gewone taal; het inwonerspanel laten meedenken.',
      nextAction: 'Vragen over datagebruik in het inwonerspanel',
      owner: 'Bas Koopmans',
      due: '2026-06-01',
    },
    values: { privacy: 3, transparantie: 3, dienstverlening: 2, participatie: 2, gelijkheid: 2 },
  },
  {
    key: 'corporatie',
    name: 'Woningcorporatie Kustwonen',
    kind: 'organisation',
    people: [],
    fields: {
      interests:
        'Gegevens over woningbehoefte en de staat van de voorraad delen voor de woningbouwopgave.',
      values: 'Betaalbaar wonen, duurzaamheid.',
      waysOfWorking: 'Prestatieafspraken met de gemeente; jaarlijks bod.',
      cultureNotes: 'Open voor samenwerking, maar eigen systemen en definities.',
    },
    place: [3, 1],
    strategy: {
      opportunities: 'Gezamenlijk dashboard woningbouw met de gemeente.',
      risks: 'Verschillende definities van woningbehoefte.',
      communicationStrategy: 'Samen optrekken in de prestatieafspraken.',
      nextAction: 'Begrippen woningbehoefte samen vastleggen',
      owner: 'Jeroen Mulder',
      due: '2026-06-15',
    },
    values: { duurzaamheid: 3, dienstverlening: 2, vertrouwen: 2, efficientie: 1 },
  },
  {
    key: 'provincie',
    name: 'Provincie',
    kind: 'organisation',
    people: [],
    fields: {
      interests: 'Regionale data over dijkversterking, mobiliteit en woningbouw.',
      values: 'Veiligheid en duurzaamheid.',
      waysOfWorking: 'Via regionale overleggen en subsidieregelingen.',
      cultureNotes: 'Formeel; afspraken via bestuurlijk overleg.',
    },
    place: [3, 0],
    strategy: {
      opportunities: 'Subsidie voor regionale datasamenwerking.',
      risks: 'Trage besluitvorming.',
      communicationStrategy: 'Informeren via het regionale overleg; monitoren.',
      nextAction: 'Verkennen subsidieregeling datasamenwerking',
      owner: 'Monique Bos',
      due: '2026-09-01',
    },
    values: { veiligheid: 3, duurzaamheid: 3, rechtmatigheid: 2 },
  },
];

const ICEBERG = {
  title: 'Data wordt niet gedeeld tussen afdelingen',
  description: 'Uit de interviews: elke afdeling houdt eigen lijsten bij en deelt die niet.',
  items: [
    [
      'gebeurtenissen',
      'Inwoners moeten voor de minimaregeling dezelfde gegevens drie keer aanleveren.',
      null,
    ],
    [
      'gebeurtenissen',
      'Tegenstrijdige cijfers in raadsstukken.',
      'Tegenstrijdige cijfers ondermijnen het vertrouwen van de raad',
    ],
    ['patronen', 'Elke afdeling bouwt eigen Excel-lijsten naast de bronsystemen.', null],
    ['patronen', 'Verzoeken om gegevens blijven weken liggen.', null],
    [
      'structuren',
      'Eigenaarschap van gegevens is nergens belegd.',
      'Eigenaarschap van gegevens is nergens belegd',
    ],
    [
      'structuren',
      'Het applicatielandschap is versnipperd; systemen zijn nauwelijks gekoppeld.',
      'Het applicatielandschap is versnipperd; systemen zijn nauwelijks gekoppeld',
    ],
    [
      'mentale-modellen',
      '"Mijn data is van mij": gegevens horen bij de afdeling die ze verzamelt.',
      null,
    ],
    ['mentale-modellen', 'Delen is een privacyrisico, dus liever niet.', null],
  ] as const,
};

const ROLES: [string, string, string][] = [
  ['Gerard Kuiper', 'boegbeeld', 'Draagt de visie uit namens het college.'],
  ['Ingrid Hoekstra', 'eigenaar', 'Eigenaar van het programma binnen de gemeente.'],
  ['Bas Koopmans', 'trekker', 'Neutrale trekker tussen de afdelingen.'],
  ['Petra van Dijk', 'ambassadeur', 'Ambassadeur in het sociaal domein.'],
  ['Anouk Jansen', 'ambassadeur', 'Ambassadeur bij Publiekszaken.'],
  ['Ellen de Haan', 'witte-raaf', 'Bouwde zelf al een wijkdashboard.'],
  ['Mehmet Yıldız', 'early-adopter', 'Probeert nieuwe rapportagetools als eerste uit.'],
];

export async function addDemoStakeholderTools(
  ctx: CoreContext,
  engagementId: string,
): Promise<void> {
  const people = new Map(
    (await listEngagementStakeholders(ctx, engagementId)).map((s) => [s.name, s.id]),
  );
  const idsOf = (names: readonly string[]) =>
    names.map((n) => people.get(n)).filter((id): id is string => id !== undefined);
  const findings = new Map(
    (await listEngagementFindings(ctx, engagementId)).map((f) => [f.statement, f.id]),
  );

  const existing = await tools.listParties(ctx, engagementId);
  const partyIds = new Map<string, string>();
  for (const party of PARTIES) {
    const fixed = existing.find(
      (p) =>
        (party.kind === 'municipality' && p.fixed === 'own-municipality') ||
        (party.kind === 'inhabitants' && p.fixed === 'inhabitants'),
    );
    const fields = { ...party.fields, stakeholderIds: idsOf(party.people) };
    const saved = fixed
      ? await tools.updateParty(ctx, engagementId, fixed.id, fields)
      : await tools.createParty(ctx, engagementId, {
          ...fields,
          name: party.name,
          kind: party.kind,
        });
    partyIds.set(party.key, saved.id);
  }

  // The first scoring, by the programme team at the start; then the current places.
  for (const party of PARTIES) {
    const [influence, attitude] = party.before ?? party.place;
    await tools.setPosition(ctx, engagementId, partyIds.get(party.key)!, { influence, attitude });
  }
  await tools.takeSnapshot(ctx, engagementId, {
    scoredBy: 'Programmateam (Ingrid Hoekstra, Bas Koopmans, Samira El Idrissi)',
    takenOn: '2026-02-02',
    note: 'Eerste inschatting na de startbijeenkomst.',
  });
  for (const party of PARTIES) {
    const [influence, attitude] = party.place;
    const s = party.strategy;
    await tools.setPosition(ctx, engagementId, partyIds.get(party.key)!, {
      influence,
      attitude,
      opportunities: s.opportunities,
      risks: s.risks,
      communicationStrategy: s.communicationStrategy,
      nextAction: s.nextAction,
      actionOwnerId: people.get(s.owner) ?? null,
      actionDue: s.due,
    });
  }
  await tools.takeSnapshot(ctx, engagementId, {
    scoredBy: 'Programmateam en stuurgroep',
    takenOn: '2026-03-09',
    note: 'Na de interviews en de raadssessie.',
  });

  for (const party of PARTIES)
    for (const [valueId, weight] of Object.entries(party.values))
      await tools.setValueWeight(ctx, engagementId, partyIds.get(party.key)!, valueId, weight);

  const iceberg = await tools.createIceberg(ctx, engagementId, {
    title: ICEBERG.title,
    description: ICEBERG.description,
  });
  for (const [layer, text, finding] of ICEBERG.items)
    await tools.createIcebergItem(ctx, engagementId, iceberg.id, {
      layer,
      text,
      findingId: finding ? (findings.get(finding) ?? null) : null,
    });

  await tools.createConflict(ctx, engagementId, {
    partyAId: partyIds.get('sociaal')!,
    partyBId: partyIds.get('raad')!,
    description:
      'Het sociaal domein wil gegevens van ketenpartners koppelen om schulden eerder te signaleren; de raad vreest profilering van inwoners.',
    bridge:
      'Samen met de raad spelregels opstellen (doel, gegevens, menselijke toets) en de pilot opnemen in het openbare algoritmeregister.',
  });
  await tools.createConflict(ctx, engagementId, {
    partyAId: partyIds.get('ia')!,
    partyBId: partyIds.get('directie')!,
    description:
      'I&A wil eerst het applicatielandschap op orde brengen; de directie wil snel zichtbare resultaten.',
    bridge: 'Eén zichtbare quick win per kwartaal naast een meerjarig saneringsplan.',
  });

  for (const [name, roleId, note] of ROLES) {
    const id = people.get(name);
    if (id) await tools.assignRole(ctx, engagementId, id, roleId, note);
  }
}
