import type { StakeholderGroup } from '../../shared/domain/stakeholder.js';
import { demoDocuments } from './demo-documents.js';
import { demoInterviews } from './demo-interviews.js';
import type { DemoFinding } from './demo-analysis-types.js';

// The coding of step 1, as a consultant would have done it after the first interviews.
// The spread over themes and groups tells the story the matrix should show the programme
// team: the team itself and the stewards worry about quality, ownership and architecture;
// aldermen about the societal challenges and transparency; policy officers about ethics,
// privacy and partners; directie about culture and board support.

type Coded = Omit<DemoFinding, 'source'>;

/** Looked up by title, so reordering the interviews cannot silently re-attribute a quote. */
function fromInterview(title: string) {
  const index = demoInterviews.findIndex((i) => i.title === title);
  if (index < 0) throw new Error(`Demo: geen interview met de titel '${title}'.`);
  return (question: string | null, finding: Coded): DemoFinding => ({
    ...finding,
    source: { type: 'interview', interview: index, question },
  });
}

function fromPassage(fileName: string, passage: number, finding: Coded): DemoFinding {
  const document = demoDocuments.findIndex((d) => d.fileName === fileName);
  if (document < 0) throw new Error(`Demo: geen document '${fileName}'.`);
  return { ...finding, source: { type: 'passage', document, passage } };
}

const direct = (group: StakeholderGroup, finding: Omit<Coded, 'quote'>): DemoFinding => ({
  ...finding,
  quote: '',
  source: { type: 'direct', group },
});

const programmateam = fromInterview('Programmateam datagedreven werken');
const gemeentesecretaris = fromInterview('Gemeentesecretaris');
const kuiper = fromInterview('Wethouder Financiën, Dienstverlening en Digitalisering');
const sociaalDomein = fromInterview('Teammanager Sociaal Domein');
const beheerders = fromInterview('Gegevensbeheer en kwaliteit');
const beleid = fromInterview('Beleidsmedewerkers duurzaamheid, armoede en privacy');
const dekker = fromInterview('Wethouder Sociaal Domein en Wonen');
const publiekszaken = fromInterview('Teammanager Publiekszaken');

