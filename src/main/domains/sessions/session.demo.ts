import type { SessionPartFields, SessionPartKind } from '../../../shared/domain/session.js';
import type { CoreContext } from '../../core/core-context.js';
import { listThemes } from '../findings/theme.repository.js';
import * as s from './session.service.js';

// The demo engagement's work sessions (step 2 of the method), made through the same services a
// user's clicks go through: a raadssessie with the town's opgaven, two examples and two
// statements tallied in two rounds, and a world café with three theme tables in two rounds.

interface DemoTable {
  kind: 'tafel' | 'opgave';
  title: string;
  host: string;
  body: string;
  /** Inputs per round: rounds[0] is round 1. */
  rounds: string[][];
}

const RAADSSESSIE_OPGAVEN: DemoTable[] = [
  {
    kind: 'opgave',
    title: 'Duurzaamheid & energietransitie',
    host: 'Joris Ravenstein',
    body: 'Waar helpt data de gemeente om de warmtetransitie wijk voor wijk te plannen?',
    rounds: [
      [
        'Per wijk in beeld brengen welke woningen het eerst van het gas af kunnen, op basis van bouwjaar en energielabel.',
        'Zonnepanelen op daken van gemeentelijk vastgoed: we weten niet eens welke daken geschikt zijn.',
        'Inwoners willen hun eigen verbruik kunnen vergelijken met de wijk, zonder dat de gemeente meekijkt.',
      ],
    ],
  },
  {
    kind: 'opgave',
    title: 'Woningbouw',
    host: 'Marloes van der Veen',
    body: 'Welke cijfers heeft de raad nodig om keuzes te maken over bouwlocaties?',
    rounds: [
      [
        'Een actueel beeld van de woningbehoefte per doelgroep: starters, ouderen, arbeidsmigranten.',
        'Doorlooptijden van vergunningen zichtbaar maken, zodat we zien waar het vastloopt.',
        'Raadslid: "Ik krijg nu drie verschillende cijfers over de woningvoorraad, uit drie verschillende bronnen."',
      ],
    ],
  },
  {
    kind: 'opgave',
    title: 'Armoedebestrijding',
    host: 'Joris Ravenstein',
    body: 'Kunnen we met data huishoudens eerder bereiken die recht hebben op ondersteuning?',
    rounds: [
      [
        'Vroegsignalering van betalingsachterstanden (huur, energie, zorgverzekering) werkt alleen als we die signalen ook mogen combineren.',
        'Niet-gebruik van regelingen is groot; met data kunnen we gericht mensen benaderen, maar dat moet zorgvuldig.',
        'Zorg dat de menselijke maat voorop blijft staan: een signaal is geen oordeel.',
      ],
    ],
  },
];

const WORLD_CAFE_TABLES: DemoTable[] = [
  {
    kind: 'tafel',
    title: 'Ethiek',
    host: 'Marloes van der Veen',
    body: 'Wat vinden wij verantwoord om met data te doen, en wie beslist daarover?',
    rounds: [
      [
        'Een ethisch normenkader waar we echt mee werken, niet een document in een la.',
        'Bij elk algoritme vooraf de vraag: wie kan hierdoor benadeeld worden?',
        'Medewerkers durven nu niet te zeggen dat ze twijfels hebben over een toepassing.',
      ],
      [
        'Een laagdrempelig ethisch beraad: een uur, drie collega’s, één casus.',
        'Transparant zijn naar inwoners over welke algoritmes we gebruiken (algoritmeregister bijhouden).',
      ],
    ],
  },
  {
    kind: 'tafel',
    title: 'Privacy',
    host: 'Joris Ravenstein',
    body: 'Hoe combineren we zorgvuldig omgaan met persoonsgegevens met beter gebruik van data?',
    rounds: [
      [
        'De privacy officer wordt nu te laat betrokken; dan is het antwoord vaak "nee".',
        'Veel teams weten niet welke gegevens ze mogen delen met een ander team.',
        'Duidelijke standaardafspraken voor pseudonimiseren, zodat niet elk project opnieuw begint.',
      ],
      [
        'Een DPIA-sjabloon dat in een middag in te vullen is.',
        'Privacy als ontwerpeis in elke aanbesteding.',
      ],
    ],
  },
  {
    kind: 'tafel',
    title: 'Governance',
    host: 'Sanne Bakker',
    body: 'Wie is eigenaar van welke data, en wie zorgt dat datagedreven werken niet stilvalt?',
    rounds: [
      [
        'Elke kernregistratie een eigenaar met mandaat, en dat staat ook in de functieomschrijving.',
        'Een datacoördinator per domein als aanspreekpunt.',
        'Zonder structureel budget blijft het bij losse pilots.',
      ],
      [
        'Een datagovernance-overleg dat vier keer per jaar prioriteiten stelt, met de directie aan tafel.',
        'Datakwaliteit meten en bespreken in het MT, net als financiën.',
      ],
    ],
  },
];

