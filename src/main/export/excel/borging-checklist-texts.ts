import type { Language } from '../../../shared/domain/common.js';
import { adoptionLabelsEn, adoptionLabelsNl } from '../adoption-labels.js';
import { exportTranslator } from '../export-i18n.js';
import { excelTexts } from './excel-texts.js';

// The words of the borging workbook (issue 14), in Dutch and English; `en` is typed against `nl`.

export const borgingTextsNl = {
  file: 'Borgingschecklist {{client}}',
  sheet: 'Borging',
  title: 'Titel',
  description: 'Omschrijving',
  lesson: 'Les',
  role: 'Rol',
  roleHolders: 'Rolhouders',
  owner: 'Eigenaar',
  status: 'Status',
  due: 'Streefdatum',
  notes: 'Notities',
  id: 'Id',
  noItems: 'Er is nog geen borgingschecklist.',
  decisionsSheet: 'Besluiten',
  date: 'Datum',
  body: 'Orgaan',
  kind: 'Besluit',
  subject: 'Onderwerp',
  reference: 'Kenmerk',
  version: 'Versie',
  document: 'Document',
  decisionNotes: 'Toelichting',
  noDecisions: 'Er zijn nog geen besluiten vastgelegd.',
  adopted: 'Vastgestelde visie: versie {{label}}.',
  notAdopted: 'De visie is nog niet vastgesteld.',
};

export type BorgingTexts = typeof borgingTextsNl;

export const borgingTextsEn: BorgingTexts = {
  file: 'Borging checklist {{client}}',
  sheet: 'Borging',
  title: 'Title',
  description: 'Description',
  lesson: 'Lesson',
  role: 'Role',
  roleHolders: 'Role holders',
  owner: 'Owner',
  status: 'Status',
  due: 'Due date',
  notes: 'Notes',
  id: 'Id',
  noItems: 'There is no borging checklist yet.',
  decisionsSheet: 'Decisions',
  date: 'Date',
  body: 'Body',
  kind: 'Decision',
  subject: 'Subject',
  reference: 'Reference',
  version: 'Version',
  document: 'Document',
  decisionNotes: 'Notes',
  noDecisions: 'No decisions have been recorded yet.',
  adopted: 'Adopted vision: version {{label}}.',
  notAdopted: 'The vision has not been adopted yet.',
};

/** This workbook's words, the step-4 labels and the info sheet's labels, in one language. */
export function borgingTexts(language: Language) {
  return {
    words: language === 'en' ? borgingTextsEn : borgingTextsNl,
    labels: language === 'en' ? adoptionLabelsEn : adoptionLabelsNl,
    info: excelTexts(language).labels.info,
    t: exportTranslator(language, { nl: borgingTextsNl, en: borgingTextsEn }),
  };
}