const programmateamFindings: DemoFinding[] = [
  programmateam('ig-uitdagingen-grootste', {
    statement: 'Het applicatielandschap is versnipperd; systemen zijn nauwelijks gekoppeld',
    quote: 'We hebben ongeveer 140 applicaties en bijna niets praat met elkaar.',
    kind: 'uitdaging',
    themeIds: ['data-architectuur-techniek'],
    importance: 3,
  }),
  programmateam('ig-uitdagingen-grootste', {
    statement: 'Nachtelijke bestandskoppelingen vallen ongemerkt uit',
    quote: 'valt er een uit, dan merkt niemand het',
    kind: 'risico',
    themeIds: ['data-architectuur-techniek', 'datakwaliteit'],
    importance: 2,
  }),
  programmateam('ig-uitdagingen-grootste', {
    statement: 'Tegenstrijdige cijfers ondermijnen het vertrouwen van de raad',
    quote: 'Twee teams, twee verschillende aantallen bijstandshuishoudens in één raadsvoorstel',
    kind: 'uitdaging',
    themeIds: ['datakwaliteit', 'bestuurlijk-draagvlak'],
    importance: 3,
  }),
  programmateam('ig-data-vandaag-gebruik', {
    statement: 'Dashboards hebben geen beheerder; ze verouderen als de maker vertrekt',
    quote: 'maar niemand weet wie ze bijhoudt nu de stagiair weg is',
    kind: 'risico',
    themeIds: ['governance-eigenaarschap', 'data-architectuur-techniek'],
    importance: 2,
  }),
  programmateam('ig-data-vandaag-kwaliteit', {
    statement: 'Er is geen gezamenlijke begrippenlijst; definities verschillen per team',
    quote: 'Wat is een huishouden? Bij Burgerzaken iets anders dan bij Wonen.',
    kind: 'uitdaging',
    themeIds: ['datakwaliteit'],
    importance: 3,
  }),
  programmateam('ig-governance-eigenaarschap', {
    statement: 'Eigenaarschap van gegevens is nergens belegd',
    quote: 'Iedereen is eigenaar, dus niemand.',
    kind: 'uitdaging',
    themeIds: ['governance-eigenaarschap'],
    importance: 3,
  }),
  programmateam('ig-governance-eigenaarschap', {
    statement: 'Data-eigenaren per domein en datastewards bij de beheerders benoemen',
    quote: 'per domein een data-eigenaar op teammanagerniveau en datastewards bij de beheerders',
    kind: 'randvoorwaarde',
    themeIds: ['governance-eigenaarschap', 'datakwaliteit'],
    importance: 3,
  }),
  programmateam('ig-vaardigheden-nodig', {
    statement: 'Basistraining datavaardigheid voor iedereen, verdieping voor analisten',
    quote:
      'Behoefte aan een basistraining datavaardigheid voor iedereen en verdieping voor analisten.',
    kind: 'randvoorwaarde',
    themeIds: ['datavaardigheid'],
    importance: 2,
  }),
  programmateam('ig-vaardigheden-nodig', {
    statement: 'Beleid vraagt om dashboards in plaats van om antwoorden',
    quote: 'Ze vragen om een dashboard, terwijl ze een antwoord nodig hebben.',
    kind: 'citaat',
    themeIds: ['datavaardigheid', 'cultuur-leiderschap'],
    importance: 2,
  }),
  programmateam('ig-visie-niet-missen', {
    statement: 'De visie vertrekt vanuit de opgaven van Dijkhaven, niet vanuit techniek',
    quote: 'De visie moet gaan over de opgaven van Dijkhaven, niet over techniek.',
    kind: 'must-have',
    themeIds: ['maatschappelijke-opgaven'],
    importance: 3,
  }),
  programmateam('ig-visie-niet-missen', {
    statement:
      'Architectuurprincipes opnemen, zodat er geen losse oplossingen per afdeling ontstaan',
    quote:
      'architectuurprincipes moeten erin, anders bouwen we weer losse oplossingen per afdeling',
    kind: 'must-have',
    themeIds: ['data-architectuur-techniek'],
    importance: 2,
  }),
  programmateam('ig-visie-niet-missen', {
    statement: 'Eén bron voor de kerncijfers van de raad',
    quote: 'één bron voor de kerncijfers van de raad',
    kind: 'must-have',
    themeIds: ['datakwaliteit', 'bestuurlijk-draagvlak'],
    importance: 2,
  }),
];

