import type { Bouwsteen } from '../../../shared/domain/nulmeting.js';
import { addQuarters, quarterOf } from '../../../shared/domain/quarter.js';
import type {
  FundingState,
  RoadmapItemKind,
  RoadmapLevel,
  RoadmapPhase,
  RoadmapStatus,
} from '../../../shared/domain/roadmap.js';
import type { CoreContext } from '../../core/core-context.js';
import { listEngagementStakeholders } from '../stakeholders/stakeholder.service.js';
import { listVisionPassages } from '../vision/vision.service.js';
import { demoDaysAgo } from '../vision/vision.demo.js';
import * as roadmap from './roadmap.service.js';

// The demo engagement's routekaart (gemeente Dijkhaven): the adopted vision worked out into a
// plan of three years that started last quarter, in the phases begin, ontwikkel, opschaling en
// beheer. Quick wins first (the portaal met de bestaande dashboards is delivered), funding
// arranged before the projects start, datagedreven werken as a continuous process, milestones
// for the decisions and the next measurements. Owners are demo stakeholders or a role as
// typed. One deliberate warning: the datawarehouse starts in the quarter the architecture work
// ends. Made through the services, as a user's clicks would.

/** A quarter as an offset from the plan's first quarter (0: the first quarter). */
interface DemoItem {
  key: string;
  kind: RoadmapItemKind;
  title: string;
  description: string;
  goal: string;
  dimension: string;
  bouwsteen: Bouwsteen;
  from: number;
  to: number;
  owner: string;
  effort: string;
  funding: FundingState;
  phase: RoadmapPhase;
  level: RoadmapLevel;
  status: RoadmapStatus;
  /** Keys of items this one depends on. */
  after?: string[];
  /** Dimension ids of the gaps it closes. */
  gaps: string[];
  /** Titles of the vision passages it serves. */
  passages: string[];
}

