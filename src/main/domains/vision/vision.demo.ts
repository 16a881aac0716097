import type { CoreContext } from '../../core/core-context.js';
import type { Finding, FindingKind } from '../../../shared/domain/finding.js';
import type { VisionPassageFields, VisionPassageKind } from '../../../shared/domain/vision.js';
import { listEngagementStakeholders } from '../stakeholders/stakeholder.service.js';
import { listEngagementFindings } from '../findings/finding.service.js';
import { listEngagementThemes } from '../findings/theme.service.js';
import * as vision from './vision.service.js';

// The demo engagement's vision (gemeente Dijkhaven): a kernvisie, four themavisies in the
// manner of Den Helder (ethiek, transparantie, veiligheid & privacy, datavaardigheid) with what
// each means for inhabitants, staff and the board and a wethouder per portfolio, ambities,
// kernwaarden and randvoorwaarden, each resting on the demo's findings. Two concept versions are
// frozen with the feedback they had: 0.1 went to the directie and the wethouders, 0.2 to the
// raadswerkgroep. Made through the services, as a user's clicks would.

interface DemoPassage {
  kind: VisionPassageKind;
  title: string;
  /** The text in 0.1, where it differs from today's. */
  first?: Partial<VisionPassageFields>;
  fields: Partial<VisionPassageFields>;
  /** Engagement theme (by Dutch name) it answers. */
  theme?: string;
  /** The wethouder (demo stakeholder name) whose portfolio it is in. */
  holder?: string;
  /** Which findings support it: of these themes, or of this kind; the strongest first. */
  support: { themes?: string[]; kinds?: FindingKind[]; count: number };
  /** Added after 0.1 (so the diff shows a new passage). */
  sinceSecond?: boolean;
}

const KUIPER = 'Gerard Kuiper';
const DEKKER = 'Yvonne Dekker';