const directieFindings: DemoFinding[] = [
  gemeentesecretaris('ig-intro-beeld', {
    statement: 'De opgaven sturen, data helpt daarbij',
    quote: 'We worden gedreven door de opgaven, data helpt ons daarbij.',
    kind: 'citaat',
    themeIds: ['maatschappelijke-opgaven', 'cultuur-leiderschap'],
    importance: 2,
  }),
  gemeentesecretaris('ig-uitdagingen-grootste', {
    statement: 'Krapte op de arbeidsmarkt dwingt tot slimmer werken',
    quote: 'We kunnen niet meer alles oplossen met extra mensen.',
    kind: 'uitdaging',
    themeIds: ['cultuur-leiderschap', 'datavaardigheid'],
    importance: 3,
  }),
  gemeentesecretaris('ig-uitdagingen-grootste', {
    statement: 'Sturingsinformatie over het sociaal domein komt een half jaar te laat',
    quote: 'de raad wil sturingsinformatie, die er nu pas na een half jaar is',
    kind: 'uitdaging',
    themeIds: ['maatschappelijke-opgaven', 'bestuurlijk-draagvlak'],
    importance: 3,
  }),
  gemeentesecretaris('ig-uitdagingen-grootste', {
    statement: 'Gegevens delen met waterschap, provincie en corporaties voor dijk en woningbouw',
    quote:
      'vragen om samenwerking met waterschap, provincie en corporaties, en dus om gegevens die je kunt delen',
    kind: 'ambitie',
    themeIds: ['samenwerking-keten', 'maatschappelijke-opgaven'],
    importance: 2,
  }),
  gemeentesecretaris('ig-cultuur-sturen', {
    statement: 'Het MT stuurt op incidenten, niet op informatie',
    quote: 'We sturen nog te veel op incidenten en op wat de wethouder in de krant leest.',
    kind: 'uitdaging',
    themeIds: ['cultuur-leiderschap'],
    importance: 3,
  }),
  gemeentesecretaris('ig-cultuur-sturen', {
    statement: 'Het MT geeft het voorbeeld: elke vergadering begint met een dashboard',
    quote: 'elke MT-vergadering begint met één dashboard',
    kind: 'ambitie',
    themeIds: ['cultuur-leiderschap', 'bestuurlijk-draagvlak'],
    importance: 2,
  }),
  gemeentesecretaris('ig-governance-borging', {
    statement: 'Het hele college draagt de visie uit, niet alleen de portefeuillehouder',
    quote: 'Als alleen Kuiper het zegt, is het zijn hobby.',
    kind: 'randvoorwaarde',
    themeIds: ['bestuurlijk-draagvlak'],
    importance: 3,
  }),
  gemeentesecretaris('ig-governance-borging', {
    statement: 'Structureel budget is nog niet geregeld',
    quote: 'structureel budget moet nog in de begroting 2027',
    kind: 'risico',
    themeIds: ['bestuurlijk-draagvlak', 'governance-eigenaarschap'],
    importance: 3,
  }),
  gemeentesecretaris('ig-visie-niet-missen', {
    statement: 'Toetsbare doelen voor de komende twee jaar',
    quote: 'Geen visie die in een la verdwijnt.',
    kind: 'must-have',
    themeIds: ['governance-eigenaarschap', 'bestuurlijk-draagvlak'],
    importance: 3,
  }),
  gemeentesecretaris('ig-visie-niet-missen', {
    statement: 'Een paragraaf over wat de gemeente níet met data doet',
    quote: 'Een paragraaf over wat we níet doen met data.',
    kind: 'must-have',
    themeIds: ['ethiek', 'transparantie'],
    importance: 3,
  }),
  gemeentesecretaris('ig-afsluiting', {
    statement: 'De ondernemingsraad maakt zich zorgen over het monitoren van medewerkers',
    quote: 'De ondernemingsraad heeft vragen gesteld over het monitoren van medewerkers',
    kind: 'risico',
    themeIds: ['privacy-informatieveiligheid', 'ethiek'],
    importance: 2,
  }),
];

