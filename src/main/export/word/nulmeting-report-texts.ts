// The words of the nulmeting report (issue 15), in Dutch as a Dutch consultant writes them, and
// English. `en` is typed against `nl`, so a key missing in one language is a compile error.

import { nulmetingLabelsEn, nulmetingLabelsNl } from '../nulmeting-labels.js';

export const nulmetingReportTextsNl = {
  ...nulmetingLabelsNl,
  documentTitle: 'Rapport nulmeting',
  coverLine: '{{name}}, {{date}}',
  coverNone: 'Nog geen meting vastgelegd',
  summary: 'Samenvatting',
  noAssessment:
    'Er is nog geen meting vastgelegd. Leg in Koers een meting met respondenten en scores vast om dit rapport te vullen.',
  summaryText:
    'Op {{date}} hebben {{respondents}} de datavolwassenheid van {{client}} gescoord op {{dimensions}} dimensies: waar staat de organisatie nu, en waar wil zij over {{years}} jaar staan? De niveaus lopen van 1 ({{lowest}}) tot 5 ({{highest}}).',
  respondentCount_one: '{{count}} respondent',
  respondentCount_other: '{{count}} respondenten',
  summaryAgreed:
    'Voor {{agreed}} van de {{dimensions}} dimensies is een gezamenlijk huidig en gewenst niveau afgesproken.',
  summaryNotAgreed:
    'Er zijn nog geen gezamenlijke scores afgesproken; de radar en de tabellen vullen zich zodra dat gebeurt.',
  summaryAverage:
    'Gemiddeld over de afgesproken dimensies staat de organisatie nu op niveau {{current}} en wil zij naar niveau {{desired}}.',
  radarText:
    'De radar toont per dimensie het afgesproken huidige niveau (gevuld) en het gewenste niveau (gestreept).',
  radarEarlierText: ' De gestippelde lijn is het huidige niveau bij de eerdere meting ({{names}}).',
  radarAlt: 'Radar met het huidige en het gewenste niveau per dimensie',
  radarCaption: 'Figuur {{number}}. Huidig en gewenst niveau per dimensie',
  topGaps: 'Grootste verschillen',
  topGapsText:
    'Het verschil tussen het gewenste en het huidige niveau laat zien waar de meeste groei nodig is. De grootste verschillen:',
  topGapLine: '{{dimension}}: van {{current}} naar {{desired}} ({{gap}})',
  noGaps: 'Zonder afgesproken scores zijn er nog geen verschillen te tonen.',
  gapTableCaption: 'Tabel {{number}}. Alle dimensies, gesorteerd op verschil',
  progress: 'Ontwikkeling sinds {{name}}',
  progressText:
    'Het afgesproken huidige niveau nu naast dat van {{name}} ({{date}}).',
  progressCaption: 'Tabel {{number}}. Huidig niveau nu en bij {{name}}',
  earlierColumn: '{{name}}',
  nowColumn: 'Nu',
  changeColumn: 'Ontwikkeling',
  method: 'Werkwijze',
  methodText:
    'De nulmeting gebruikt een volwassenheidsmodel met {{dimensions}} dimensies, van leiderschap en cultuur tot techniek: datagedreven werken gaat niet alleen over techniek. Elke dimensie heeft vijf niveaus met een beschrijving (zie de bijlage).',
  methodScoring:
    'Elke respondent gaf per dimensie het huidige niveau en het niveau dat over {{years}} jaar gewenst is, in halve stappen, met een onderbouwing. Daarna is per dimensie samen een score afgesproken. De spreiding (laagste en hoogste score) laat zien hoe ver de beelden uiteenliepen.',
  notes: 'Toelichting bij de meting',
  respondents: 'Respondenten',
  respondentsText:
    'De respondenten komen uit deze groepen. Het rapport noemt geen namen: de scores staan per groep.',
  groupColumn: 'Groep',
  countColumn: 'Respondenten',
  total: 'Totaal',
  respondentsCaption: 'Tabel {{number}}. Respondenten per groep',
  noRespondents: 'Er zijn nog geen respondenten vastgelegd.',
  groupRadarText:
    'Per groep het gemiddelde huidige niveau (dunne lijnen) naast het afgesproken niveau (gevuld).',
  groupRadarAlt: 'Radar met het gemiddelde huidige niveau per groep',
  groupRadarCaption: 'Figuur {{number}}. Huidig niveau per groep',
  dimensions: 'Resultaten per dimensie',
  dimensionsText:
    'Per dimensie het afgesproken huidige en gewenste niveau, het verschil, de spreiding van de individuele scores, de scores per groep en de onderbouwing.',
  dimensionColumn: 'Dimensie',
  currentColumn: 'Huidig',
  desiredColumn: 'Gewenst',
  gapColumn: 'Verschil',
  spreadColumn: 'Spreiding huidig',
  agreedCurrent: 'Huidig niveau (afgesproken)',
  agreedDesired: 'Gewenst niveau (afgesproken)',
  gap: 'Verschil',
  spreadCurrent: 'Spreiding huidig',
  spreadDesired: 'Spreiding gewenst',
  spreadValue: '{{range}} ({{count}})',
  scoreCount_one: '{{count}} score',
  scoreCount_other: '{{count}} scores',
  notAgreed: 'nog niet afgesproken',
  levelWithLabel: '{{level}} – {{label}}',
  byGroup: 'Per groep',
  byGroupCaption: 'Tabel {{number}}. {{dimension}}: gemiddelde per groep',
  meanCurrentColumn: 'Huidig (gem.)',
  meanDesiredColumn: 'Gewenst (gem.)',
  rationale: 'Onderbouwing van de afgesproken score',
  noRationale: 'Geen onderbouwing vastgelegd.',
  evidence: 'Wat respondenten aangaven',
  evidenceLine: '{{group}}',
  findings: 'Bevindingen',
  noFindings: 'Geen bevindingen gekoppeld.',
  conclusions: 'Conclusies',
  noConclusions: 'Er zijn nog geen conclusies vastgelegd.',
  appendix: 'Bijlage: de niveaus van het model',
  appendixText:
    'Het volwassenheidsmodel zoals het bij deze meting is gebruikt. Eerst de vijf niveaus in het algemeen, daarna per dimensie wat elk niveau inhoudt.',
  levelColumn: 'Niveau',
  labelColumn: 'Naam',
  meaningColumn: 'Betekenis',
  levelsCaption: 'Tabel {{number}}. De vijf niveaus',
  descriptionColumn: 'Hoe dat eruitziet',
  questions: 'Vragen bij deze dimensie',
};