const PASSAGES: DemoPassage[] = [
  {
    kind: 'kernvisie',
    title: 'Dijkhaven werkt datagedreven, met de inwoner voorop',
    first: {
      body: 'Dijkhaven wordt een datagestuurde gemeente. We gebruiken data om beter te sturen op de grote opgaven: de dijkversterking, de woningbouw en de bestrijding van armoede.',
    },
    fields: {
      body: 'In 2030 neemt Dijkhaven besluiten die onderbouwd zijn met betrouwbare gegevens, en kan ze aan iedere inwoner uitleggen hoe. Data helpen ons om de grote opgaven – de dijkversterking, de woningbouw en de bestrijding van armoede – beter te begrijpen en eerder bij te sturen. Mensen besluiten; data informeren. Zo blijft de menselijke maat het uitgangspunt.',
    },
    support: { kinds: ['ambitie', 'must-have'], count: 4 },
  },
  {
    kind: 'themavisie',
    title: 'Ethiek: verantwoord omgaan met data',
    theme: 'Ethiek',
    holder: DEKKER,
    fields: {
      body: 'Voordat we data inzetten, vragen we ons af of het mag, of het kan en of het wenselijk is. Een ethische commissie toetst nieuwe toepassingen met het normenkader van de gemeente, en we letten in het bijzonder op vooroordelen in gegevens en algoritmes.',
      forInhabitants:
        'Inwoners kunnen erop rekenen dat data nooit het laatste woord hebben over hun situatie. Bij twijfel kijkt altijd een medewerker mee.',
      forStaff:
        'Medewerkers weten bij wie ze terechtkunnen met een ethische vraag en krijgen de ruimte om die vraag te stellen.',
      forBoard:
        'Het college stelt het ethisch normenkader vast en de raad krijgt jaarlijks een overzicht van wat de commissie heeft getoetst.',
    },
    support: { themes: ['Ethiek'], count: 4 },
  },
  {
    kind: 'themavisie',
    title: 'Transparantie: uitleggen wat we doen',
    theme: 'Transparantie',
    holder: KUIPER,
    first: {
      forInhabitants:
        'Inwoners kunnen in het algoritmeregister zien welke algoritmes de gemeente gebruikt.',
    },
    fields: {
      body: 'We zijn open over welke gegevens we gebruiken en waarvoor. Algoritmes die over inwoners gaan, staan in het algoritmeregister, en wat we openbaar kunnen maken, maken we openbaar.',
      forInhabitants:
        'Inwoners kunnen in het algoritmeregister zien welke algoritmes de gemeente gebruikt, en krijgen bij een besluit in gewone taal uitgelegd welke gegevens daarbij een rol speelden.',
      forStaff:
        'Medewerkers leggen vast waarom een gegevensbron is gebruikt, zodat een collega het later kan navertellen.',
      forBoard:
        'Raad en college zien in de jaarrekening wat er met data is bereikt, en waar het tegenviel.',
    },
    support: { themes: ['Transparantie'], count: 4 },
  },
  {
    kind: 'themavisie',
    title: 'Veiligheid & privacy: zorgvuldig met gegevens van inwoners',
    theme: 'Privacy & informatieveiligheid',
    holder: KUIPER,
    fields: {
      body: 'Gegevens van inwoners zijn aan ons toevertrouwd. We gebruiken ze alleen voor het doel waarvoor ze zijn verzameld, doen een DPIA waar dat moet en geven alleen toegang aan wie de gegevens voor het werk nodig heeft.',
      forInhabitants:
        'Inwoners kunnen erop vertrouwen dat hun gegevens veilig zijn, en kunnen opvragen wat de gemeente van hen vastlegt.',
      forStaff:
        'Medewerkers weten welke gegevens ze mogen combineren en vragen het de privacy officer als ze het niet zeker weten.',
      forBoard:
        'De directie is eigenaar van de informatieveiligheid en rapporteert elk half jaar aan het college.',
    },
    support: { themes: ['Privacy & informatieveiligheid'], count: 4 },
  },
  {
    kind: 'themavisie',
    title: 'Datavaardigheid: iedereen kan met data werken',
    theme: 'Datavaardigheid',
    holder: KUIPER,
    first: {
      forStaff: 'Alle medewerkers volgen een training datavaardigheid.',
    },
    fields: {
      body: 'Datagedreven werken vraagt meer dan techniek. We investeren in de kennis en vaardigheden van medewerkers en bestuurders, zodat zij de juiste vragen stellen en cijfers goed kunnen lezen.',
      forInhabitants:
        'Inwoners merken dat medewerkers hun vraag sneller en beter beantwoorden, omdat ze de gegevens kennen en kunnen duiden.',
      forStaff:
        'Iedere medewerker krijgt een basistraining datavaardigheid; wie meer met data werkt, volgt een verdiepingstraject. Teammanagers bespreken cijfers in hun teamoverleg.',
      forBoard:
        'Raadsleden en collegeleden krijgen een eigen sessie over het lezen van dashboards en het stellen van kritische vragen over data.',
    },
    support: { themes: ['Datavaardigheid'], count: 4 },
  },
  {
    kind: 'ambitie',
    title: 'Eén betrouwbare bron per gegeven',
    fields: {
      body: 'In 2028 is voor elk kerngegeven één bron aangewezen, met een eigenaar die verantwoordelijk is voor de kwaliteit.',
    },
    support: { themes: ['Datakwaliteit', 'Governance & eigenaarschap'], count: 3 },
  },
  {
    kind: 'ambitie',
    title: 'Sturen op de maatschappelijke opgaven',
    fields: {
      body: 'Voor de drie grote opgaven heeft het college in 2027 een gedeeld beeld met cijfers die het hele jaar actueel zijn, in plaats van losse rapportages per afdeling.',
    },
    support: { themes: ['Maatschappelijke opgaven'], count: 3 },
  },
  {
    kind: 'ambitie',
    title: 'Samen met de ketenpartners',
    sinceSecond: true,
    fields: {
      body: 'Met de woningcorporatie en het waterschap spreken we af welke gegevens we delen, zodat inwoners niet drie keer hetzelfde hoeven te vertellen.',
    },
    support: { themes: ['Samenwerking in de keten'], count: 2 },
  },
  {
    kind: 'kernwaarde',
    title: 'Menselijke maat',
    fields: { body: 'Data ondersteunen het oordeel van mensen, ze vervangen het niet.' },
    support: { count: 0 },
  },
  {
    kind: 'kernwaarde',
    title: 'Openheid',
    fields: { body: 'We leggen uit wat we doen, ook als het niet goed gaat.' },
    support: { count: 0 },
  },
  {
    kind: 'kernwaarde',
    title: 'Betrouwbaarheid',
    fields: { body: 'Wat we over inwoners vastleggen, klopt en is veilig.' },
    support: { count: 0 },
  },
  {
    kind: 'randvoorwaarde',
    title: 'Eigenaarschap belegd',
    fields: {
      body: 'Elke gegevensverzameling heeft een eigenaar in de lijn, niet alleen bij de afdeling I&A.',
    },
    support: { kinds: ['randvoorwaarde'], count: 2 },
  },
  {
    kind: 'randvoorwaarde',
    title: 'Een ethisch normenkader dat werkt',
    fields: {
      body: 'Het normenkader is vastgesteld voordat nieuwe toepassingen met persoonsgegevens starten.',
    },
    support: { count: 0 },
  },
  {
    kind: 'randvoorwaarde',
    title: 'Structureel budget',
    fields: {
      body: 'Datagedreven werken krijgt een vaste plek in de begroting, niet alleen projectgeld.',
    },
    support: { count: 0 },
  },
];