const wethouderFindings: DemoFinding[] = [
  kuiper('ig-uitdagingen-grootste', {
    statement: 'Inwoners moeten besluiten van de gemeente kunnen begrijpen',
    quote: 'Mensen willen snappen waarom de gemeente iets besluit.',
    kind: 'uitdaging',
    themeIds: ['transparantie'],
    importance: 3,
  }),
  kuiper('ig-uitdagingen-grootste', {
    statement: 'Investeringen in data moeten aantoonbaar effect hebben',
    quote: "Elke euro moet aantoonbaar effect hebben, ook de euro's voor data.",
    kind: 'randvoorwaarde',
    themeIds: ['bestuurlijk-draagvlak'],
    importance: 2,
  }),
  kuiper('ig-ambities-kansen', {
    statement: 'Armoede en schulden eerder signaleren, samen met ketenpartners',
    quote:
      'Als we eerder weten dat iemand achterloopt met de huur, kunnen we helpen voordat het misgaat.',
    kind: 'ambitie',
    themeIds: ['maatschappelijke-opgaven', 'samenwerking-keten'],
    importance: 3,
  }),
  kuiper('ig-ambities-kansen', {
    statement: 'Vroegsignalering mag niet ontaarden in profilering',
    quote: 'ik wil niet dat we mensen gaan profileren',
    kind: 'risico',
    themeIds: ['ethiek', 'privacy-informatieveiligheid'],
    importance: 3,
  }),
  kuiper('ig-ambities-kansen', {
    statement: 'Open data over de wijken voor raad en inwoners',
    quote: 'open data over de wijken, voor de raad en voor inwoners',
    kind: 'ambitie',
    themeIds: ['transparantie'],
    importance: 2,
  }),
  kuiper('ig-privacy-praktijk', {
    statement: 'Een openbaar algoritmeregister',
    quote: 'Wil een algoritmeregister op de website',
    kind: 'must-have',
    themeIds: ['transparantie', 'ethiek'],
    importance: 3,
  }),
  kuiper('ig-privacy-praktijk', {
    statement: 'De raad vooraf betrekken bij gevoelige toepassingen',
    quote:
      'De raad moet vooraf meepraten over gevoelige toepassingen en het niet achteraf in de krant lezen.',
    kind: 'randvoorwaarde',
    themeIds: ['bestuurlijk-draagvlak', 'transparantie'],
    importance: 3,
  }),
  kuiper('ig-visie-niet-missen', {
    statement: 'De visie begint bij de inwoner',
    quote: 'De visie moet beginnen bij de inwoner, niet bij onze systemen.',
    kind: 'must-have',
    themeIds: ['dienstverlening', 'maatschappelijke-opgaven'],
    importance: 3,
  }),
  kuiper('ig-visie-niet-missen', {
    statement: 'De visie past op één A3',
    quote: 'Hij wil het op één A3 kunnen laten zien in de raad.',
    kind: 'must-have',
    themeIds: ['bestuurlijk-draagvlak'],
    importance: 1,
  }),
  dekker('ig-uitdagingen-grootste', {
    statement: 'Woningbouw zonder inzicht in woonwensen en doorstroming',
    quote: 'We bouwen nu op gevoel, niet op cijfers over wie waar wil wonen.',
    kind: 'uitdaging',
    themeIds: ['maatschappelijke-opgaven'],
    importance: 3,
  }),
  dekker('ig-ambities-kansen', {
    statement: 'Een wijkdashboard voor de raad met een paar kerncijfers',
    quote: 'wil een dashboard per wijk voor de raad, met een paar cijfers, niet twintig',
    kind: 'ambitie',
    themeIds: ['bestuurlijk-draagvlak', 'transparantie'],
    importance: 2,
  }),
  dekker('ig-ambities-kansen', {
    statement: 'Eenzaamheid onder ouderen in beeld brengen met de GGD',
    quote: 'GGD-monitor beter gebruiken',
    kind: 'ambitie',
    themeIds: ['samenwerking-keten', 'maatschappelijke-opgaven'],
    importance: 2,
  }),
  dekker('ig-ethiek-grenzen', {
    statement: 'Geen risicoprofielen van inwoners',
    quote: 'Geen risicoprofielen van inwoners in Dijkhaven, dat heeft het land wel geleerd.',
    kind: 'citaat',
    themeIds: ['ethiek', 'transparantie'],
    importance: 3,
  }),
  dekker('ig-visie-niet-missen', {
    statement: 'Digitaal kwetsbare inwoners niet vergeten',
    quote: 'aandacht voor digitaal kwetsbare inwoners, niet iedereen kan mee',
    kind: 'must-have',
    themeIds: ['dienstverlening', 'ethiek'],
    importance: 2,
  }),
];

