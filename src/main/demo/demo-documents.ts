import type { DemoDocument } from './demo-analysis-types.js';

// The key documents a consultant asks for at the start of step 1, written for Dijkhaven.
// The text stays within WinAnsi (see src/dev/demo-pdf.ts), so the PDF shows it exactly as written;
// after changing it, run `npm run demo:pdfs` to remake resources/demo.

const coalitieakkoord: DemoDocument = {
  fields: {
    title: 'Coalitieakkoord 2026-2030 "Samen koers houden"',
    type: 'coalitieakkoord',
    documentDate: '2026-04-14',
    author: 'Fracties van Dijkhaven Lokaal, Kustpartij en Samen Dijkhaven',
    summary:
      'Het akkoord van de nieuwe coalitie noemt vijf opgaven: wonen, het sociaal domein, de dijkversterking, de energietransitie en armoede. ' +
      'In het hoofdstuk dienstverlening vraagt de raad om inzicht in hoe Dijkhaven met data de dienstverlening verder kan digitaliseren. ' +
      'Het college stelt in 2026 een visie op datagedreven werken op, met de menselijke maat en de privacy van inwoners als uitgangspunt. ' +
      'Voor de uitvoering is tot en met 2027 incidenteel geld gereserveerd; structurele dekking volgt bij de begroting.',
  },
  fileName: 'coalitieakkoord-2026-2030.pdf',
  pages: [
    [
      'Dijkhaven is een gemeente aan de kust met ruim 60.000 inwoners, een haven die werk biedt en wijken die elk hun eigen karakter hebben. Wij zijn trots op die gemeente en we zien ook wat er de komende jaren op haar afkomt.',
      'De vergrijzing zet door, jongeren en starters vinden moeilijk een woning, en de kosten in het sociaal domein stijgen sneller dan onze inkomsten. De dijk moet worden versterkt, de energietransitie vraagt om keuzes per wijk, en steeds meer huishoudens komen aan het eind van de maand geld tekort.',
      'Met dit akkoord kiezen wij voor vijf opgaven: voldoende betaalbare woningen, een sociaal domein dat betaalbaar blijft en dichtbij is, een veilige kust, een eerlijke energietransitie en de aanpak van armoede. Samen koers houden betekent voor ons: doen wat we beloven, en laten zien wat het oplevert.',
    ],
    [
      'Dienstverlening en digitalisering',
      'Inwoners en ondernemers verwachten dat de gemeente snel, begrijpelijk en digitaal werkt, en dat er een mens klaarstaat als dat nodig is. De raad wil inzicht krijgen in hoe Dijkhaven de komende jaren met behulp van data de dienstverlening verder kan digitaliseren.',
      'Het college stelt in 2026 een visie op datagedreven werken op, die in het voorjaar van 2027 aan de raad wordt voorgelegd. De visie maakt duidelijk welke opgaven met betere informatie geholpen zijn en wat daarvoor in de organisatie nodig is.',
      'Daarbij staan de menselijke maat en de privacy van inwoners voorop: data ondersteunt een besluit, maar een mens neemt het. Wij zijn open over de algoritmes die de gemeente gebruikt en leggen ze vast in een openbaar register.',
      'Wij willen dat de raad beter kan sturen. Daarom krijgt de raad per opgave een beperkt aantal kerncijfers, die ieder half jaar worden bijgewerkt.',
    ],
    [
      'Financiën',
      'Het financiële perspectief vanaf 2027 is onzeker. Wij kiezen daarom voor investeringen die zich aantoonbaar terugverdienen, in geld of in maatschappelijk effect.',
      'Voor datagedreven werken en informatievoorziening reserveren wij in 2026 en 2027 samen 650.000 euro uit de algemene reserve. Een structurele dekking wordt afgewogen bij de begroting 2027, op basis van de visie en een uitvoeringsplan.',
    ],
  ],
  passages: [
    {
      text: 'De raad wil inzicht krijgen in hoe Dijkhaven de komende jaren met behulp van data de dienstverlening verder kan digitaliseren.',
      page: 2,
      note: 'De opdracht aan het college; letterlijk overnemen in de inleiding van de visie.',
    },
    {
      text: 'Daarbij staan de menselijke maat en de privacy van inwoners voorop: data ondersteunt een besluit, maar een mens neemt het.',
      page: 2,
      note: 'Ethisch uitgangspunt van de coalitie. Sluit aan bij wat wethouders en beleidsmedewerkers in de interviews zeggen.',
    },
    {
      text: 'Daarom krijgt de raad per opgave een beperkt aantal kerncijfers, die ieder half jaar worden bijgewerkt.',
      page: 2,
      note: 'Concrete belofte aan de raad; vraagt om betrouwbare, eenduidige cijfers.',
    },
    {
      text: 'Een structurele dekking wordt afgewogen bij de begroting 2027, op basis van de visie en een uitvoeringsplan.',
      page: 3,
      note: 'Geld is alleen incidenteel geregeld: risico voor de borging.',
    },
  ],
};