/** Owners that are no stakeholder of the engagement: typed as a role. */
const ITEMS: DemoItem[] = [
  {
    key: 'portaal',
    kind: 'quick-win',
    title: 'Portaal met de bestaande dashboards',
    description:
      'De dashboards die er al zijn (sociaal domein, klantcontact, vergunningen) op één plek op intranet, met per dashboard een eigenaar en een korte uitleg.',
    goal: 'Medewerkers vinden binnen twee klikken de cijfers die er al zijn.',
    dimension: 'data',
    bouwsteen: 'start-vandaag',
    from: 0,
    to: 0,
    owner: 'Wouter de Graaf',
    effort: '15 dagen',
    funding: 'geregeld',
    phase: 'begin',
    level: 'tactisch',
    status: 'gereed',
    gaps: ['data'],
    passages: ['Sturen op de maatschappelijke opgaven'],
  },
  {
    key: 'datacafe',
    kind: 'quick-win',
    title: 'Datacafés voor teams',
    description:
      'Elke zes weken een datacafé: een team laat zien wat het met cijfers heeft gedaan, de rest stelt vragen.',
    goal: 'Laten zien dat het werkt, en collega’s met elkaar in gesprek brengen.',
    dimension: 'cultuur',
    bouwsteen: 'data-cultuur',
    from: 0,
    to: 1,
    owner: 'Ingrid Hoekstra',
    effort: '2 uur per zes weken',
    funding: 'geregeld',
    phase: 'begin',
    level: 'tactisch',
    status: 'lopend',
    gaps: ['cultuur'],
    passages: ['Datavaardigheid: iedereen kan met data werken'],
  },
  {
    key: 'strategie',
    kind: 'mijlpaal',
    title: 'Routekaart vastgesteld door het MT',
    description:
      'Het MT stelt de routekaart vast en koppelt de acties aan de begrotingsprogramma’s.',
    goal: 'Eén plan waar iedereen naar verwijst.',
    dimension: 'leiderschap-strategie',
    bouwsteen: 'bestuurlijk-draagvlak',
    from: 1,
    to: 1,
    owner: 'Frank Veenstra',
    effort: '',
    funding: 'geregeld',
    phase: 'begin',
    level: 'strategisch',
    status: 'gepland',
    gaps: ['leiderschap-strategie'],
    passages: ['Dijkhaven werkt datagedreven, met de inwoner voorop'],
  },
  {
    key: 'eigenaarschap',
    kind: 'project',
    title: 'Eigenaarschap van de basisgegevens beleggen',
    description:
      'Per basisregistratie en per kernbestand een eigenaar en een beheerder benoemen, met afspraken over kwaliteit en gebruik.',
    goal: 'Van elk belangrijk gegeven weten we wie erover gaat.',
    dimension: 'governance',
    bouwsteen: 'data-architectuur',
    from: 0,
    to: 2,
    owner: 'Samira El Idrissi',
    effort: '0,4 fte',
    funding: 'geregeld',
    phase: 'begin',
    level: 'strategisch',
    status: 'lopend',
    gaps: ['governance', 'data'],
    passages: ['Eigenaarschap belegd', 'Eén betrouwbare bron per gegeven'],
  },
  {
    key: 'ethiek',
    kind: 'project',
    title: 'Ethisch kader en ethische commissie',
    description:
      'Een normenkader voor data en algoritmen, getoetst aan twee echte casussen, en een kleine commissie die teams bij twijfel adviseert.',
    goal: 'Teams weten waar ze hun afweging kunnen laten toetsen.',
    dimension: 'privacy-ethiek',
    bouwsteen: 'bestuurlijk-draagvlak',
    from: 1,
    to: 2,
    owner: 'Functionaris gegevensbescherming',
    effort: '30 dagen en 4 commissievergaderingen per jaar',
    funding: 'aangevraagd',
    phase: 'begin',
    level: 'strategisch',
    status: 'gepland',
    gaps: ['privacy-ethiek'],
    passages: ['Een ethisch normenkader dat werkt', 'Ethiek: verantwoord omgaan met data'],
  },
  {
    key: 'training',
    kind: 'project',
    title: 'Training datawijsheid voor leidinggevenden en medewerkers',
    description:
      'Drie niveaus: basis voor iedereen (e-learning en een middag), verdieping voor teamleiders, en analisten die teams begeleiden.',
    goal: 'Leidinggevenden lezen een dashboard kritisch en stellen de goede vragen.',
    dimension: 'mensen-datavaardigheid',
    bouwsteen: 'data-expertise',
    from: 1,
    to: 4,
    owner: 'Afdeling HRM',
    effort: '€ 45.000',
    funding: 'geregeld',
    phase: 'begin',
    level: 'tactisch',
    status: 'gepland',
    gaps: ['mensen-datavaardigheid'],
    passages: ['Datavaardigheid: iedereen kan met data werken'],
  },
  {
    key: 'architectuur',
    kind: 'project',
    title: 'Informatiearchitectuur optimaliseren',
    description:
      'De koppelingen tussen de vakapplicaties in kaart brengen, dubbele opslag afbouwen en een doelarchitectuur vaststellen.',
    goal: 'Een architectuur waarop de datawarehouse kan bouwen.',
    dimension: 'techniek-architectuur',
    bouwsteen: 'data-architectuur',
    from: 3,
    to: 4,
    owner: 'Mehmet Yıldız',
    effort: '0,6 fte en externe architect (€ 60.000)',
    funding: 'geregeld',
    phase: 'ontwikkel',
    level: 'tactisch',
    status: 'gepland',
    after: ['eigenaarschap'],
    gaps: ['techniek-architectuur'],
    passages: ['Eén betrouwbare bron per gegeven'],
  },
  {
    key: 'privacy-check',
    kind: 'quick-win',
    title: 'Privacycheck in elk nieuw project',
    description:
      'Een korte vragenlijst aan het begin van elk project; de FG kijkt mee bij twijfel.',
    goal: 'Privacy aan de voorkant, niet achteraf.',
    dimension: 'privacy-ethiek',
    bouwsteen: 'start-vandaag',
    from: 0,
    to: 0,
    owner: 'Functionaris gegevensbescherming',
    effort: '5 dagen',
    funding: 'geregeld',
    phase: 'begin',
    level: 'tactisch',
    status: 'gereed',
    gaps: ['privacy-ethiek'],
    passages: ['Veiligheid & privacy: zorgvuldig met gegevens van inwoners'],
  },
  {
    key: 'pilot-jeugd',
    kind: 'project',
    title: 'Experiment: vroegsignalering jeugdzorg',
    description:
      'Met de GGD en twee scholen in zes maanden onderzoeken of gecombineerde signalen eerder hulp mogelijk maken, met een ethische toets vooraf.',
    goal: 'Leren wat werkt voordat we opschalen.',
    dimension: 'agile-experimenteren',
    bouwsteen: 'experimenten',
    from: 3,
    to: 4,
    owner: 'Petra van Dijk',
    effort: '€ 35.000',
    funding: 'aangevraagd',
    phase: 'ontwikkel',
    level: 'tactisch',
    status: 'gepland',
    after: ['ethiek'],
    gaps: ['agile-experimenteren'],
    passages: ['Samen met de ketenpartners', 'Menselijke maat'],
  },
  {
    key: 'algoritmeregister',
    kind: 'activiteit',
    title: 'Algoritmeregister publiceren',
    description: 'De algoritmen die de gemeente gebruikt, met doel en toezicht, op de website.',
    goal: 'Inwoners kunnen zien waar de gemeente algoritmen inzet.',
    dimension: 'privacy-ethiek',
    bouwsteen: 'bestuurlijk-draagvlak',
    from: 3,
    to: 3,
    owner: 'Samira El Idrissi',
    effort: '10 dagen',
    funding: 'geregeld',
    phase: 'ontwikkel',
    level: 'tactisch',
    status: 'gepland',
    after: ['ethiek'],
    gaps: [],
    passages: ['Transparantie: uitleggen wat we doen', 'Openheid'],
  },
  {
    key: 'datateam',
    kind: 'project',
    title: 'Datateam inrichten',
    description:
      'Een klein vast team (analisten, een data engineer en een productowner) dat werkt in sprints voor de afdelingen.',
    goal: 'Vraag en aanbod van analyses bij elkaar, met vaste mensen.',
    dimension: 'agile-experimenteren',
    bouwsteen: 'agile-aanpak',
    from: 2,
    to: 4,
    owner: 'Monique Bos',
    effort: '3 fte structureel',
    funding: 'aangevraagd',
    phase: 'ontwikkel',
    level: 'strategisch',
    status: 'gepland',
    after: ['strategie'],
    gaps: ['agile-experimenteren', 'mensen-datavaardigheid'],
    passages: ['Structureel budget'],
  },
  {
    key: 'begroting',
    kind: 'mijlpaal',
    title: 'Structureel budget in de begroting',
    description:
      'De raad neemt het structurele budget voor het datateam en het beheer op in de begroting.',
    goal: 'Datagedreven werken hangt niet meer van incidenteel geld af.',
    dimension: 'leiderschap-strategie',
    bouwsteen: 'bestuurlijk-draagvlak',
    from: 3,
    to: 3,
    owner: 'Gerard Kuiper',
    effort: '',
    funding: 'aangevraagd',
    phase: 'ontwikkel',
    level: 'strategisch',
    status: 'gepland',
    gaps: ['leiderschap-strategie'],
    passages: ['Structureel budget'],
  },
  {
    key: 'dwh',
    kind: 'project',
    title: 'Datawarehouse voor sturingsinformatie',
    description:
      'De kernbestanden uit de vakapplicaties dagelijks in één omgeving, met een datacatalogus en afspraken over kwaliteit.',
    goal: 'Dashboards rekenen met dezelfde, actuele cijfers.',
    dimension: 'techniek-architectuur',
    bouwsteen: 'data-architectuur',
    // Starts in the quarter the architecture work ends: the demo's one warning.
    from: 4,
    to: 7,
    owner: 'Mehmet Yıldız',
    effort: '€ 180.000 en 1 fte beheer',
    funding: 'aangevraagd',
    phase: 'ontwikkel',
    level: 'tactisch',
    status: 'gepland',
    after: ['architectuur'],
    gaps: ['techniek-architectuur', 'data'],
    passages: ['Eén betrouwbare bron per gegeven', 'Betrouwbaarheid'],
  },
  {
    key: 'sturing-sociaal',
    kind: 'project',
    title: 'Sturen op de opgaven in het sociaal domein',
    description:
      'Per opgave (armoede, jeugd, eenzaamheid) een handvol indicatoren met de teams afspreken en elk kwartaal bespreken.',
    goal: 'Het MT bespreekt de opgaven aan de hand van cijfers en verhalen.',
    dimension: 'leiderschap-strategie',
    bouwsteen: 'data-cultuur',
    from: 5,
    to: 7,
    owner: 'Petra van Dijk',
    effort: '0,5 fte analist',
    funding: 'open',
    phase: 'ontwikkel',
    level: 'tactisch',
    status: 'gepland',
    after: ['datateam'],
    gaps: ['leiderschap-strategie'],
    passages: ['Sturen op de maatschappelijke opgaven', 'Menselijke maat'],
  },
  {
    key: 'ketendata',
    kind: 'project',
    title: 'Gegevensuitwisseling met de ketenpartners',
    description:
      'Afspraken met GGD, woningcorporaties en de veiligheidsregio over welke gegevens we delen, op welke grondslag en hoe.',
    goal: 'Samen kijken naar dezelfde wijk, binnen de regels.',
    dimension: 'governance',
    bouwsteen: 'data-architectuur',
    from: 4,
    to: 6,
    owner: 'Samira El Idrissi',
    effort: '40 dagen',
    funding: 'open',
    phase: 'ontwikkel',
    level: 'strategisch',
    status: 'gepland',
    after: ['eigenaarschap'],
    gaps: ['governance'],
    passages: ['Samen met de ketenpartners'],
  },
  {
    key: 'meting-1',
    kind: 'mijlpaal',
    title: '2-meting datavolwassenheid',
    description:
      'Dezelfde meting als de 0- en 1-meting, met dezelfde groepen, om de voortgang te zien.',
    goal: 'Zien wat een jaar heeft opgeleverd en de routekaart bijstellen.',
    dimension: 'leiderschap-strategie',
    bouwsteen: 'bestuurlijk-draagvlak',
    from: 5,
    to: 5,
    owner: 'Ingrid Hoekstra',
    effort: '8 dagen',
    funding: 'geregeld',
    phase: 'ontwikkel',
    level: 'strategisch',
    status: 'gepland',
    gaps: [],
    passages: ['Dijkhaven werkt datagedreven, met de inwoner voorop'],
  },
  {
    key: 'dashboards-beheer',
    kind: 'doorlopend',
    title: 'Beheer en doorontwikkeling van de dashboards',
    description:
      'Vaste tijd voor verzoeken, updates en het opruimen van dashboards die niemand gebruikt.',
    goal: 'Dashboards blijven kloppen en worden gebruikt.',
    dimension: 'data',
    bouwsteen: 'data-architectuur',
    from: 1,
    to: 11,
    owner: 'Wouter de Graaf',
    effort: '0,3 fte',
    funding: 'geregeld',
    phase: 'opschaling-en-beheer',
    level: 'tactisch',
    status: 'lopend',
    after: ['portaal'],
    gaps: ['data'],
    passages: ['Sturen op de maatschappelijke opgaven'],
  },
  {
    key: 'community',
    kind: 'doorlopend',
    title: 'Community of practice data',
    description:
      'Analisten, informatieadviseurs en functioneel beheerders delen elke maand wat ze doen en lopen tegenaan.',
    goal: 'Kennis blijft niet bij één persoon hangen.',
    dimension: 'cultuur',
    bouwsteen: 'data-cultuur',
    from: 2,
    to: 11,
    owner: 'Bas Koopmans',
    effort: '4 uur per maand',
    funding: 'geregeld',
    phase: 'opschaling-en-beheer',
    level: 'tactisch',
    status: 'gepland',
    after: ['datacafe'],
    gaps: ['cultuur'],
    passages: ['Datavaardigheid: iedereen kan met data werken'],
  },
  {
    key: 'open-data',
    kind: 'activiteit',
    title: 'Open data publiceren',
    description:
      'Een eerste set open data (wijkcijfers, vergunningen, afval) op het landelijke portaal.',
    goal: 'Inwoners en ondernemers kunnen zelf met de cijfers aan de slag.',
    dimension: 'data',
    bouwsteen: 'experimenten',
    from: 8,
    to: 9,
    owner: 'Team Informatievoorziening',
    effort: '20 dagen',
    funding: 'open',
    phase: 'ontwikkel',
    level: 'tactisch',
    status: 'gepland',
    after: ['dwh'],
    gaps: ['data'],
    passages: ['Openheid', 'Transparantie: uitleggen wat we doen'],
  },
  {
    key: 'klantreis',
    kind: 'project',
    title: 'Data in de dienstverlening: klantreis vergunningen',
    description:
      'Met klantcontactgegevens en doorlooptijden de klantreis voor vergunningen verbeteren, in korte sprints met het team.',
    goal: 'Kortere doorlooptijd en minder telefoontjes over de stand van zaken.',
    dimension: 'agile-experimenteren',
    bouwsteen: 'agile-aanpak',
    from: 5,
    to: 6,
    owner: 'Anouk Jansen',
    effort: '€ 25.000',
    funding: 'aangevraagd',
    phase: 'ontwikkel',
    level: 'tactisch',
    status: 'gepland',
    after: ['datateam'],
    gaps: ['agile-experimenteren'],
    passages: ['Dijkhaven werkt datagedreven, met de inwoner voorop'],
  },
  {
    key: 'opschalen-jeugd',
    kind: 'project',
    title: 'Vroegsignalering opschalen naar alle scholen',
    description:
      'Als het experiment werkt: met de GGD uitbreiden naar alle scholen, met vaste afspraken over beheer.',
    goal: 'Elk kind dat hulp nodig heeft, wordt eerder gezien.',
    dimension: 'agile-experimenteren',
    bouwsteen: 'experimenten',
    from: 7,
    to: 9,
    owner: 'Petra van Dijk',
    effort: 'Nader te bepalen na het experiment',
    funding: 'open',
    phase: 'opschaling-en-beheer',
    level: 'tactisch',
    status: 'gepland',
    after: ['pilot-jeugd'],
    gaps: ['agile-experimenteren'],
    passages: ['Samen met de ketenpartners'],
  },
  {
    key: 'fysiek',
    kind: 'project',
    title: 'Sturen op data in het fysiek domein',
    description:
      'Sensordata en meldingen openbare ruimte gebruiken om onderhoud te plannen, na de aanpak in het sociaal domein.',
    goal: 'Onderhoud waar het nodig is, niet volgens vast rooster.',
    dimension: 'data',
    bouwsteen: 'experimenten',
    from: 8,
    to: 10,
    owner: 'Jeroen Mulder',
    effort: '€ 50.000',
    funding: 'open',
    phase: 'opschaling-en-beheer',
    level: 'tactisch',
    status: 'gepland',
    after: ['sturing-sociaal'],
    gaps: ['data'],
    passages: ['Sturen op de maatschappelijke opgaven'],
  },
  {
    key: 'borging-lijn',
    kind: 'project',
    title: 'Datagedreven werken borgen in de lijn',
    description:
      'Het programma overdragen aan de lijn: taken, rollen en budget bij de afdelingen, de planning & control-cyclus met cijfers.',
    goal: 'Het gaat door als het programma stopt.',
    dimension: 'leiderschap-strategie',
    bouwsteen: 'bestuurlijk-draagvlak',
    from: 9,
    to: 11,
    owner: 'Frank Veenstra',
    effort: '0,2 fte programmamanagement',
    funding: 'open',
    phase: 'opschaling-en-beheer',
    level: 'strategisch',
    status: 'gepland',
    after: ['begroting'],
    gaps: ['leiderschap-strategie', 'governance'],
    passages: ['Structureel budget', 'Eigenaarschap belegd'],
  },
  {
    key: 'meting-2',
    kind: 'mijlpaal',
    title: '2-meting en nieuwe routekaart',
    description:
      'De derde meting, de evaluatie van drie jaar en het voorstel voor de volgende routekaart.',
    goal: 'Verantwoorden wat de drie jaar hebben opgeleverd.',
    dimension: 'leiderschap-strategie',
    bouwsteen: 'bestuurlijk-draagvlak',
    from: 11,
    to: 11,
    owner: 'Ingrid Hoekstra',
    effort: '10 dagen',
    funding: 'open',
    phase: 'opschaling-en-beheer',
    level: 'strategisch',
    status: 'gepland',
    after: ['meting-1'],
    gaps: [],
    passages: ['Dijkhaven werkt datagedreven, met de inwoner voorop'],
  },
  {
    key: 'informatiebeveiliging',
    kind: 'activiteit',
    title: 'Toegangsrechten tot gegevens opschonen',
    description:
      'Per applicatie nagaan wie bij welke gegevens kan, en rechten intrekken die niet meer nodig zijn.',
    goal: 'Alleen wie het nodig heeft, kan bij gegevens van inwoners.',
    dimension: 'privacy-ethiek',
    bouwsteen: 'data-architectuur',
    from: 2,
    to: 3,
    owner: 'Chief information security officer',
    effort: '25 dagen',
    funding: 'geregeld',
    phase: 'begin',
    level: 'tactisch',
    status: 'gepland',
    gaps: ['privacy-ethiek'],
    passages: ['Veiligheid & privacy: zorgvuldig met gegevens van inwoners'],
  },
];

