import type { DemoInterview } from './demo-analysis-types.js';

// Notes as consultants type them during and just after an interview: half sentences, the
// interviewee's own words in quotation marks, not every guide question answered. The later
// the status, the tidier the notes; the interview that was only just held reads rough.

const MARLOES = 'Marloes van der Veen';
const JORIS = 'Joris Ravenstein';

const programmateam: DemoInterview = {
  title: 'Programmateam datagedreven werken',
  scheduledAt: '2026-04-21T09:30',
  location: 'Stadhuis, kamer 2.14',
  interviewers: [MARLOES, JORIS],
  participantNames: ['Ingrid Hoekstra', 'Samira El Idrissi', 'Bas Koopmans'],
  status: 'geaccordeerd',
  notes: {
    'ig-intro-rol': [
      'Ingrid: programmamanager sinds september 2025, aangesteld na de startnotitie. Samira: strategisch informatiemanager, "ik ben de brug tussen IV en de lijn". Bas: onderzoek & statistiek, maakt o.a. de Dijkhaven Monitor en de wijkprofielen.',
      'Programmateam komt elke twee weken bij elkaar; Wouter, Lotte, Hanneke en Mehmet schuiven aan waar nodig. Geen eigen budget behalve de uren van Ingrid (0,8 fte).',
    ],
    'ig-uitdagingen-grootste': [
      'Samira: "We hebben ongeveer 140 applicaties en bijna niets praat met elkaar." Koppelingen lopen via bestanden die Mehmet \'s nachts klaarzet; valt er een uit, dan merkt niemand het.',
      'Bas: grootste uitdaging is vertrouwen in cijfers. Twee teams, twee verschillende aantallen bijstandshuishoudens in één raadsvoorstel, "en dan haakt de raad af".',
      'Ingrid: de opgaven in het coalitieakkoord (wonen, sociaal domein, dijkversterking) vragen om informatie die we nu niet snel kunnen leveren.',
    ],
    'ig-data-vandaag-gebruik': [
      'Dijkhaven Monitor (jaarlijks, als pdf) en de wijkprofielen. Power BI-pilot in het sociaal domein met zes dashboards, "maar niemand weet wie ze bijhoudt nu de stagiair weg is".',
      'Veel Excel: teammanagers houden eigen lijstjes bij. Datawarehouse sinds 2025 als pilot, alleen gevuld met BRP, BAG en zaaksysteem. Nog geen afspraken over wie er wat in mag zetten.',
    ],
    'ig-data-vandaag-kwaliteit': [
      'Bas: definities verschillen per team. "Wat is een huishouden? Bij Burgerzaken iets anders dan bij Wonen." Er is geen gezamenlijke begrippenlijst.',
      'Fouten in de BAG worden wel gemeld, maar terugmelden kost weken. Niemand voelt zich eigenaar van de kwaliteit van afgeleide gegevens in de vakapplicaties. Samira: "De basisregistraties zijn op orde, daarna wordt het mist."',
    ],
    'ig-governance-eigenaarschap': [
      'Samira: eigenaarschap is nergens vastgelegd. "Iedereen is eigenaar, dus niemand." Het informatieberaad uit de I&A-strategie is twee keer bij elkaar geweest.',
      'Voorstel vanuit het team: per domein een data-eigenaar op teammanagerniveau en datastewards bij de beheerders. Ingrid wil dat de visie die rollen bij naam noemt, anders "blijft het vrijblijvend".',
    ],
    'ig-vaardigheden-nodig': [
      'Kleine groep enthousiastelingen (Wouter, Lotte, een paar beleidsmedewerkers). De rest vindt data "iets van IV". Behoefte aan een basistraining datavaardigheid voor iedereen en verdieping voor analisten.',
      'Bas: beleidsmedewerkers moeten leren een goede onderzoeksvraag te stellen. "Ze vragen om een dashboard, terwijl ze een antwoord nodig hebben."',
    ],
    'ig-visie-niet-missen': [
      'Ingrid: "De visie moet gaan over de opgaven van Dijkhaven, niet over techniek." Geen woorden als datalake of datamesh in de visie.',
      'Samira: architectuurprincipes moeten erin, anders bouwen we weer losse oplossingen per afdeling. Bas: een gezamenlijke begrippenlijst en één bron voor de kerncijfers van de raad.',
      'Het team wil een visualisatie in plaats van een rapport, in de huisstijl van Dijkhaven, die op de gang kan hangen.',
    ],
  },
  freeNotes: [
    'Afspraak: Samira stuurt de applicatielijst en de architectuurplaat na. Bas stuurt de definities van de Monitor.',
    'Verslag akkoord per mail van Ingrid op 28 april, met twee kleine correcties (aantal applicaties ongeveer 140 in plaats van 150; Power BI-pilot is van het sociaal domein, niet van Publiekszaken).',
  ],
};