const teammanagerFindings: DemoFinding[] = [
  sociaalDomein('ig-uitdagingen-grootste', {
    statement: 'Geen actueel zicht op de kosten van jeugdzorg',
    quote: 'We weten pas in mei wat we vorig jaar hebben uitgegeven.',
    kind: 'uitdaging',
    themeIds: ['maatschappelijke-opgaven', 'datakwaliteit'],
    importance: 3,
  }),
  sociaalDomein('ig-uitdagingen-knelpunten', {
    statement: 'Rapportages hangen af van één medewerker',
    quote: 'en als zij ziek is, is er niets',
    kind: 'risico',
    themeIds: ['governance-eigenaarschap', 'datavaardigheid'],
    importance: 2,
  }),
  sociaalDomein('ig-uitdagingen-knelpunten', {
    statement: 'Consulenten typen gegevens over tussen drie systemen',
    quote: 'Consulenten werken in drie systemen en typen gegevens over.',
    kind: 'uitdaging',
    themeIds: ['data-architectuur-techniek', 'dienstverlening'],
    importance: 2,
  }),
  sociaalDomein('ig-data-vandaag-voorbeeld', {
    statement: 'Inzicht in de kosten per aanbieder veranderde het gesprek met de regio',
    quote: 'een kleine groep aanbieders 60 procent van de kosten maakt',
    kind: 'ambitie',
    themeIds: ['samenwerking-keten', 'maatschappelijke-opgaven'],
    importance: 2,
  }),
  sociaalDomein('ig-data-vandaag-voorbeeld', {
    statement: 'Initiatieven vallen stil als de trekker vertrekt',
    quote: 'Zo gaat het steeds: een mooi begin en dan valt het stil.',
    kind: 'citaat',
    themeIds: ['cultuur-leiderschap', 'governance-eigenaarschap'],
    importance: 2,
  }),
  sociaalDomein('ig-ethiek-grenzen', {
    statement: 'Het vertrouwen van gezinnen bewaken: gegevens voorzichtig koppelen',
    quote:
      'Mijn consulenten komen achter de voordeur; dat vertrouwen kun je maar één keer beschamen.',
    kind: 'randvoorwaarde',
    themeIds: ['ethiek', 'privacy-informatieveiligheid'],
    importance: 3,
  }),
  sociaalDomein('ig-vaardigheden-nodig', {
    statement: 'Leidinggevenden leren de goede vragen aan cijfers te stellen',
    quote: 'Zelf wil ze leren welke vragen je aan een dashboard stelt',
    kind: 'randvoorwaarde',
    themeIds: ['datavaardigheid', 'cultuur-leiderschap'],
    importance: 2,
  }),
  sociaalDomein('ig-visie-niet-missen', {
    statement: 'Menselijke maat, en data die registratielast wegneemt in plaats van toevoegt',
    quote: 'Als het alleen meer invullen betekent, haakt mijn team af.',
    kind: 'must-have',
    themeIds: ['ethiek', 'dienstverlening'],
    importance: 3,
  }),
  publiekszaken('ig-uitdagingen-knelpunten', {
    statement: 'De registratie van klantcontacten is onbruikbaar geworden',
    quote: 'Onze cijfers zeggen dat 30 procent van de vragen over overig gaat.',
    kind: 'uitdaging',
    themeIds: ['dienstverlening', 'datakwaliteit'],
    importance: 2,
  }),
  publiekszaken('ig-uitdagingen-knelpunten', {
    statement: 'Het KCC kan niet zien waar een aanvraag staat',
    quote:
      'Medewerkers kunnen niet zien waar een aanvraag staat en zetten door naar de vakafdeling.',
    kind: 'uitdaging',
    themeIds: ['dienstverlening', 'data-architectuur-techniek'],
    importance: 3,
  }),
  publiekszaken('ig-ambities-2030', {
    statement: 'Inwoners geven hun gegevens maar één keer',
    quote: 'Een inwoner hoeft zijn gegevens maar één keer te geven.',
    kind: 'ambitie',
    themeIds: ['dienstverlening'],
    importance: 3,
  }),
  publiekszaken('ig-cultuur-sturen', {
    statement: 'Medewerkers vrezen dat ze op cijfers worden afgerekend',
    quote: 'medewerkers zijn bang dat ze op afhandeltijd worden afgerekend',
    kind: 'risico',
    themeIds: ['cultuur-leiderschap'],
    importance: 2,
  }),
  publiekszaken('ig-visie-niet-missen', {
    statement: 'Begrijpelijke taal; niet te technisch',
    quote: 'Maak het niet te technisch, anders lezen ze het niet.',
    kind: 'must-have',
    themeIds: ['datavaardigheid', 'cultuur-leiderschap'],
    importance: 2,
  }),
];