async function addInputs(
  ctx: CoreContext,
  engagementId: string,
  partId: string,
  rounds: string[][],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, texts] of rounds.entries()) {
    for (const text of texts)
      ids.push((await s.addInput(ctx, engagementId, partId, i + 1, text)).id);
  }
  return ids;
}

async function addTables(
  ctx: CoreContext,
  engagementId: string,
  sessionId: string,
  tables: DemoTable[],
): Promise<Map<string, string[]>> {
  const inputs = new Map<string, string[]>();
  for (const table of tables) {
    const fields: Partial<SessionPartFields> & { title: string } = {
      title: table.title,
      host: table.host,
      body: table.body,
      rounds: table.rounds.length,
    };
    const session = await s.addPart(ctx, engagementId, sessionId, table.kind, fields);
    const part = session.parts.find((p) => p.title === table.title && p.kind === table.kind)!;
    inputs.set(table.title, await addInputs(ctx, engagementId, part.id, table.rounds));
  }
  return inputs;
}

/**
 * Puts the parts under the agenda item they belong to (they were added at the end): `under`
 * maps an agenda item's index in the type's agenda to the kind of part that follows it.
 */
async function orderUnderAgenda(
  ctx: CoreContext,
  engagementId: string,
  sessionId: string,
  under: Partial<Record<number, SessionPartKind>>,
): Promise<void> {
  const { parts } = await s.getSession(ctx, engagementId, sessionId);
  const agenda = parts.filter((p) => p.kind === 'agendapunt');
  const order: string[] = [];
  for (const [i, item] of agenda.entries()) {
    order.push(item.id);
    const kind = under[i];
    if (kind) order.push(...parts.filter((p) => p.kind === kind).map((p) => p.id));
  }
  for (const p of parts) if (!order.includes(p.id)) order.push(p.id);
  for (const [position, id] of order.entries()) await s.movePart(ctx, engagementId, id, position);
}