const gemeentesecretaris: DemoInterview = {
  title: 'Gemeentesecretaris',
  scheduledAt: '2026-04-23T14:00',
  location: 'Stadhuis, kamer van de gemeentesecretaris (2.01)',
  interviewers: [MARLOES],
  participantNames: ['Frank Veenstra'],
  status: 'geaccordeerd',
  notes: {
    'ig-intro-beeld': [
      'Voor hem gaat datagedreven werken over "weten wat je doet en kunnen laten zien wat het oplevert". Hij houdt niet van het woord datagedreven: "We worden gedreven door de opgaven, data helpt ons daarbij." Voorkeur voor "werken met informatie" in de communicatie naar medewerkers.',
    ],
    'ig-uitdagingen-grootste': [
      'Krapte op de arbeidsmarkt: 38 vacatures, vooral bij IV en in het sociaal domein. "We kunnen niet meer alles oplossen met extra mensen."',
      'Tekort in het sociaal domein (jeugdzorg) loopt op; de raad wil sturingsinformatie, die er nu pas na een half jaar is.',
      'Dijkversterking en woningbouw (1.800 woningen tot 2030) vragen om samenwerking met waterschap, provincie en corporaties, en dus om gegevens die je kunt delen.',
    ],
    'ig-cultuur-sturen': [
      'Eerlijk: "We sturen nog te veel op incidenten en op wat de wethouder in de krant leest." Het MT bespreekt zelden cijfers.',
      'Wel ruimte voor experimenten, maar die stoppen als de trekker vertrekt. Hij wil dat het MT het goede voorbeeld geeft: elke MT-vergadering begint met één dashboard.',
    ],
    'ig-governance-borging': [
      'Datagedreven werken niet als project maar in de lijn. De programmamanager rapporteert nu aan hem; over twee jaar moet het "gewoon werk" zijn.',
      'Boegbeeld in het college: wethouder Kuiper (portefeuille digitalisering). Maar het moet collegebreed: "Als alleen Kuiper het zegt, is het zijn hobby."',
      'Financiering: het coalitieakkoord reserveert geld voor twee jaar, structureel budget moet nog in de begroting 2027.',
    ],
    'ig-visie-niet-missen': [
      'Concrete doelen die je over twee jaar kunt toetsen. "Geen visie die in een la verdwijnt."',
      'Een heldere keuze voor een paar opgaven, niet alles tegelijk; hij noemt het sociaal domein en wonen.',
      'Een paragraaf over wat we níet doen met data. De raad is kritisch sinds de toeslagenaffaire en "dat is terecht".',
    ],
    'ig-afsluiting': [
      'Tip: spreek ook Monique Bos (bedrijfsvoering), zij gaat over het budget en is voorzitter van het informatieberaad. De ondernemingsraad heeft vragen gesteld over het monitoren van medewerkers; meenemen in de werksessie.',
      'Hij biedt aan de visie zelf in het MT te agenderen en wil vooraf een concept zien.',
    ],
  },
  freeNotes: [
    'Gesprek van 50 minuten, open en direct. Verslag akkoord zonder wijzigingen (mail 30 april).',
  ],
};