/** Progress so far: days before the demo is made, the item, the text, the status it set. */
const UPDATES: { days: number; item: string; text: string; status: RoadmapStatus | null }[] = [
  {
    days: 80,
    item: 'portaal',
    text: 'Inventarisatie klaar: veertien dashboards gevonden, waarvan negen nog in gebruik.',
    status: 'lopend',
  },
  {
    days: 50,
    item: 'portaal',
    text: 'Portaal live op intranet met negen dashboards, elk met eigenaar en uitleg.',
    status: 'gereed',
  },
  {
    days: 70,
    item: 'privacy-check',
    text: 'Vragenlijst vastgesteld en opgenomen in het projectstartformulier.',
    status: 'gereed',
  },
  {
    days: 60,
    item: 'datacafe',
    text: 'Eerste datacafé met het team Publiekszaken: ruim dertig collega’s.',
    status: 'lopend',
  },
  {
    days: 45,
    item: 'eigenaarschap',
    text: 'Eigenaren benoemd voor de BRP, de BAG en het klantcontactsysteem.',
    status: 'lopend',
  },
  {
    days: 12,
    item: 'eigenaarschap',
    text: 'Nog open: het zaaksysteem en de bestanden van het sociaal domein. Gesprek met de GGD gepland.',
    status: null,
  },
  {
    days: 20,
    item: 'dashboards-beheer',
    text: 'Twee dashboards uitgezet die niemand meer opende; verzoekenlijst staat in het portaal.',
    status: 'lopend',
  },
];