/** The strongest findings that fit: must-haves first, then by importance, then by wording. */
function supporting(
  findings: readonly Finding[],
  themeIds: ReadonlySet<string>,
  kinds: ReadonlySet<FindingKind>,
  count: number,
  taken: Set<string>,
): string[] {
  const fits = findings.filter(
    (f) =>
      !taken.has(f.id) &&
      ((themeIds.size > 0 && f.themeIds.some((t) => themeIds.has(t))) || kinds.has(f.kind)),
  );
  fits.sort(
    (a, b) =>
      Number(b.kind === 'must-have') - Number(a.kind === 'must-have') ||
      b.importance - a.importance ||
      a.statement.localeCompare(b.statement, 'nl'),
  );
  const ids = fits.slice(0, count).map((f) => f.id);
  for (const id of ids) taken.add(id);
  return ids;
}

/**
 * The core as it was `days` days ago: the demo's vision is written and frozen over the weeks
 * before the presentations and decisions of step 4 (adoption.demo.ts), so the engagement's
 * timeline reads in order. Versions cannot be back-dated once frozen; they are frozen then.
 */
export const demoDaysAgo = (ctx: CoreContext, days: number): CoreContext => ({
  ...ctx,
  now: () => new Date(Date.parse(ctx.now()) - days * 86_400_000).toISOString(),
});

/** When the demo wrote what: the first draft, 0.1, the rework, 0.2, the GGD added. */
export const DEMO_VISION_DAYS = { draft: 75, first: 70, rework: 46, second: 42, after: 38 };

