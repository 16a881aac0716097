import type { Language } from '../../../shared/domain/common.js';
import { exportTranslator } from '../export-i18n.js';
import { nulmetingLabels } from '../nulmeting-labels.js';
import { excelTexts } from './excel-texts.js';

// The words of the nulmeting scores workbook (issue 15), in Dutch and English; `en` is typed
// against `nl`.

export const nulmetingScoresTextsNl = {
  file: 'Scores nulmeting {{client}}',
  sheet: 'Scores',
  respondent: 'Respondent',
  respondentNumber: 'Respondent {{number}}',
  group: 'Groep',
  dimension: 'Dimensie',
  current: 'Huidig',
  desired: 'Gewenst',
  confidence: 'Zekerheid',
  evidence: 'Onderbouwing',
  respondentId: 'Respondent-id',
  dimensionId: 'Dimensie-id',
  measurement: 'Meting: {{name}}, {{date}} (gewenst: over {{years}} jaar).',
  noAssessment: 'Er is nog geen meting vastgelegd.',
  levelsNote: 'Niveaus van 1 tot 5 in halve stappen; kies uit de lijst.',
  consensusSheet: 'Consensus',
  agreedCurrent: 'Huidig (afgesproken)',
  agreedDesired: 'Gewenst (afgesproken)',
  gap: 'Verschil',
  currentMin: 'Huidig min',
  currentMax: 'Huidig max',
  desiredMin: 'Gewenst min',
  desiredMax: 'Gewenst max',
  scores: 'Aantal scores',
  rationale: 'Onderbouwing afgesproken score',
  findings: 'Bevindingen',
  consensusNote:
    'Afgesproken scores per dimensie, met de spreiding (laagste en hoogste) van de individuele scores.',
  groupsSheet: 'Per groep',
  count: 'Aantal',
  meanCurrent: 'Huidig (gemiddeld)',
  meanDesired: 'Gewenst (gemiddeld)',
  modelSheet: 'Model',
  description: 'Omschrijving',
  bouwstenen: 'Bouwstenen',
  levelHeader: '{{level}} {{label}}',
  radarSheet: 'Radar',
  radarTitle: 'Huidig en gewenst niveau per dimensie',
  radarEmpty: 'Geen radar: er is nog geen meting.',
};

export type NulmetingScoresTexts = typeof nulmetingScoresTextsNl;

export const nulmetingScoresTextsEn: NulmetingScoresTexts = {
  file: 'Baseline scores {{client}}',
  sheet: 'Scores',
  respondent: 'Respondent',
  respondentNumber: 'Respondent {{number}}',
  group: 'Group',
  dimension: 'Dimension',
  current: 'Current',
  desired: 'Desired',
  confidence: 'Confidence',
  evidence: 'Reasons',
  respondentId: 'Respondent id',
  dimensionId: 'Dimension id',
  measurement: 'Measurement: {{name}}, {{date}} (desired: in {{years}} years).',
  noAssessment: 'No measurement has been recorded yet.',
  levelsNote: 'Levels from 1 to 5 in half steps; pick from the list.',
  consensusSheet: 'Consensus',
  agreedCurrent: 'Current (agreed)',
  agreedDesired: 'Desired (agreed)',
  gap: 'Gap',
  currentMin: 'Current min',
  currentMax: 'Current max',
  desiredMin: 'Desired min',
  desiredMax: 'Desired max',
  scores: 'Number of scores',
  rationale: 'Reasons for the agreed score',
  findings: 'Findings',
  consensusNote:
    'Agreed scores per dimension, with the spread (lowest and highest) of the individual scores.',
  groupsSheet: 'Per group',
  count: 'Count',
  meanCurrent: 'Current (mean)',
  meanDesired: 'Desired (mean)',
  modelSheet: 'Model',
  description: 'Description',
  bouwstenen: 'Building blocks',
  levelHeader: '{{level}} {{label}}',
  radarSheet: 'Radar',
  radarTitle: 'Current and desired level per dimension',
  radarEmpty: 'No radar: there is no measurement yet.',
};

/** This workbook's words, the shared nulmeting labels and the info sheet's labels. */
export function nulmetingScoresTexts(language: Language) {
  return {
    words: language === 'en' ? nulmetingScoresTextsEn : nulmetingScoresTextsNl,
    labels: nulmetingLabels(language),
    info: excelTexts(language).labels.info,
    t: exportTranslator(language, { nl: nulmetingScoresTextsNl, en: nulmetingScoresTextsEn }),
  };
}