export type NulmetingReportTexts = typeof nulmetingReportTextsNl;

export const nulmetingReportTextsEn: NulmetingReportTexts = {
  ...nulmetingLabelsEn,
  documentTitle: 'Baseline report',
  coverLine: '{{name}}, {{date}}',
  coverNone: 'No measurement recorded yet',
  summary: 'Summary',
  noAssessment:
    'No measurement has been recorded yet. Record a measurement with respondents and scores in Koers to fill this report.',
  summaryText:
    'On {{date}}, {{respondents}} scored the data maturity of {{client}} on {{dimensions}} dimensions: where does the organisation stand now, and where does it want to be in {{years}} years? The levels run from 1 ({{lowest}}) to 5 ({{highest}}).',
  respondentCount_one: '{{count}} respondent',
  respondentCount_other: '{{count}} respondents',
  summaryAgreed:
    'For {{agreed}} of the {{dimensions}} dimensions a joint current and desired level has been agreed.',
  summaryNotAgreed:
    'No joint scores have been agreed yet; the radar and the tables fill in once they are.',
  summaryAverage:
    'Averaged over the agreed dimensions, the organisation is now at level {{current}} and wants to reach level {{desired}}.',
  radarText:
    'The radar shows, per dimension, the agreed current level (filled) and the desired level (dashed).',
  radarEarlierText: ' The dotted line is the current level at the earlier measurement ({{names}}).',
  radarAlt: 'Radar with the current and the desired level per dimension',
  radarCaption: 'Figure {{number}}. Current and desired level per dimension',
  topGaps: 'Largest gaps',
  topGapsText:
    'The gap between the desired and the current level shows where most growth is needed. The largest gaps:',
  topGapLine: '{{dimension}}: from {{current}} to {{desired}} ({{gap}})',
  noGaps: 'Without agreed scores there are no gaps to show yet.',
  gapTableCaption: 'Table {{number}}. All dimensions, sorted by gap',
  progress: 'Progress since {{name}}',
  progressText: 'The agreed current level now beside that of {{name}} ({{date}}).',
  progressCaption: 'Table {{number}}. Current level now and at {{name}}',
  earlierColumn: '{{name}}',
  nowColumn: 'Now',
  changeColumn: 'Change',
  method: 'Method',
  methodText:
    'The baseline uses a maturity model of {{dimensions}} dimensions, from leadership and culture to technology: working data-driven is not only about technology. Each dimension has five levels with a description (see the appendix).',
  methodScoring:
    'Each respondent gave, per dimension, the current level and the level desired in {{years}} years, in half steps, with their reasons. A joint score was then agreed per dimension. The spread (lowest and highest score) shows how far views differed.',
  notes: 'Notes on the measurement',
  respondents: 'Respondents',
  respondentsText:
    'The respondents come from these groups. The report names no one: scores are shown per group.',
  groupColumn: 'Group',
  countColumn: 'Respondents',
  total: 'Total',
  respondentsCaption: 'Table {{number}}. Respondents per group',
  noRespondents: 'No respondents have been recorded yet.',
  groupRadarText:
    'Per group the mean current level (thin lines) beside the agreed level (filled).',
  groupRadarAlt: 'Radar with the mean current level per group',
  groupRadarCaption: 'Figure {{number}}. Current level per group',
  dimensions: 'Results per dimension',
  dimensionsText:
    'Per dimension the agreed current and desired level, the gap, the spread of the individual scores, the scores per group and the reasons given.',
  dimensionColumn: 'Dimension',
  currentColumn: 'Current',
  desiredColumn: 'Desired',
  gapColumn: 'Gap',
  spreadColumn: 'Spread current',
  agreedCurrent: 'Current level (agreed)',
  agreedDesired: 'Desired level (agreed)',
  gap: 'Gap',
  spreadCurrent: 'Spread current',
  spreadDesired: 'Spread desired',
  spreadValue: '{{range}} ({{count}})',
  scoreCount_one: '{{count}} score',
  scoreCount_other: '{{count}} scores',
  notAgreed: 'not agreed yet',
  levelWithLabel: '{{level}} – {{label}}',
  byGroup: 'Per group',
  byGroupCaption: 'Table {{number}}. {{dimension}}: mean per group',
  meanCurrentColumn: 'Current (mean)',
  meanDesiredColumn: 'Desired (mean)',
  rationale: 'Reasons for the agreed score',
  noRationale: 'No reasons recorded.',
  evidence: 'What respondents said',
  evidenceLine: '{{group}}',
  findings: 'Findings',
  noFindings: 'No findings linked.',
  conclusions: 'Conclusions',
  noConclusions: 'No conclusions have been recorded yet.',
  appendix: 'Appendix: the levels of the model',
  appendixText:
    'The maturity model as used for this measurement. First the five levels in general, then per dimension what each level means.',
  levelColumn: 'Level',
  labelColumn: 'Name',
  meaningColumn: 'Meaning',
  levelsCaption: 'Table {{number}}. The five levels',
  descriptionColumn: 'What it looks like',
  questions: 'Questions for this dimension',
};