const wethouderKuiper: DemoInterview = {
  title: 'Wethouder Financiën, Dienstverlening en Digitalisering',
  scheduledAt: '2026-04-28T16:00',
  location: 'Stadhuis, wethouderskamer 1.05',
  interviewers: [MARLOES, JORIS],
  participantNames: ['Gerard Kuiper'],
  status: 'ter-review',
  notes: {
    'ig-intro-rol': [
      'Wethouder sinds 2022, nu de tweede periode. Portefeuillehouder digitalisering en dienstverlening: "Ik ben degene die het in het college moet verkopen." Zit namens het college in de regionale stuurgroep digitale overheid. Leest zelf graag cijfers, "maar ik krijg ze te laat en te dik".',
    ],
    'ig-uitdagingen-grootste': [
      'Vertrouwen van inwoners in de overheid. "Mensen willen snappen waarom de gemeente iets besluit."',
      "De financiële ruimte wordt vanaf 2027 kleiner. Elke euro moet aantoonbaar effect hebben, ook de euro's voor data.",
      'Dienstverlening: wachttijden aan de telefoon en bij Publiekszaken. Inwoners verwachten digitaal, maar willen ook een mens als het moet.',
    ],
    'ig-ambities-kansen': [
      'Grootste kans: armoede en schulden eerder signaleren, samen met de woningcorporatie en de energieleveranciers. "Als we eerder weten dat iemand achterloopt met de huur, kunnen we helpen voordat het misgaat."',
      'Maar meteen erachteraan: "Dat moet wel uitlegbaar zijn, ik wil niet dat we mensen gaan profileren."',
      'Ook: open data over de wijken, voor de raad en voor inwoners.',
    ],
    'ig-privacy-praktijk': [
      'Transparantie boven alles. Wil een algoritmeregister op de website, "ook als er maar drie algoritmes in staan".',
      'De raad moet vooraf meepraten over gevoelige toepassingen en het niet achteraf in de krant lezen. Denkt aan een vast agendapunt in de commissie Bestuur, eens per half jaar.',
    ],
    'ig-governance-borging': [
      'Wil boegbeeld zijn, "maar dan moet de organisatie mij wel voeden met goede voorbeelden". Vraagt om een halfjaarlijkse voortgangsrapportage aan het college, kort en met resultaten in plaats van activiteiten.',
      'Zou graag zien dat elke wethouder één eigen voorbeeld uit de portefeuille heeft, zodat het collegebreed gedragen wordt.',
    ],
    'ig-visie-niet-missen': [
      'De inwoner centraal. "De visie moet beginnen bij de inwoner, niet bij onze systemen."',
      'Uitlegbaarheid, en een belofte aan inwoners: wat doen we wel en niet met hun gegevens.',
      'Niet te lang. Hij wil het op één A3 kunnen laten zien in de raad.',
    ],
  },
  freeNotes: [
    'Verslag op 5 mei verstuurd via de bestuursadviseur (zie toestemming). Nog geen reactie; herinnering gestuurd op 14 mei.',
  ],
};

const teammanagerSociaal: DemoInterview = {
  title: 'Teammanager Sociaal Domein',
  scheduledAt: '2026-04-30T10:00',
  location: 'Stadskantoor, vergaderruimte De Kaap',
  interviewers: [JORIS],
  participantNames: ['Petra van Dijk'],
  status: 'ter-review',
  notes: {
    'ig-intro-rol': [
      'Teammanager sinds 2023, 42 medewerkers: consulenten Wmo, jeugd, werk en inkomen. Verantwoordelijk voor de monitoring van de inkoop jeugdzorg, samen met de regio. Gebruikt zelf vooral Excel-overzichten die één medewerker maakt. Praat maandelijks met de regio over de inkoop en "moet daar met cijfers komen die kloppen".',
    ],
    'ig-uitdagingen-grootste': [
      'Kosten jeugdzorg: "We weten pas in mei wat we vorig jaar hebben uitgegeven." Facturen van aanbieders komen laat binnen; geen zicht op trajecten die jaren doorlopen.',
      'Wachtlijsten Wmo en personeelstekort bij de consulenten. Twee vacatures staan al een half jaar open.',
    ],
    'ig-uitdagingen-knelpunten': [
      'Consulenten werken in drie systemen en typen gegevens over. Rapportages maakt één medewerker in Excel, "en als zij ziek is, is er niets".',
      'Vragen van de raad komen met spoed en kosten dagen uitzoekwerk. Vaak blijken de cijfers achteraf net anders dan wat Financiën heeft.',
    ],
    'ig-data-vandaag-voorbeeld': [
      'Positief: de Power BI-pilot liet zien dat een kleine groep aanbieders 60 procent van de kosten maakt. Dat gaf het gesprek met de regio een andere toon.',
      'Maar het dashboard is sinds de zomer niet bijgewerkt, want de stagiair die het bouwde is weg. "Zo gaat het steeds: een mooi begin en dan valt het stil."',
    ],
    'ig-ethiek-grenzen': [
      'Heel voorzichtig met het koppelen van gegevens over gezinnen. "Mijn consulenten komen achter de voordeur; dat vertrouwen kun je maar één keer beschamen."',
      'Wel analyses op groepsniveau, niet op individuen, tenzij de inwoner toestemming geeft. Wil dat de adviesraad sociaal domein meekijkt voordat er iets nieuws start.',
    ],
    'ig-vaardigheden-nodig': [
      'Consulenten zijn hulpverleners, geen analisten. Wat ze nodig hebben: cijfers kunnen lezen en het gesprek erover kunnen voeren. Zelf wil ze leren welke vragen je aan een dashboard stelt, "zodat ik niet alleen knik in het MT". Eén data-analist voor het hele domein zou al veel schelen.',
    ],
    'ig-visie-niet-missen': [
      'De menselijke maat, expliciet. En dat data tijd oplevert voor de inwoner in plaats van extra registratielast voor de consulent. "Als het alleen meer invullen betekent, haakt mijn team af."',
      'Verder: de rol van de regio en de aanbieders, want de helft van de gegevens komt van hen.',
    ],
  },
  freeNotes: [
    'Verslag verstuurd op 6 mei. Petra wil de passage over de aanbieders nog laten checken bij de inkoper voordat ze akkoord geeft.',
  ],
};