const beheerderFindings: DemoFinding[] = [
  beheerders('ig-data-vandaag-kwaliteit', {
    statement: 'Kopieën in vakapplicaties lopen uit de pas met de basisregistraties',
    quote: 'kopieën in vakapplicaties die niet worden bijgewerkt',
    kind: 'uitdaging',
    themeIds: ['datakwaliteit', 'data-architectuur-techniek'],
    importance: 3,
  }),
  beheerders('ig-data-vandaag-kwaliteit', {
    statement: 'Onduidelijk welke versie van de gegevens de juiste is',
    quote: 'elke keer moet ik uitzoeken welke versie van de gegevens de juiste is',
    kind: 'citaat',
    themeIds: ['datakwaliteit'],
    importance: 2,
  }),
  beheerders('ig-data-vandaag-kwaliteit', {
    statement: 'Kwaliteitseisen opnemen in contracten met leveranciers',
    quote: 'Ook geen kwaliteitseisen in de contracten met leveranciers.',
    kind: 'randvoorwaarde',
    themeIds: ['datakwaliteit', 'governance-eigenaarschap'],
    importance: 2,
  }),
  beheerders('ig-governance-eigenaarschap', {
    statement: 'Fouten belanden bij de beheerders omdat eigenaren ontbreken',
    quote: 'Dan komt het bij ons terecht, want wij zijn van de data.',
    kind: 'uitdaging',
    themeIds: ['governance-eigenaarschap', 'datakwaliteit'],
    importance: 3,
  }),
  beheerders('ig-governance-eigenaarschap', {
    statement: 'Beheerders vroeg betrekken bij procesontwerp en aanschaf',
    quote: 'niet bij het ontwerp van een nieuw proces of de aanschaf van een applicatie',
    kind: 'randvoorwaarde',
    themeIds: ['governance-eigenaarschap'],
    importance: 2,
  }),
  beheerders('ig-privacy-praktijk', {
    statement: "DPIA's komen te laat en het verwerkingsregister is niet actueel",
    quote: 'Het register van verwerkingen is niet actueel (stand 2024).',
    kind: 'risico',
    themeIds: ['privacy-informatieveiligheid'],
    importance: 3,
  }),
  beheerders('ig-privacy-praktijk', {
    statement: 'Onzekerheid over wat met de omgevingsdienst gedeeld mag worden',
    quote: 'Dan doe ik het maar niet, of ik doe het wel en hoop dat het goed is.',
    kind: 'uitdaging',
    themeIds: ['privacy-informatieveiligheid', 'samenwerking-keten'],
    importance: 2,
  }),
  beheerders('ig-privacy-praktijk', {
    statement: 'Toegangsrechten worden bij vertrek niet ingetrokken',
    quote: 'vertrekkende medewerkers houden soms maanden toegang tot gedeelde mappen',
    kind: 'risico',
    themeIds: ['privacy-informatieveiligheid'],
    importance: 3,
  }),
  beheerders('ig-vaardigheden-nodig', {
    statement: 'De rol van datasteward vastleggen in functie en uren',
    quote: 'dat moet terugkomen in de functie en in de uren',
    kind: 'randvoorwaarde',
    themeIds: ['governance-eigenaarschap', 'datavaardigheid'],
    importance: 2,
  }),
  beheerders('ig-visie-niet-missen', {
    statement: 'Datakwaliteit als fundament, met eigenaren en middelen',
    quote: 'Zonder goede basis geen datagedreven gemeente.',
    kind: 'must-have',
    themeIds: ['datakwaliteit'],
    importance: 3,
  }),
  beheerders('ig-visie-niet-missen', {
    statement: 'Privacy by design',
    quote: 'privacy by design, niet achteraf',
    kind: 'must-have',
    themeIds: ['privacy-informatieveiligheid'],
    importance: 3,
  }),
  beheerders(null, {
    statement: 'Knelpunten melden voelt niet veilig: liever zonder naam',
    quote: 'Rik vroeg of zijn naam weg kan bij de opmerking over de toegangsrechten.',
    kind: 'risico',
    themeIds: ['cultuur-leiderschap'],
    importance: 1,
  }),
];