export async function addDemoSessions(ctx: CoreContext, engagementId: string): Promise<void> {
  const db = ctx.open.get(engagementId).file.db;
  const themes = new Map((await listThemes(db)).map((t) => [t.name, t.id]));
  const themeIds = (...names: string[]) =>
    names.map((n) => themes.get(n)).filter((id): id is string => id !== undefined);

  // The council session: held, reported back.
  const raad = await s.createSession(ctx, engagementId, 'raadssessie', {
    title: 'Raadsinformatiebijeenkomst: data en de opgaven van Dijkhaven',
    goal: 'De raad denkt mee over de rol van data bij de grootste opgaven van de gemeente en herkent die opgaven straks in de visie.',
    scheduledAt: '2026-03-12T19:30',
    room: 'Raadzaal, stadhuis Dijkhaven',
    facilitators: ['Marloes van der Veen', 'Joris Ravenstein'],
    audienceGroups: ['raadslid', 'wethouder'],
    participantCount: 19,
    notes:
      'Goede opkomst: 17 raadsleden uit alle fracties en twee wethouders. De griffie vraagt het verslag voor de volgende commissievergadering.',
  });
  for (const [title, municipality, year, appeal] of [
    [
      'Visie datagedreven werken Waterstede',
      'Gemeente Waterstede',
      2023,
      'Eén pagina, in gewone taal, met per maatschappelijke opgave een concreet voorbeeld. Raadsleden vonden vooral de ethische principes aan het begin sterk.',
    ],
    [
      'Datastrategie Noordveen',
      'Gemeente Noordveen',
      2024,
      'De koppeling met het coalitieakkoord en een jaarlijkse voortgangsrapportage aan de raad.',
    ],
  ] as const) {
    await s.addPart(ctx, engagementId, raad.id, 'voorbeeld', { title, municipality, year, appeal });
  }
  const opgaven = await addTables(ctx, engagementId, raad.id, RAADSSESSIE_OPGAVEN);
  for (const [statementId, tallies] of [
    [
      'ethiek-1',
      [
        { eens: 3, oneens: 12, neutraal: 4 },
        { eens: 2, oneens: 15, neutraal: 2 },
      ],
    ],
    [
      'open-data-5',
      [
        { eens: 9, oneens: 4, neutraal: 6 },
        { eens: 14, oneens: 3, neutraal: 2 },
      ],
    ],
  ] as const) {
    const session = await s.addStatementFromBank(ctx, engagementId, raad.id, statementId);
    const part = session.parts.find((p) => p.bankStatementId === statementId)!;
    for (const [i, counts] of tallies.entries()) {
      await s.setTally(ctx, engagementId, part.id, i + 1, counts);
      await s.revealTally(ctx, engagementId, part.id, i + 1, true);
    }
    await s.addInput(
      ctx,
      engagementId,
      part.id,
      2,
      statementId === 'ethiek-1'
        ? 'Na het gesprek nog duidelijker: de raad wil dat een mens het besluit neemt en kan uitleggen.'
        : 'Verschoof na het gesprek: raadsleden willen dezelfde informatie als het college, maar wel met uitleg erbij.',
    );
  }
  const woningbouw = opgaven.get('Woningbouw')!;
  await s.inputToFinding(ctx, engagementId, woningbouw[2]!, {
    statement:
      'De raad krijgt tegenstrijdige cijfers over de woningvoorraad uit verschillende bronnen.',
    kind: 'uitdaging',
    themeIds: themeIds('Datakwaliteit'),
    importance: 3,
  });
  // The agenda of a raadssessie: welcome, examples, opgaven, statements, feedback.
  await orderUnderAgenda(ctx, engagementId, raad.id, {
    1: 'voorbeeld',
    2: 'opgave',
    3: 'stelling',
  });
  // Planned weeks before, like a real session, not on the day the demo is made.
  await s.setSessionStatusDate(ctx, engagementId, raad.id, 'gepland', '2026-02-16');
  await s.setSessionStatus(ctx, engagementId, raad.id, 'gehouden', '2026-03-12');
  await s.setSessionStatus(ctx, engagementId, raad.id, 'verwerkt', '2026-03-16');
  await s.setSessionStatus(ctx, engagementId, raad.id, 'teruggekoppeld', '2026-03-24');

  // The world café: held, being processed.
  const cafe = await s.createSession(ctx, engagementId, 'world-cafe', {
    title: 'World café: wat moet er in onze datavisie?',
    goal: 'Breed in de organisatie ophalen wat er in de visie op datagedreven werken moet terugkomen, per thema.',
    scheduledAt: '2026-03-19T13:30',
    room: 'Kantine, stadskantoor',
    facilitators: ['Marloes van der Veen', 'Joris Ravenstein', 'Sanne Bakker'],
    audienceGroups: ['teammanager', 'beleidsmedewerker', 'beheerder', 'programmateam'],
    participantCount: 28,
    notes:
      'Twee rondes van 25 minuten in plaats van drie: de opening liep uit. Volgende keer de tafelvragen vooraf mailen.',
  });
  const tables = await addTables(ctx, engagementId, cafe.id, WORLD_CAFE_TABLES);
  await orderUnderAgenda(ctx, engagementId, cafe.id, { 0: 'tafel' });
  const governance = tables.get('Governance')!;
  // Dots on the ideas at the end.
  for (const [inputId, dots] of [
    [governance[0]!, 9],
    [governance[2]!, 7],
    [tables.get('Ethiek')![3]!, 6],
    [tables.get('Privacy')![0]!, 5],
    [tables.get('Privacy')![2]!, 4],
    [governance[4]!, 2],
  ] as const) {
    for (let i = 0; i < dots; i++) await s.voteInput(ctx, engagementId, inputId, 1);
  }
  await s.inputToFinding(ctx, engagementId, governance[0]!, {
    kind: 'randvoorwaarde',
    themeIds: themeIds('Governance & eigenaarschap'),
    importance: 3,
  });
  await s.inputToFinding(ctx, engagementId, tables.get('Privacy')![0]!, {
    kind: 'uitdaging',
    themeIds: themeIds('Privacy & informatieveiligheid'),
  });
  for (const itemId of ['wc-uitnodiging', 'wc-tafels', 'wc-materiaal', 'wc-scherm']) {
    await s.setSessionChecklistItem(ctx, engagementId, cafe.id, itemId, true);
  }
  await s.setSessionStatusDate(ctx, engagementId, cafe.id, 'gepland', '2026-02-23');
  await s.setSessionStatus(ctx, engagementId, cafe.id, 'gehouden', '2026-03-19');
  await s.setSessionStatus(ctx, engagementId, cafe.id, 'verwerkt', '2026-03-23');
}