const beheerders: DemoInterview = {
  title: 'Gegevensbeheer en kwaliteit',
  scheduledAt: '2026-05-06T13:30',
  location: 'Stadskantoor, kamer 3.08',
  interviewers: [JORIS],
  participantNames: ['Rik Postma', 'Ellen de Haan', 'Noor Willems'],
  status: 'uitgewerkt',
  notes: {
    'ig-intro-rol': [
      'Rik: beheer BRP en BAG, werkt 14 jaar bij de gemeente. Ellen: GIS en BGT, maakt de kaarten voor de hele organisatie. Noor: kwaliteit en control, doet onder meer de ENSIA-audit en de interne controle op informatiebeveiliging. Alle drie zeggen dat ze "vooral brandjes blussen".',
    ],
    'ig-data-vandaag-kwaliteit': [
      'Rik: de basisregistraties zijn op orde, "daar worden we op geaudit". Het probleem zit in alles wat daarna komt: kopieën in vakapplicaties die niet worden bijgewerkt.',
      'Ellen: "Ik krijg elke week een vraag om een kaartje, en elke keer moet ik uitzoeken welke versie van de gegevens de juiste is."',
      'Noor: buiten de basisregistraties geen afspraken over datakwaliteit. Ook geen kwaliteitseisen in de contracten met leveranciers.',
    ],
    'ig-governance-eigenaarschap': [
      'Geen data-eigenaren benoemd, ook al staat het in de I&A-strategie. Bij fouten weet niemand wie het moet oplossen: "Dan komt het bij ons terecht, want wij zijn van de data."',
      'Rik: beheerders worden pas betrokken als er iets mis is, niet bij het ontwerp van een nieuw proces of de aanschaf van een applicatie.',
    ],
    'ig-privacy-praktijk': [
      "Noor: DPIA's worden gedaan, maar vaak pas aan het eind van een project. Het register van verwerkingen is niet actueel (stand 2024).",
      'Ellen: bij het delen van kaarten met de omgevingsdienst weet ze niet altijd wat wel en niet mag. "Dan doe ik het maar niet, of ik doe het wel en hoop dat het goed is."',
      'Toegangsrechten: vertrekkende medewerkers houden soms maanden toegang tot gedeelde mappen.',
    ],
    'ig-vaardigheden-nodig': [
      'Beheerders willen wel de rol van datasteward, maar dat moet terugkomen in de functie en in de uren. Nu "doen we het erbij". Ellen zou graag collega\'s leren zelf eenvoudige kaarten te maken in de viewer. Noor wil meer kennis van de AVG bij de teams zelf, zodat niet alles via Jasper hoeft.',
    ],
    'ig-visie-niet-missen': [
      'Rik: "Zonder goede basis geen datagedreven gemeente." Datakwaliteit als expliciet onderdeel, met eigenaren en middelen.',
      'Noor: privacy by design, niet achteraf. Ellen: één plek waar iedereen de actuele geo-informatie kan vinden. Alle drie: beheer is geen sluitpost, het moet in de begroting staan.',
    ],
  },
  freeNotes: [
    'Uitgewerkt op 11 mei, nog naar de drie sturen. Rik vroeg of zijn naam weg kan bij de opmerking over de toegangsrechten.',
  ],
};