const visieDienstverlening: DemoDocument = {
  fields: {
    title: 'Visie op dienstverlening 2024-2028 "Dichtbij en digitaal"',
    type: 'visie-dienstverlening',
    documentDate: '2024-03-12',
    author: 'Gemeente Dijkhaven, afdeling Dienstverlening',
    summary:
      'De dienstverleningsvisie kiest voor digitaal waar het kan en persoonlijk waar het moet. ' +
      'Inwoners moeten hun gegevens maar één keer hoeven te geven en altijd kunnen zien waar hun aanvraag staat. ' +
      'Het Klant Contact Centrum moet in 2028 80 procent van de vragen in het eerste contact afhandelen; in 2023 was dat 58 procent. ' +
      'De visie noemt sturen op klantinformatie als voorwaarde, maar zegt niet hoe die informatie er komt.',
  },
  fileName: 'visie-dienstverlening-2024-2028.pdf',
  pages: [
    [
      'Dichtbij en digitaal',
      'Onze inwoners en ondernemers regelen steeds meer online. Tegelijk is er een groeiende groep voor wie de digitale weg te ingewikkeld is. Onze dienstverlening moet voor beide groepen werken: digitaal waar het kan, persoonlijk waar het moet.',
      'In 2023 handelde het Klant Contact Centrum 58 procent van de vragen direct af. De rest werd doorgezet naar een vakafdeling, vaak omdat de medewerker niet kon zien waar een aanvraag stond. De klanttevredenheid was een 7,1.',
      'Wij willen dat inwoners hun gegevens maar één keer hoeven te geven en dat zij altijd kunnen zien waar hun aanvraag of melding staat.',
    ],
    [
      'Onze doelen voor 2028',
      'Het Klant Contact Centrum handelt in 2028 80 procent van de vragen af in het eerste contact. Iedere aanvraag is digitaal te volgen. De klanttevredenheid stijgt naar minimaal een 7,5.',
      'Om te kunnen verbeteren, moeten we weten waarom inwoners contact met ons opnemen en waar het misgaat. Sturen op klantinformatie is daarom een voorwaarde voor deze visie.',
      'Digitale dienstverlening mag niemand uitsluiten. Wie hulp nodig heeft bij het digitale loket, kan terecht bij de balie in het stadskantoor, in de bibliotheek en bij het Informatiepunt Digitale Overheid.',
    ],
  ],
  passages: [
    {
      text: 'Wij willen dat inwoners hun gegevens maar één keer hoeven te geven en dat zij altijd kunnen zien waar hun aanvraag of melding staat.',
      page: 1,
      note: 'Vraagt om gekoppelde gegevens tussen KCC en vakafdelingen.',
    },
    {
      text: 'Sturen op klantinformatie is daarom een voorwaarde voor deze visie.',
      page: 2,
      note: 'Voorwaarde genoemd, maar nergens uitgewerkt: wie levert de klantinformatie?',
    },
    {
      text: 'Digitale dienstverlening mag niemand uitsluiten.',
      page: 2,
      note: 'Terug laten komen in de datavisie (digitaal kwetsbare inwoners).',
    },
  ],
};

