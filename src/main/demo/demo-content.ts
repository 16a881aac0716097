import type { EngagementFields } from '../../shared/domain/engagement.js';
import type { StakeholderFields } from '../../shared/domain/stakeholder.js';

// The demo engagement: a municipality that does not exist, staffed by people who do not exist.
// End-to-end tests and screenshots rely on it, so change names with care and keep it fictional:
// no real municipality, official or resident may end up in a screenshot.

const DEMO_PRIMARY = '#0b5563';
const DEMO_SECONDARY = '#e0a526';

/** A shield with three waves: Dijkhaven lies behind the dike. No text, so no fonts needed. */
export const demoLogoSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 140" width="120" height="140">
  <path d="M10 10 H110 V70 C110 105 85 125 60 135 C35 125 10 105 10 70 Z" fill="${DEMO_PRIMARY}" stroke="${DEMO_SECONDARY}" stroke-width="6" stroke-linejoin="round"/>
  <path d="M24 58 Q38 46 52 58 T80 58 T108 58" fill="none" stroke="${DEMO_SECONDARY}" stroke-width="7" stroke-linecap="round"/>
  <path d="M20 80 Q34 68 48 80 T76 80 T104 80" fill="none" stroke="#ffffff" stroke-width="7" stroke-linecap="round"/>
  <path d="M28 102 Q42 90 56 102 T84 102 T98 100" fill="none" stroke="${DEMO_SECONDARY}" stroke-width="7" stroke-linecap="round"/>
  <circle cx="60" cy="32" r="10" fill="${DEMO_SECONDARY}"/>