const beleidsFindings: DemoFinding[] = [
  beleid('ig-uitdagingen-grootste', {
    statement: 'Gegevens voor het warmteplan liggen verspreid over meerdere partijen',
    quote: 'verspreid over de gemeente, de netbeheerder en de corporaties',
    kind: 'uitdaging',
    themeIds: ['maatschappelijke-opgaven', 'samenwerking-keten'],
    importance: 2,
  }),
  beleid('ig-uitdagingen-grootste', {
    statement: 'Het bereik van minimaregelingen is laag',
    quote: 'naar schatting gebruikt 40 procent van wie recht heeft de meedoenregeling',
    kind: 'uitdaging',
    themeIds: ['maatschappelijke-opgaven'],
    importance: 3,
  }),
  beleid('ig-ambities-kansen', {
    statement: 'Proactief benaderen is iets anders dan in de gaten houden',
    quote: 'Proactief benaderen is niet hetzelfde als iemand in de gaten houden.',
    kind: 'citaat',
    themeIds: ['ethiek', 'maatschappelijke-opgaven'],
    importance: 3,
  }),
  beleid('ig-ambities-kansen', {
    statement: 'Een gedeeld wijkbeeld met netbeheerder en woningcorporatie',
    quote: 'samen met de netbeheerder en de woningcorporatie een gedeeld beeld per wijk maken',
    kind: 'ambitie',
    themeIds: ['samenwerking-keten', 'maatschappelijke-opgaven'],
    importance: 2,
  }),
  beleid('ig-ethiek-grenzen', {
    statement: 'Doelbinding vooraf uitzoeken; de AVG verbiedt niet alles',
    quote: 'Dat is niet zo, maar je moet het wel vooraf uitzoeken.',
    kind: 'randvoorwaarde',
    themeIds: ['privacy-informatieveiligheid', 'datavaardigheid'],
    importance: 2,
  }),
  beleid('ig-ethiek-grenzen', {
    statement: 'Een ethische toets voor nieuwe toepassingen',
    quote: 'Wil een ethische toets voor nieuwe toepassingen',
    kind: 'must-have',
    themeIds: ['ethiek'],
    importance: 3,
  }),
  beleid('ig-privacy-praktijk', {
    statement: 'Eén privacy officer voor de hele organisatie; advies duurt tot zes weken',
    quote: 'Dus teams gaan het zelf doen, of ze doen niets.',
    kind: 'risico',
    themeIds: ['privacy-informatieveiligheid', 'governance-eigenaarschap'],
    importance: 3,
  }),
  beleid('ig-governance-borging', {
    statement: 'Beleid zonder meetbare doelen en zonder nulmeting',
    quote: 'We schrijven beleid zonder nulmeting en evalueren zonder cijfers.',
    kind: 'uitdaging',
    themeIds: ['cultuur-leiderschap', 'datavaardigheid'],
    importance: 3,
  }),
  beleid('ig-visie-niet-missen', {
    statement: 'Samenwerking in de regio en met ketenpartners',
    quote: 'want de opgaven houden niet op bij de gemeentegrens',
    kind: 'must-have',
    themeIds: ['samenwerking-keten'],
    importance: 2,
  }),
];

const COALITIE = 'coalitieakkoord-2026-2030.pdf';
const DIENSTVERLENING = 'visie-dienstverlening-2024-2028.pdf';
const IA = 'ia-strategie-2025-2028.pdf';
const STARTNOTITIE = 'startnotitie-datavisie.pdf';
const JAARVERSLAG = 'jaarverslag-2025.pdf';