const beleidsmedewerkers: DemoInterview = {
  title: 'Beleidsmedewerkers duurzaamheid, armoede en privacy',
  scheduledAt: '2026-05-07T10:00',
  location: 'Stadhuis, kamer 2.14',
  interviewers: [MARLOES],
  participantNames: ['Maarten Schouten', 'Sophie Meijer', 'Jasper Brink'],
  status: 'uitgewerkt',
  notes: {
    'ig-uitdagingen-grootste': [
      'Maarten: de energietransitie. Het warmteplan vraagt om gegevens per buurt (energielabels, bouwjaar, eigendom). Die zijn er wel, maar verspreid over de gemeente, de netbeheerder en de corporaties.',
      'Sophie: armoede neemt toe, vooral onder werkende huishoudens. Het bereik van regelingen is laag: naar schatting gebruikt 40 procent van wie recht heeft de meedoenregeling.',
    ],
    'ig-ambities-kansen': [
      'Sophie: het bereik van regelingen verbeteren door slimmer gebruik van gegevens die we al hebben. Maar: "Proactief benaderen is niet hetzelfde als iemand in de gaten houden."',
      'Maarten: samen met de netbeheerder en de woningcorporatie een gedeeld beeld per wijk maken. De omgevingsdienst heeft ook veel gegevens die wij niet gebruiken.',
    ],
    'ig-ethiek-grenzen': [
      'Jasper: doelbinding is de kern. Gegevens die voor de bijstand zijn verzameld, mag je niet zomaar voor iets anders gebruiken. "Veel collega\'s denken dat de AVG alles verbiedt. Dat is niet zo, maar je moet het wel vooraf uitzoeken."',
      'Wil een ethische toets voor nieuwe toepassingen, bijvoorbeeld met een begeleidingsethiek-gesprek, en een rol voor de adviesraad sociaal domein.',
    ],
    'ig-privacy-praktijk': [
      'Jasper is de enige privacy officer voor de hele organisatie (0,9 fte). De wachttijd voor een advies loopt op tot zes weken. "Dus teams gaan het zelf doen, of ze doen niets."',
      'Maarten: bij de omgevingsdienst is het delen van gegevens beter geregeld, met een convenant en een vast aanspreekpunt.',
    ],
    'ig-governance-borging': [
      'Beleid en data lopen los van elkaar. Beleidsnota\'s hebben zelden meetbare doelen. Sophie: "We schrijven beleid zonder nulmeting en evalueren zonder cijfers." Voorstel: in elk nieuw beleidsvoorstel een paragraaf over de informatie waarmee het wordt gevolgd. Maarten: "Dan moet er ook iemand zijn die die cijfers kan leveren."',
    ],
    'ig-visie-niet-missen': [
      'Jasper: een helder ethisch kader en transparantie over algoritmes. Sophie: de inwoner als partner, bijvoorbeeld door de adviesraad te betrekken. Maarten: samenwerking in de regio en met ketenpartners, "want de opgaven houden niet op bij de gemeentegrens".',
      'Alle drie: liever een korte visie met scherpe keuzes dan een lange lijst van wat allemaal kan.',
    ],
  },
  freeNotes: [
    'Uitgewerkt op 12 mei. Jasper stuurt het concept-privacybeleid en het DPIA-sjabloon na.',
  ],
};

/** Typed in the meeting and not yet written up: rough on purpose. */
const wethouderDekker: DemoInterview = {
  title: 'Wethouder Sociaal Domein en Wonen',
  scheduledAt: '2026-05-19T11:00',
  location: 'Stadhuis, wethouderskamer 1.07',
  interviewers: [MARLOES],
  participantNames: ['Yvonne Dekker'],
  status: 'afgenomen',
  notes: {
    'ig-uitdagingen-grootste': [
      'woningtekort, 1.800 woningen tot 2030 + doorstroming ouderen. "We bouwen nu op gevoel, niet op cijfers over wie waar wil wonen."',
      'jeugdzorg: kosten en wachtlijsten. raad wil grip, zij ook. "ik sta elke keer met lege handen in de commissie" als er naar trends wordt gevraagd',
    ],
    'ig-ambities-kansen': [
      'woningbehoefteonderzoek koppelen aan BRP/BAG -> beter zicht op doorstroming. wil een dashboard per wijk voor de raad, met een paar cijfers, niet twintig',
      'eenzaamheid ouderen: GGD-monitor beter gebruiken, samen met de GGD (Daan Vos noemen). ook mantelzorgers in beeld, daar weten we nu bijna niets van',
    ],
    'ig-ethiek-grenzen': [
      '"Geen risicoprofielen van inwoners in Dijkhaven, dat heeft het land wel geleerd." transparant naar inwoners over wat we doen. raad moet meebeslissen over alles wat gevoelig is. wel: cijfers op wijkniveau prima, en onderzoek met toestemming van inwoners ook. vraagt of er al een ethische commissie is (nee)',
    ],
    'ig-visie-niet-missen': [
      'maatschappelijke opgaven voorop, "data is geen doel". concreet maken: wat merkt de inwoner ervan? liefst met een voorbeeld uit een wijk',
      'aandacht voor digitaal kwetsbare inwoners, niet iedereen kan mee. bibliotheek en Informatiepunt Digitale Overheid noemen. en: geen jargon, de raad moet het snappen',
    ],
  },
  freeNotes: [
    'nog uitwerken! Dekker wil het verslag vóór 1 juni',
    'check: cijfers woningbehoefteonderzoek 2024 opvragen bij Jeroen Mulder (en meteen interview met hem plannen)',
  ],
};