export async function addDemoVision(today: CoreContext, engagementId: string): Promise<void> {
  const D = DEMO_VISION_DAYS;
  let ctx = demoDaysAgo(today, D.draft);
  const people = new Map(
    (await listEngagementStakeholders(ctx, engagementId)).map((s) => [s.name, s]),
  );
  const themes = new Map(
    (await listEngagementThemes(ctx, engagementId)).map((t) => [t.name, t.id]),
  );
  const findings = await listEngagementFindings(ctx, engagementId);
  const taken = new Set<string>();
  const created = new Map<DemoPassage, string>();

  await vision.setPosterSettings(ctx, engagementId, {
    title: 'Dijkhaven werkt datagedreven',
    layout: 'kolommen',
    format: 'A3',
  });

  // Version 0.1: the first draft, as it went to the directie and the wethouders.
  for (const p of PASSAGES.filter((x) => !x.sinceSecond)) {
    const holder = p.holder ? people.get(p.holder) : undefined;
    const saved = await vision.createPassage(ctx, engagementId, {
      ...p.fields,
      ...p.first,
      kind: p.kind,
      title: p.title,
      themeId: p.theme ? (themes.get(p.theme) ?? null) : null,
      portfolioHolderId: holder?.group === 'wethouder' ? holder.id : null,
    });
    created.set(p, saved.id);
  }
  const linkAll = async (list: readonly DemoPassage[]) => {
    for (const p of list) {
      const themeIds = new Set(
        (p.support.themes ?? []).map((t) => themes.get(t)).filter((t) => t !== undefined),
      );
      const ids = supporting(
        findings,
        themeIds,
        new Set(p.support.kinds ?? []),
        p.support.count,
        taken,
      );
      for (const findingId of ids)
        await vision.linkFinding(ctx, engagementId, created.get(p)!, findingId);
    }
  };
  await linkAll(PASSAGES.filter((x) => !x.sinceSecond));
  ctx = demoDaysAgo(today, D.first);
  const first = await vision.freezeVersion(
    ctx,
    engagementId,
    'concept',
    'Eerste opzet voor de directie en de wethouders.',
  );

  const passageId = (title: string) => created.get(PASSAGES.find((p) => p.title === title)!)!;
  const whoId = (name: string) => people.get(name)?.id ?? null;
  const feedback = [
    {
      version: first.id,
      passage: 'Dijkhaven werkt datagedreven, met de inwoner voorop',
      text: '“Datagestuurd” klinkt alsof de computer beslist. Dat willen we juist niet uitstralen; maak er “datagedreven” van en zeg dat mensen besluiten.',
      from: 'Frank Veenstra',
      disposition: 'verwerkt' as const,
      reason: '',
    },
    {
      version: first.id,
      passage: 'Datavaardigheid: iedereen kan met data werken',
      text: 'Eén training voor iedereen is te weinig voor de collega’s die dagelijks met data werken. Maak onderscheid tussen basis en verdieping.',
      from: 'Anouk Jansen',
      disposition: 'verwerkt' as const,
      reason: '',
    },
    {
      version: first.id,
      passage: null,
      text: 'Kunnen we de visie niet beperken tot drie thema’s? Vier is veel voor een poster.',
      from: KUIPER,
      disposition: 'niet-verwerkt' as const,
      reason:
        'Alle vier de thema’s kwamen in de interviews en de raadssessie vaak terug; we laten er geen vallen. Op de poster krijgen ze wel minder tekst.',
    },
  ];
  for (const f of feedback)
    await vision.createFeedback(ctx, engagementId, f.version, {
      passageId: f.passage ? passageId(f.passage) : null,
      text: f.text,
      fromText: '',
      fromStakeholderId: whoId(f.from),
      disposition: f.disposition,
      reason: f.reason,
    });

  // Version 0.2: the feedback worked in, the chain partners added, for the raadswerkgroep.
  ctx = demoDaysAgo(today, D.rework);
  for (const p of PASSAGES.filter((x) => x.first && !x.sinceSecond))
    await vision.updatePassage(ctx, engagementId, created.get(p)!, p.fields);
  const added = PASSAGES.filter((x) => x.sinceSecond);
  for (const p of added) {
    const saved = await vision.createPassage(
      ctx,
      engagementId,
      { ...p.fields, kind: p.kind, title: p.title },
      // After the other ambities.
      PASSAGES.indexOf(p),
    );
    created.set(p, saved.id);
  }
  await linkAll(added);
  ctx = demoDaysAgo(today, D.second);
  const second = await vision.freezeVersion(
    ctx,
    engagementId,
    'concept',
    'Verwerkt na de reacties op 0.1; voor de raadswerkgroep.',
  );
  for (const f of [
    {
      passage: 'Transparantie: uitleggen wat we doen',
      text: 'Mooi dat het algoritmeregister erin staat. Kunnen inwoners ook bezwaar maken als een algoritme een rol speelde?',
      from: 'Fatima Amrani',
      disposition: 'open' as const,
    },
    {
      passage: 'Samen met de ketenpartners',
      text: 'Neem ook de GGD mee bij de ketenpartners.',
      fromText: 'Raadswerkgroep datagedreven werken',
      disposition: 'verwerkt' as const,
    },
  ])
    await vision.createFeedback(ctx, engagementId, second.id, {
      passageId: passageId(f.passage),
      text: f.text,
      fromText: f.fromText ?? '',
      fromStakeholderId: f.from ? whoId(f.from) : null,
      disposition: f.disposition,
      reason: '',
    });
  // Worked into the working copy after 0.2.
  ctx = demoDaysAgo(today, D.after);
  const partners = added[0]!;
  await vision.updatePassage(ctx, engagementId, created.get(partners)!, {
    body: 'Met de woningcorporatie, het waterschap en de GGD spreken we af welke gegevens we delen, zodat inwoners niet drie keer hetzelfde hoeven te vertellen.',
  });
}