const documentFindings: DemoFinding[] = [
  fromPassage(COALITIE, 0, {
    statement: 'De raad vraagt om een visie op data voor digitale dienstverlening',
    quote:
      'De raad wil inzicht krijgen in hoe Dijkhaven de komende jaren met behulp van data de dienstverlening verder kan digitaliseren.',
    kind: 'ambitie',
    themeIds: ['dienstverlening', 'bestuurlijk-draagvlak'],
    importance: 3,
  }),
  fromPassage(COALITIE, 1, {
    statement: 'Menselijke maat: data ondersteunt, een mens besluit',
    quote: 'data ondersteunt een besluit, maar een mens neemt het',
    kind: 'must-have',
    themeIds: ['ethiek', 'privacy-informatieveiligheid'],
    importance: 3,
  }),
  fromPassage(COALITIE, 2, {
    statement: 'Halfjaarlijkse kerncijfers per opgave voor de raad',
    quote: 'krijgt de raad per opgave een beperkt aantal kerncijfers',
    kind: 'ambitie',
    themeIds: ['bestuurlijk-draagvlak', 'maatschappelijke-opgaven'],
    importance: 2,
  }),
  fromPassage(COALITIE, 3, {
    statement: 'Financiering is alleen incidenteel geregeld',
    quote: 'Een structurele dekking wordt afgewogen bij de begroting 2027',
    kind: 'risico',
    themeIds: ['bestuurlijk-draagvlak'],
    importance: 2,
  }),
  fromPassage(DIENSTVERLENING, 0, {
    statement: 'Gegevens één keer geven en de eigen aanvraag kunnen volgen',
    quote: 'inwoners hun gegevens maar één keer hoeven te geven',
    kind: 'ambitie',
    themeIds: ['dienstverlening'],
    importance: 2,
  }),
  fromPassage(DIENSTVERLENING, 1, {
    statement: 'Klantinformatie is een voorwaarde, maar niet uitgewerkt',
    quote: 'Sturen op klantinformatie is daarom een voorwaarde voor deze visie.',
    kind: 'randvoorwaarde',
    themeIds: ['dienstverlening', 'datakwaliteit'],
    importance: 2,
  }),
  fromPassage(IA, 0, {
    statement: 'Gegevens staan op meerdere plaatsen en raken uit de pas',
    quote: 'Gegevens worden daardoor op meerdere plaatsen opgeslagen en raken uit de pas.',
    kind: 'uitdaging',
    themeIds: ['data-architectuur-techniek', 'datakwaliteit'],
    importance: 2,
  }),
  fromPassage(IA, 1, {
    statement: 'Data-eigenaren per domein zijn aangekondigd, maar nog niet benoemd',
    quote: 'Deze eigenaren worden in 2025 per domein benoemd.',
    kind: 'randvoorwaarde',
    themeIds: ['governance-eigenaarschap'],
    importance: 2,
  }),
  fromPassage(IA, 2, {
    statement: 'Te weinig capaciteit bij Informatievoorziening',
    quote: 'Het grootste risico voor deze strategie is capaciteit.',
    kind: 'risico',
    themeIds: ['datavaardigheid', 'data-architectuur-techniek'],
    importance: 3,
  }),
  fromPassage(STARTNOTITIE, 1, {
    statement: 'Een brede visie: techniek is een middel',
    quote: 'Techniek is een middel',
    kind: 'randvoorwaarde',
    themeIds: ['cultuur-leiderschap', 'governance-eigenaarschap', 'ethiek'],
    importance: 1,
  }),
  fromPassage(JAARVERSLAG, 0, {
    statement: 'De overschrijding op jeugdzorg werd pas laat zichtbaar',
    quote: 'De overschrijding werd pas in het najaar zichtbaar',
    kind: 'uitdaging',
    themeIds: ['maatschappelijke-opgaven', 'datakwaliteit'],
    importance: 3,
  }),
  fromPassage(JAARVERSLAG, 1, {
    statement: '17 datalekken in een jaar, meest door verkeerd geadresseerde e-mail',
    quote: 'Er werden 17 datalekken gemeld',
    kind: 'risico',
    themeIds: ['privacy-informatieveiligheid'],
    importance: 2,
  }),
  fromPassage(JAARVERSLAG, 2, {
    statement: 'De verantwoording over het sociaal domein leunt op spreadsheets',
    quote: 'afhankelijk is van handmatige bewerkingen in spreadsheets',
    kind: 'risico',
    themeIds: ['datakwaliteit', 'data-architectuur-techniek'],
    importance: 2,
  }),
];

/** Heard outside the interviews: the informal council evening, the advisory board, partners. */
const directFindings: DemoFinding[] = [
  direct('raadslid', {
    statement: 'Raadsleden willen begrijpelijke cijfers per wijk in plaats van lange rapportages',
    kind: 'ambitie',
    themeIds: ['transparantie', 'bestuurlijk-draagvlak'],
    importance: 2,
  }),
  direct('raadslid', {
    statement: 'Zorg in de raad over het koppelen van gegevens in het sociaal domein',
    kind: 'risico',
    themeIds: ['privacy-informatieveiligheid', 'ethiek'],
    importance: 2,
  }),
  direct('inwoner', {
    statement:
      'De adviesraad sociaal domein wil meedenken over het gebruik van gegevens van inwoners',
    kind: 'ambitie',
    themeIds: ['ethiek', 'samenwerking-keten'],
    importance: 2,
  }),
  direct('extern', {
    statement: 'De omgevingsdienst biedt aan gegevens te delen via het bestaande convenant',
    kind: 'ambitie',
    themeIds: ['samenwerking-keten'],
    importance: 1,
  }),
  direct('extern', {
    statement: 'De gezondheidsmonitor van de GGD wordt door de gemeente nauwelijks gebruikt',
    kind: 'uitdaging',
    themeIds: ['samenwerking-keten', 'maatschappelijke-opgaven'],
    importance: 1,
  }),
];

export const demoFindings: DemoFinding[] = [
  ...programmateamFindings,
  ...directieFindings,
  ...wethouderFindings,
  ...teammanagerFindings,
  ...beheerderFindings,
  ...beleidsFindings,
  ...documentFindings,
  ...directFindings,
];