</svg>
`;

export const demoFileBaseName = 'Demo gemeente Dijkhaven';

export const demoEngagement: EngagementFields = {
  clientName: 'Gemeente Dijkhaven',
  title: 'Visie datagedreven werken gemeente Dijkhaven',
  consultants: ['Marloes van der Veen', 'Joris Ravenstein'],
  startDate: '2026-02-02',
  status: 'lopend',
  language: 'nl',
  houseStyle: {
    primaryColor: DEMO_PRIMARY,
    secondaryColor: DEMO_SECONDARY,
    fontName: 'Open Sans',
    logo: {
      mimeType: 'image/svg+xml',
      dataBase64: Buffer.from(demoLogoSvg, 'utf8').toString('base64'),
    },
  },
};

const given = (
  name: string,
  jobTitle: string,
  department: string,
  group: StakeholderFields['group'],
) =>
  ({
    name,
    jobTitle,
    department,
    group,
    consent: 'gegeven',
    consentNote: '',
  }) satisfies StakeholderFields;

/** Dijkhaven, about 60,000 inhabitants on the coast; the programme team first, as in the file. */
export const demoStakeholders: StakeholderFields[] = [
  // Programme team
  {
    ...given(
      'Ingrid Hoekstra',
      'Programmamanager datagedreven werken',
      'Concernstaf',
      'programmateam',
    ),
    consentNote: 'Toestemming gegeven bij de startbijeenkomst.',
  },
  given(
    'Bas Koopmans',
    'Beleidsadviseur onderzoek & statistiek',
    'Team Onderzoek & Statistiek',
    'programmateam',
  ),
  given(
    'Samira El Idrissi',
    'Strategisch informatiemanager',
    'Team Informatievoorziening',
    'programmateam',
  ),
  given('Wouter de Graaf', 'Informatieanalist', 'Team Informatievoorziening', 'programmateam'),
  {
    ...given('Lotte Brouwer', 'Informatieanalist', 'Team Informatievoorziening', 'programmateam'),
    consent: 'onbekend',
    consentNote: 'Nieuw in het team sinds maart; toestemming vragen bij de kennismaking.',
  },
  given('Hanneke Visser', 'Projectleider dienstverlening', 'Team Publiekszaken', 'programmateam'),
  given('Mehmet Yıldız', 'Functioneel beheerder', 'Team Applicatiebeheer', 'programmateam'),

  // Team managers
  given('Petra van Dijk', 'Teammanager Sociaal Domein', 'Afdeling Samenleving', 'teammanager'),
  {
    ...given(
      'Jeroen Mulder',
      'Teammanager Ruimtelijke Ontwikkeling',
      'Afdeling Fysiek Domein',
      'teammanager',
    ),
    consent: 'onbekend',
    consentNote: 'Interview nog niet ingepland; toestemming vragen bij de uitnodiging.',
  },
  given('Anouk Jansen', 'Teammanager Publiekszaken', 'Afdeling Dienstverlening', 'teammanager'),

  // Senior management
  given('Frank Veenstra', 'Gemeentesecretaris en algemeen directeur', 'Directie', 'directie'),
  given('Monique Bos', 'Concerndirecteur Bedrijfsvoering', 'Directie', 'directie'),

  // Aldermen
  {
    ...given(
      'Gerard Kuiper',
      'Wethouder Financiën, Dienstverlening en Digitalisering',
      'College van burgemeester en wethouders',
      'wethouder',
    ),
    consentNote: 'Mondeling gegeven; het verslag gaat ter controle via de bestuursadviseur.',
  },
  given(
    'Yvonne Dekker',
    'Wethouder Sociaal Domein en Wonen',
    'College van burgemeester en wethouders',
    'wethouder',
  ),

  // Council members
  given('Fatima Amrani', 'Raadslid', 'Gemeenteraad', 'raadslid'),
  {
    ...given('Thomas Vermeulen', 'Fractievoorzitter', 'Gemeenteraad', 'raadslid'),
    consent: 'onbekend',
    consentNote: 'Doet mee aan de raadssessie; een apart interview is nog niet afgesproken.',
  },
  {
    ...given('Kees Hoogland', 'Raadslid', 'Gemeenteraad', 'raadslid'),
    consent: 'geweigerd',
    consentNote:
      'Wil niet bij naam in verslagen; zijn inbreng alleen meenemen als raadsbreed geluid.',
  },

  // Data stewards and quality
  given('Rik Postma', 'Gegevensbeheerder basisregistraties', 'Team Basisregistraties', 'beheerder'),
  given('Ellen de Haan', 'Databeheerder GIS en BGT', 'Team Geo-informatie', 'beheerder'),
  given(
    'Noor Willems',
    'Kwaliteitsmedewerker informatiebeheer',
    'Team Kwaliteit & Control',
    'beheerder',
  ),

  // Policy officers
  given(
    'Maarten Schouten',
    'Beleidsmedewerker duurzaamheid en energietransitie',
    'Afdeling Fysiek Domein',
    'beleidsmedewerker',
  ),
  given(
    'Sophie Meijer',
    'Beleidsmedewerker armoede en schulddienstverlening',
    'Afdeling Samenleving',
    'beleidsmedewerker',
  ),
  given('Jasper Brink', 'Privacy officer', 'Concernstaf', 'beleidsmedewerker'),

  // External partners
  {
    ...given(
      'Marieke Hendriks',
      'Adviseur data en monitoring',
      'Omgevingsdienst Kust en Polder',
      'extern',
    ),
    consent: 'onbekend',
    consentNote: 'Externe partij: toestemming loopt via haar eigen organisatie.',
  },
  given('Daan Vos', 'Epidemioloog', 'GGD Kustregio', 'extern'),

  // Residents
  {
    ...given(
      'Truus Kramer',
      'Lid adviesraad sociaal domein',
      'Adviesraad Sociaal Domein Dijkhaven',
      'inwoner',
    ),
    consentNote: 'Schriftelijk gegeven; wil het verslag per post ontvangen.',
  },
  {
    ...given('Lars Timmer', 'Voorzitter wijkplatform', 'Wijkplatform Havenkwartier', 'inwoner'),
    consent: 'onbekend',
    consentNote: 'Benaderd via de wijkregisseur; reactie nog niet binnen.',
  },
];

/** Step 1 is under way in the demo: documents in, stakeholders known, interviews being planned. */
export const demoCheckedItems: string[] = [
  's1-startgesprek-voeren',
  's1-documenten-inventariseren',
  's1-documenten-analyseren',
  's1-betrokkenen-in-kaart',
  's1-interviewleidraad-afstemmen',
];