const teammanagerPubliekszaken: DemoInterview = {
  title: 'Teammanager Publiekszaken',
  scheduledAt: '2026-05-12T15:00',
  location: 'Stadskantoor, vergaderruimte Het Wad',
  interviewers: [JORIS],
  participantNames: ['Anouk Jansen'],
  status: 'uitgewerkt',
  notes: {
    'ig-intro-rol': [
      'Teammanager Publiekszaken: balie, Klant Contact Centrum en burgerzaken, 35 medewerkers. Zit in de stuurgroep van de dienstverleningsvisie "Dichtbij en digitaal" en is trekker van het doel om 80 procent van de vragen in het eerste contact af te handelen. Het doel van 80 procent noemt ze "haalbaar, als we kunnen zien wat er gebeurt".',
    ],
    'ig-uitdagingen-knelpunten': [
      'Het KCC registreert klantcontacten, maar de categorieën zijn in 2019 bedacht en niemand gebruikt ze goed. "Onze cijfers zeggen dat 30 procent van de vragen over overig gaat."',
      'Wel inzicht in hoeveel mensen bellen, niet in waarom. Medewerkers kunnen niet zien waar een aanvraag staat en zetten door naar de vakafdeling.',
    ],
    'ig-data-vandaag-gebruik': [
      'Wachttijden en afhandeltijden uit de telefooncentrale, maandelijkse rapportage in Excel. Klanttevredenheid één keer per jaar gemeten (7,1 in 2023). Geen koppeling met het zaaksysteem, dus geen zicht op doorlooptijden.',
      'Zelf kijkt ze vooral naar de wachtrij op maandagochtend. "Daar stuur ik op, de rest lees ik achteraf."',
    ],
    'ig-ambities-2030': [
      'Een inwoner hoeft zijn gegevens maar één keer te geven. Het KCC handelt 80 procent van de vragen direct af, omdat medewerkers zien waar een aanvraag staat. "Dat zou zoveel frustratie schelen, aan beide kanten van de balie." Een inwoner krijgt vanzelf bericht als er iets verandert.',
    ],
    'ig-cultuur-sturen': [
      'Het team is praktisch en wil resultaten zien. Weerstand als data "controle" betekent: medewerkers zijn bang dat ze op afhandeltijd worden afgerekend. Anouk wil cijfers gebruiken om te leren, niet om af te rekenen, en dat ook zo uitspreken. Goede ervaring met een verbeterbord op de werkvloer.',
    ],
    'ig-visie-niet-missen': [
      'Dienstverlening expliciet als doel. Medewerkers meenemen: uitleggen wat het voor hun werk betekent. "Maak het niet te technisch, anders lezen ze het niet."',
      'Ook: een plek voor de inwoner die niet digitaal mee kan. De balie blijft, ook in 2030.',
    ],
  },
  freeNotes: [
    'Uitgewerkt op 15 mei; Anouk krijgt het verslag samen met de vraag om de KCC-rapportage van april.',
  ],
};

const concerndirecteur: DemoInterview = {
  title: 'Concerndirecteur Bedrijfsvoering',
  scheduledAt: '2026-06-04T10:00',
  location: 'Stadhuis, kamer 2.14',
  interviewers: [MARLOES, JORIS],
  participantNames: ['Monique Bos'],
  status: 'gepland',
  notes: {},
  freeNotes: [],
};

/**
 * Nine interviews: 2 geaccordeerd, 2 ter review, 3 uitgewerkt, 1 afgenomen, 1 gepland.
 * Findings refer to them by position, so append rather than reorder.
 */
export const demoInterviews: DemoInterview[] = [
  programmateam,
  gemeentesecretaris,
  wethouderKuiper,
  teammanagerSociaal,
  beheerders,
  beleidsmedewerkers,
  wethouderDekker,
  teammanagerPubliekszaken,
  concerndirecteur,
];
