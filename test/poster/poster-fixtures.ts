import type { PosterInput } from '../../src/shared/poster/poster-input.js';

// A poster as the demo engagement would show it: Gemeente Den Helder, four themes, natural
// Dutch texts of realistic length.

export const denHelderPoster: PosterInput = {
  language: 'nl',
  clientName: 'Gemeente Den Helder',
  title: 'Datagedreven werken: onze visie 2027–2030',
  versionLabel: '0.3',
  isDraft: true,
  houseStyle: { primaryColor: '#004b87', secondaryColor: '#f2a900', logo: null },
  kernvisie:
    'Den Helder gebruikt data om inwoners beter te helpen en om als bestuur beter onderbouwde keuzes te maken. We doen dat zorgvuldig, open en samen: medewerkers weten wat de cijfers wel en niet zeggen, inwoners kunnen zien wat we met hun gegevens doen, en het college stuurt op inzicht in plaats van op gevoel.',
  themes: [
    {
      title: 'Ethiek',
      text: 'We gebruiken data alleen waar het inwoners of de organisatie aantoonbaar iets oplevert, en wegen vooraf af wat het kan schaden.',
      forInhabitants: 'Beslissingen over jou worden nooit alleen door een systeem genomen.',
      forStaff: 'Bij twijfel leg je een toepassing voor aan het ethisch beraad.',
      forBestuur: 'Het college ziet jaarlijks welke algoritmen we inzetten en waarom.',
      portfolio: 'Bedrijfsvoering',
    },
    {
      title: 'Transparantie',
      text: 'We zijn open over welke gegevens we verzamelen, hoe we ze gebruiken en welke algoritmen we inzetten.',
      forInhabitants: 'Je vindt alle algoritmen in het openbare algoritmeregister.',
      forStaff: 'Je legt uit hoe een analyse tot stand kwam, in gewone taal.',
      forBestuur: 'Raadsvoorstellen vermelden welke data eraan ten grondslag liggen.',
      portfolio: 'Dienstverlening',
    },
    {
      title: 'Veiligheid & privacy',
      text: 'Persoonsgegevens zijn goed beveiligd en we gebruiken er niet meer van dan nodig is.',
      forInhabitants: 'Je gegevens zijn veilig en worden niet langer bewaard dan nodig.',
      forStaff: 'Je werkt met gepseudonimiseerde gegevens waar dat kan.',
      forBestuur: 'Datalekken en risico’s staan elk kwartaal op de agenda.',
      portfolio: 'Informatievoorziening',
    },
    {
      title: 'Datavaardigheid',
      text: 'Iedere medewerker kan met data omgaan op het niveau dat zijn of haar werk vraagt.',
      forInhabitants: 'Je krijgt sneller en beter antwoord op je vraag.',
      forStaff: 'Je volgt het leerprogramma Data in de praktijk en krijgt tijd om te oefenen.',
      forBestuur: 'Bestuurders krijgen een eigen sessie over het lezen van dashboards.',
      portfolio: 'HRM',
    },
  ],
  ambitions: [
    'In 2028 gebruikt elk team ten minste één dashboard in het werkoverleg.',
    'Alle algoritmen staan in 2027 in het algoritmeregister.',
    'Raadsvoorstellen onderbouwen we waar mogelijk met cijfers.',
  ],
  coreValues: [
    { title: 'Zorgvuldig', text: 'We gaan met gegevens om alsof het de onze zijn.' },
    { title: 'Open', text: 'We laten zien wat we doen en waarom.' },
    { title: 'Samen', text: 'Data is van de hele organisatie, niet van één afdeling.' },
  ],
  preconditions: [
    'Een datateam van drie fte met een vaste plek in de organisatie.',
    'Een actuele gegevenscatalogus en duidelijke eigenaren per bron.',
    'Budget voor opleiding: € 40.000 per jaar.',
  ],
  footer: { status: 'Besproken in het MT', date: '12 maart 2027' },
};
