import type { Language } from '../../../shared/domain/common.js';
import type { RoadmapMethod } from '../../../shared/domain/roadmap-method.js';
import { exportTranslator } from '../export-i18n.js';
import { roadmapLabels } from '../roadmap-labels.js';
import { excelTexts } from './excel-texts.js';

// The words of the planning workbook of the routekaart (issue 16), in Dutch and English; `en`
// is typed against `nl`.

export const planningTextsNl = {
  file: 'Planning routekaart {{client}}',
  itemsSheet: 'Acties',
  timelineSheet: 'Tijdlijn',
  dependenciesSheet: 'Afhankelijkheden',
  progressSheet: 'Voortgang',
  number: 'Nr',
  title: 'Actie',
  kind: 'Soort',
  bouwsteen: 'Bouwsteen',
  dimension: 'Dimensie',
  start: 'Begin',
  end: 'Eind',
  phase: 'Fase',
  level: 'Niveau',
  owner: 'Eigenaar',
  effort: 'Inzet',
  funding: 'Financiering',
  status: 'Status',
  goal: 'Doel',
  description: 'Omschrijving',
  gaps: 'Dicht verschil',
  passages: 'Dient de visie',
  dependsOn: 'Hangt af van',
  latest: 'Laatste voortgang',
  id: 'Id',
  gapLine: '{{dimension}} ({{current}} → {{desired}})',
  noItems: 'De routekaart heeft nog geen acties.',
  timelineNote:
    'Een gekleurde cel is een kwartaal waarin de actie loopt; de kleur hoort bij de soort: {{legend}}.',
  dependsOnStart: 'Begin daarvan',
  dependsOnEnd: 'Eind daarvan',
  signal: 'Signaal',
  startsBefore: 'Begint voordat de actie waarvan zij afhangt klaar is',
  noDependencies: 'Er zijn nog geen afhankelijkheden vastgelegd.',
  date: 'Datum',
  update: 'Voortgang',
  newStatus: 'Status vanaf deze melding',
  currentStatus: 'Huidige status',
  noUpdates: 'Er is nog geen voortgang gemeld.',
  horizon: 'Looptijd: {{from}} tot en met {{to}}.',
};

export type PlanningTexts = typeof planningTextsNl;

export const planningTextsEn: PlanningTexts = {
  file: 'Roadmap planning {{client}}',
  itemsSheet: 'Actions',
  timelineSheet: 'Timeline',
  dependenciesSheet: 'Dependencies',
  progressSheet: 'Progress',
  number: 'No',
  title: 'Action',
  kind: 'Kind',
  bouwsteen: 'Building block',
  dimension: 'Dimension',
  start: 'Start',
  end: 'End',
  phase: 'Phase',
  level: 'Level',
  owner: 'Owner',
  effort: 'Effort',
  funding: 'Funding',
  status: 'Status',
  goal: 'Goal',
  description: 'Description',
  gaps: 'Closes gap',
  passages: 'Serves the vision',
  dependsOn: 'Depends on',
  latest: 'Latest progress',
  id: 'Id',
  gapLine: '{{dimension}} ({{current}} → {{desired}})',
  noItems: 'The roadmap has no actions yet.',
  timelineNote:
    'A coloured cell is a quarter in which the action runs; the colour shows its kind: {{legend}}.',
  dependsOnStart: 'Its start',
  dependsOnEnd: 'Its end',
  signal: 'Signal',
  startsBefore: 'Starts before the action it depends on is finished',
  noDependencies: 'No dependencies have been recorded yet.',
  date: 'Date',
  update: 'Progress',
  newStatus: 'Status from this report on',
  currentStatus: 'Current status',
  noUpdates: 'No progress has been reported yet.',
  horizon: 'Plan period: {{from}} to {{to}}.',
};

/** This workbook's words, the roadmap labels and the info sheet's labels, in one language. */
export function planningTexts(language: Language, method?: RoadmapMethod) {
  return {
    words: language === 'en' ? planningTextsEn : planningTextsNl,
    labels: roadmapLabels(language, method),
    info: excelTexts(language).labels.info,
    t: exportTranslator(language, { nl: planningTextsNl, en: planningTextsEn }),
  };
}