const iaStrategie: DemoDocument = {
  fields: {
    title: 'I&A-strategie 2025-2028 "Informatie als fundament"',
    type: 'ia-strategie',
    documentDate: '2025-06-30',
    author: 'Gemeente Dijkhaven, team Informatievoorziening',
    summary:
      'De strategie beschrijft een versnipperd applicatielandschap van ongeveer 140 applicaties met veel maatwerkkoppelingen. ' +
      'Ze kiest voor werken vanuit de bron volgens de principes van Common Ground en voor een centraal datawarehouse, waarmee in 2025 een pilot is gestart. ' +
      'Voor governance stelt ze een informatieberaad en data-eigenaarschap per domein voor. ' +
      'Capaciteit en opleiding van medewerkers worden als grootste risico genoemd.',
  },
  fileName: 'ia-strategie-2025-2028.pdf',
  pages: [
    [
      'Waar staan we',
      'Dijkhaven gebruikt ongeveer 140 applicaties. Veel daarvan zijn in de loop der jaren per afdeling aangeschaft en met maatwerk aan elkaar gekoppeld. Gegevens worden daardoor op meerdere plaatsen opgeslagen en raken uit de pas.',
      'Een deel van de koppelingen werkt nog met bestanden die elke nacht worden uitgewisseld. Als een koppeling uitvalt, merken we dat pas als een medewerker een fout ziet.',
      'In 2025 is een pilot gestart met een centraal datawarehouse, gevuld met gegevens uit de basisregistraties personen en adressen en uit het zaaksysteem.',
    ],
    [
      'Onze principes',
      'Wij werken vanuit de bron: gegevens worden één keer vastgelegd, bij de bron beheerd en door anderen geraadpleegd in plaats van gekopieerd. Daarmee sluiten we aan bij Common Ground.',
      'Iedere gegevensverzameling heeft een eigenaar die verantwoordelijk is voor de kwaliteit en voor de afspraken over het gebruik. Deze eigenaren worden in 2025 per domein benoemd.',
      'Een informatieberaad onder voorzitterschap van de concerndirecteur bedrijfsvoering weegt investeringen in informatievoorziening af en bewaakt de samenhang.',
    ],
    [
      "Risico's",
      'Het grootste risico voor deze strategie is capaciteit. Het team Informatievoorziening heeft drie openstaande vacatures en veel kennis zit bij enkele medewerkers.',
      'Daarnaast vraagt werken vanuit de bron om nieuwe kennis in de hele organisatie. Zonder investering in opleiding blijft informatievoorziening iets van een klein team.',
    ],
  ],
  passages: [
    {
      text: 'Gegevens worden daardoor op meerdere plaatsen opgeslagen en raken uit de pas.',
      page: 1,
      note: 'Verklaart de verschillende cijfers die in de interviews worden genoemd.',
    },
    {
      text: 'Iedere gegevensverzameling heeft een eigenaar die verantwoordelijk is voor de kwaliteit en voor de afspraken over het gebruik. Deze eigenaren worden in 2025 per domein benoemd.',
      page: 2,
      note: 'Volgens de beheerders is dit nog niet gebeurd. Navragen bij Samira El Idrissi.',
    },
    {
      text: 'Het grootste risico voor deze strategie is capaciteit.',
      page: 3,
      note: 'Sluit aan bij de 38 vacatures die de gemeentesecretaris noemde.',
    },
  ],
};

const startnotitie: DemoDocument = {
  fields: {
    title: 'Startnotitie visie op datagedreven werken',
    type: 'beleidsnota',
    documentDate: '2026-01-22',
    author: 'Programmateam datagedreven werken',
    summary:
      'Het programmateam vertaalt de vraag van het college naar een doel, een afbakening en een processchets. ' +
      'Doel is een breed gedragen visie die in 2026 door het MT wordt vastgesteld en in 2027 door de raad wordt bekrachtigd. ' +
      'De visie gaat over de hele organisatie, niet alleen over informatievoorziening. ' +
      'Het proces kent vier stappen: analyse en interviews, werksessies met raad en organisatie, een visualisatie en het vaststellen.',
  },
  fileName: 'startnotitie-datavisie.pdf',
  pages: [
    [
      'Aanleiding',
      'Het college wil de komende jaren beter gebruikmaken van de gegevens die de gemeente al heeft, voor betere dienstverlening en om de grote opgaven in Dijkhaven aan te pakken. Er zijn in de organisatie al initiatieven, zoals de Dijkhaven Monitor, de wijkprofielen en een pilot met dashboards in het sociaal domein, maar ze staan los van elkaar.',
      'Doel van deze notitie is een gedragen visie op datagedreven werken, die richting geeft aan keuzes en die later wordt uitgewerkt in een nulmeting en een routekaart.',
    ],
    [
      'Afbakening en aanpak',
      'De visie gaat over de hele organisatie en niet alleen over informatievoorziening. Techniek is een middel; de visie gaat ook over cultuur, vaardigheden, governance, privacy en ethiek.',
      'Wij kiezen voor een aanpak in vier stappen: analyse en interviews, werksessies met raad en organisatie, het visualiseren van de visie en het vaststellen ervan. Voor de begeleiding van deze stappen halen we externe ondersteuning in huis.',
      'Draagvlak is belangrijker dan snelheid. Daarom spreken we in de eerste stap met het programmateam, teammanagers, directie, wethouders, beheerders en beleidsmedewerkers.',
    ],
  ],
  passages: [
    {
      text: 'Er zijn in de organisatie al initiatieven, zoals de Dijkhaven Monitor, de wijkprofielen en een pilot met dashboards in het sociaal domein, maar ze staan los van elkaar.',
      page: 1,
      note: 'Beginsituatie volgens het programmateam zelf.',
    },
    {
      text: 'Techniek is een middel; de visie gaat ook over cultuur, vaardigheden, governance, privacy en ethiek.',
      page: 2,
      note: "Afbakening: brede visie. Gebruiken als kapstok voor de thema's.",
    },
  ],
};

