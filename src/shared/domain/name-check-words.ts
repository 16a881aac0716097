// Word lists for the name check before an export (src/main/export/pseudonymise-text.ts,
// nameLikePairs): words with a capital that are not a person's name. All lower case; matching
// ignores case. Data, not rules: add a word here when the check lists something that is not a
// person. Leave out words that are also common Dutch surnames or first names (Bos, Bakker, De
// Groot, Klein, Kok, Roos, Mark …): a real name must still be listed.

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Words that start the name of an organisation or a part of one: "Gemeente Den Helder",
 * "Afdeling Publiekszaken", "Ministerie van Binnenlandse Zaken", "Team Onderzoek & Statistiek".
 * Neither they nor the capitalised words right after them are a person.
 */
export const ORGANISATION_TERMS = words(`
  gemeente gemeenten gemeentehuis stadhuis provincie provincies ministerie ministeries rijk
  rijksoverheid overheid waterschap hoogheemraadschap omgevingsdienst veiligheidsregio
  belastingdienst autoriteit inspectie rekenkamer ombudsman kamer staten
  college raad gemeenteraad commissie raadscommissie griffie concern concernstaf
  directie afdeling afdelingen team teams cluster sector unit bureau dienst diensten domein
  programma programmabureau project werkgroep stuurgroep projectgroep kerngroep platform netwerk
  overleg loket servicepunt informatiepunt kenniscentrum expertisecentrum klantcontactcentrum
  stichting vereniging coöperatie cooperatie federatie bond fonds
  bedrijf organisatie corporatie woningcorporatie woonstichting school hogeschool universiteit
  ziekenhuis zorggroep ggd politie brandweer rechtbank
  regio samenwerkingsverband holding groep group bv nv inc ltd
`);

/** Organisations, systems and products a municipality's notes often name. */
export const KNOWN_ORGANISATIONS = words(`
  rijkswaterstaat kadaster cbs vng kinggemeenten logius ictu rvig geonovum
  microsoft google amazon apple oracle sap centric pinkroccade esri tableau qlik azure aws
  excel word outlook teams sharepoint onedrive powerbi power bi office
  common ground digid mijnoverheid haal centraal
  avg wob woo bio nen iso wmo wet jeugdwet participatiewet omgevingswet
`);

/**
 * Common Dutch words that may carry a capital, mostly because they start a sentence ("Volgens
 * Piet Smit …", "Daarna Sociaal Domein …"), or because they are titles, places or calendar
 * words. A capitalised word at a sentence's start is a possible name only when it is not here.
 */
export const COMMON_WORDS = words(`
  ik jij je u wij we jullie zij ze hij het de een dit dat deze die daar hier er men iemand
  iedereen niemand alles niets iets wat wie waar wanneer waarom hoe welke welk zo
  en of maar als want dus omdat doordat zodat terwijl hoewel toen nadat voordat sinds tenzij
  ook nog wel niet geen al alleen zelfs vooral daarom daarna daarnaast daarbij daarmee daardoor
  daarvoor daarin daarop daaruit daaraan bovendien echter toch verder eerst eerder later
  vervolgens tot slot tenslotte ten dan nu straks gisteren vandaag morgen vorige volgende
  soms vaak altijd nooit meestal misschien wellicht zeker natuurlijk inderdaad kortom
  bijvoorbeeld namelijk eigenlijk uiteindelijk tegelijk intussen ondertussen inmiddels
  voor na bij met van op in uit aan om tot over onder door naar tegen tussen zonder volgens
  vanuit binnen buiten boven naast achter langs via per rond sinds vanaf
  ja nee oké ok goed prima graag dank bedankt let op
  veel weinig meer minder meeste alle elke ieder iedere beide andere ander enkele sommige
  eerste tweede derde vierde vijfde laatste nieuwe nieuw oude oud grote kleine hele
  belangrijk belangrijke duidelijk duidelijke lastig moeilijk makkelijk snel sneller
  is zijn was waren wordt worden werd werden heeft hebben had hadden kan kunnen kon konden
  moet moeten moest wil willen wilde zal zullen zou zouden mag mogen gaat gaan ging
  komt komen kwam doet doen deed zegt zeggen zei vindt vinden vond ziet zien zag weet weten
  maak maken maakt geeft geven gaf krijgt krijgen kreeg staat staan blijft blijven
  zorg zorgen werk werken gebruik gebruiken neem nemen bespreek bespreken vraag vragen
  actie acties afspraak afspraken besluit besluiten advies aanpak stap stappen doel doelen
  vraagstuk opgave opgaven uitdaging uitdagingen kans kansen risico risico's punt punten
  conclusie samenvatting aanbeveling aanbevelingen toelichting opmerking notitie bron citaat
  data gegevens informatie cijfers dashboard dashboards rapportage rapportages monitor
  systeem systemen applicatie applicaties architectuur kwaliteit privacy ethiek governance
  sociaal sociale fysiek fysieke ruimtelijk ruimtelijke digitaal digitale publiek publieke
  klant klanten inwoner inwoners burgers ondernemer ondernemers medewerker medewerkers
  contact dienstverlening beleid visie strategie nota plan plannen begroting jaarverslag
  coalitieakkoord akkoord onderzoek statistiek informatievoorziening informatiebeheer
  noord zuid oost west midden centrum stad dorp wijk wijken
  nederland nederlandse nederlands europa europese unie den haag rotterdam amsterdam utrecht
  januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  mevrouw meneer heer dhr mw mevr drs dr ir mr prof ing
  burgemeester wethouder wethouders raadslid raadsleden griffier secretaris directeur
  manager teammanager beleidsmedewerker adviseur coördinator programmamanager projectleider
`);