export async function addDemoRoadmap(today: CoreContext, engagementId: string): Promise<void> {
  // The plan started last quarter; its items were put in before the first updates.
  const start = addQuarters(quarterOf(today.now()), -1);
  const ctx = demoDaysAgo(today, 85);
  const people = new Map(
    (await listEngagementStakeholders(ctx, engagementId)).map((s) => [s.name, s.id]),
  );
  const passages = new Map(
    (await listVisionPassages(ctx, engagementId)).map((p) => [p.title, p.id]),
  );
  await roadmap.updateSettings(ctx, engagementId, { startQuarter: start, horizonYears: 3 });
  const ids = new Map<string, string>();
  for (const item of ITEMS) {
    const stakeholderId = people.get(item.owner) ?? null;
    const created = await roadmap.createItem(ctx, engagementId, {
      kind: item.kind,
      title: item.title,
      description: item.description,
      goal: item.goal,
      dimensionId: item.dimension,
      bouwsteen: item.bouwsteen,
      startQuarter: addQuarters(start, item.from),
      endQuarter: addQuarters(start, item.to),
      ownerStakeholderId: stakeholderId,
      ownerText: stakeholderId ? '' : item.owner,
      effort: item.effort,
      funding: item.funding,
      phase: item.phase,
      level: item.level,
      // What has happened since comes with the updates below.
      status: 'gepland',
    });
    ids.set(item.key, created.id);
    await roadmap.setLinks(
      ctx,
      engagementId,
      created.id,
      item.gaps,
      item.passages.map((title) => passages.get(title)).filter((id) => id !== undefined),
    );
  }
  for (const item of ITEMS)
    for (const on of item.after ?? [])
      await roadmap.addDependency(ctx, engagementId, ids.get(item.key)!, ids.get(on)!);
  for (const u of UPDATES) {
    const at = demoDaysAgo(today, u.days);
    await roadmap.addUpdate(at, engagementId, ids.get(u.item)!, {
      date: at.now().slice(0, 10),
      text: u.text,
      status: u.status,
    });
  }
}