const jaarverslag: DemoDocument = {
  fields: {
    title: 'Jaarverslag 2025',
    type: 'jaarverslag',
    documentDate: '2026-04-30',
    author: 'Gemeente Dijkhaven, concernstaf',
    summary:
      'Het jaarverslag laat een overschrijding van 3,2 miljoen euro op jeugdzorg zien en een stijging van het aantal huishoudens met bijstand. ' +
      'De dienstverlening verbeterde licht: 63 procent van de vragen werd in het eerste contact afgehandeld. ' +
      'Er werden 17 datalekken gemeld, waarvan 2 bij de Autoriteit Persoonsgegevens. ' +
      'In de paragraaf bedrijfsvoering staat dat de verantwoording over het sociaal domein laat komt doordat gegevens van zorgaanbieders laat binnenkomen.',
  },
  fileName: 'jaarverslag-2025.pdf',
  pages: [
    [
      'Kerncijfers 2025',
      'Dijkhaven telde op 1 januari 2026 60.840 inwoners en 28.310 huishoudens. Het aantal huishoudens met een bijstandsuitkering steeg van 1.412 naar 1.486.',
      'De uitgaven aan jeugdzorg kwamen 3,2 miljoen euro hoger uit dan begroot. De overschrijding werd pas in het najaar zichtbaar, omdat declaraties van zorgaanbieders met een vertraging van drie tot zes maanden binnenkomen.',
      'In 2025 werden 164 woningen opgeleverd, tegen een doel van 250.',
    ],
    [
      'Bedrijfsvoering',
      'Het Klant Contact Centrum handelde 63 procent van de vragen in het eerste contact af. Het ziekteverzuim was 6,4 procent; eind 2025 stonden 38 vacatures open.',
      'Er werden 17 datalekken gemeld bij de functionaris gegevensbescherming, waarvan 2 bij de Autoriteit Persoonsgegevens. De meeste lekken ontstonden doordat e-mail met persoonsgegevens naar de verkeerde ontvanger werd gestuurd.',
      'De verantwoording over het sociaal domein blijft kwetsbaar, omdat de informatie afhankelijk is van handmatige bewerkingen in spreadsheets.',
    ],
  ],
  passages: [
    {
      text: 'De overschrijding werd pas in het najaar zichtbaar, omdat declaraties van zorgaanbieders met een vertraging van drie tot zes maanden binnenkomen.',
      page: 1,
      note: 'Sturingsinformatie komt te laat; vergelijk het interview met de teammanager sociaal domein.',
    },
    {
      text: 'Er werden 17 datalekken gemeld bij de functionaris gegevensbescherming, waarvan 2 bij de Autoriteit Persoonsgegevens.',
      page: 2,
      note: 'Bewustzijn privacy en informatieveiligheid.',
    },
    {
      text: 'De verantwoording over het sociaal domein blijft kwetsbaar, omdat de informatie afhankelijk is van handmatige bewerkingen in spreadsheets.',
      page: 2,
      note: 'De accountant noemt hetzelfde in de managementletter.',
    },
  ],
};

/** Five documents; findings refer to them by position, so append rather than reorder. */
export const demoDocuments: DemoDocument[] = [
  coalitieakkoord,
  visieDienstverlening,
  iaStrategie,
  startnotitie,
  jaarverslag,
];
