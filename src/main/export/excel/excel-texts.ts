import type { Language } from '../../../shared/domain/common.js';
import { findingsEn as uiFindingsEn } from '../../../shared/i18n/ui/findings.en.js';
import { findingsNl as uiFindingsNl } from '../../../shared/i18n/ui/findings.nl.js';
import { uiEn } from '../../../shared/i18n/ui.en.js';
import { uiNl } from '../../../shared/i18n/ui.nl.js';
import { exportTranslator } from '../export-i18n.js';

// Texts of the three workbooks. Group, consent, kind and importance labels are the UI's own, so
// a workbook says exactly what the consultant saw on screen.

export const excelTextsNl = {
  groups: uiNl.groups,
  consent: uiNl.consent,
  kinds: uiFindingsNl.findingKinds,
  importance: {
    '1': uiFindingsNl.importance['1'],
    '2': uiFindingsNl.importance['2'],
    '3': uiFindingsNl.importance['3'],
  },
  interviewStatus: {
    gepland: 'Gepland',
    afgenomen: 'Afgenomen',
    uitgewerkt: 'Uitgewerkt',
    'ter-review': 'Ter review',
    geaccordeerd: 'Geaccordeerd',
  },
  info: {
    sheet: 'Over dit bestand',
    title: 'Titel',
    client: 'Opdrachtgever',
    engagement: 'Traject',
    exportedOn: 'Gemaakt op',
    version: 'Versie',
    rows: 'Aantal regels',
    people: 'Personen',
    pseudonyms: 'Personen staan in dit bestand als pseudoniem (R01 …).',
    names:
      'Let op: dit bestand bevat namen van personen (persoonsgegevens). Deel het alleen met wie ze mag zien en bewaar het niet langer dan nodig.',
    confidential: 'Vertrouwelijk',
    madeWith: 'Gemaakt met Koers.',
    pageFooter: 'Pagina &P van &N',
  },
  findings: {
    file: 'Bevindingenregister {{client}}',
    sheet: 'Bevindingen {{client}}',
    number: 'Nr.',
    statement: 'Bevinding',
    quote: 'Citaat',
    kind: 'Soort',
    themes: "Thema's",
    group: 'Groep',
    source: 'Bron',
    importance: 'Belang',
    date: 'Datum',
    id: 'Id',
    sourceQuestion: '{{people}}, vraag {{number}}',
    sourceFreeNotes: '{{people}}, vrije notities',
    sourceInterviewNobody: 'interview',
    sourcePage: '{{title}}, p. {{page}}',
    sourceDirect: 'Direct vastgelegd',
    sourceSession: '{{title}}, {{part}}, ronde {{round}}',
  },
  interviews: {
    file: 'Interviewlogboek {{client}}',
    sheet: 'Interviews {{client}}',
    date: 'Datum en tijd',
    title: 'Interview',
    interviewees: 'Geïnterviewden',
    groups: 'Groep',
    interviewers: 'Interviewers',
    location: 'Locatie',
    status: 'Status',
    findings: 'Bevindingen',
    statusDate: '{{status}} op',
  },
  stakeholders: {
    file: 'Stakeholderoverzicht {{client}}',
    sheet: 'Stakeholders {{client}}',
    pseudonym: 'Pseudoniem',
    name: 'Naam',
    group: 'Groep',
    jobTitle: 'Functie',
    department: 'Afdeling',
    consent: 'Toestemming',
    consentNote: 'Toelichting toestemming',
  },
};

export type ExcelTexts = typeof excelTextsNl;

export const excelTextsEn: ExcelTexts = {
  groups: uiEn.groups,
  consent: uiEn.consent,
  kinds: uiFindingsEn.findingKinds,
  importance: {
    '1': uiFindingsEn.importance['1'],
    '2': uiFindingsEn.importance['2'],
    '3': uiFindingsEn.importance['3'],
  },
  interviewStatus: {
    gepland: 'Scheduled',
    afgenomen: 'Held',
    uitgewerkt: 'Written up',
    'ter-review': 'In review',
    geaccordeerd: 'Approved',
  },
  info: {
    sheet: 'About this file',
    title: 'Title',
    client: 'Client',
    engagement: 'Engagement',
    exportedOn: 'Made on',
    version: 'Version',
    rows: 'Number of rows',
    people: 'People',
    pseudonyms: 'People appear in this file as pseudonyms (R01 …).',
    names:
      'Note: this file contains the names of people (personal data). Share it only with those allowed to see them and keep it no longer than needed.',
    confidential: 'Confidential',
    madeWith: 'Made with Koers.',
    pageFooter: 'Page &P of &N',
  },
  findings: {
    file: 'Findings register {{client}}',
    sheet: 'Findings {{client}}',
    number: 'No.',
    statement: 'Finding',
    quote: 'Quote',
    kind: 'Kind',
    themes: 'Themes',
    group: 'Group',
    source: 'Source',
    importance: 'Importance',
    date: 'Date',
    id: 'Id',
    sourceQuestion: '{{people}}, question {{number}}',
    sourceFreeNotes: '{{people}}, free notes',
    sourceInterviewNobody: 'interview',
    sourcePage: '{{title}}, p. {{page}}',
    sourceDirect: 'Recorded directly',
    sourceSession: '{{title}}, {{part}}, round {{round}}',
  },
  interviews: {
    file: 'Interview log {{client}}',
    sheet: 'Interviews {{client}}',
    date: 'Date and time',
    title: 'Interview',
    interviewees: 'Interviewees',
    groups: 'Group',
    interviewers: 'Interviewers',
    location: 'Location',
    status: 'Status',
    findings: 'Findings',
    statusDate: '{{status}} on',
  },
  stakeholders: {
    file: 'Stakeholder register {{client}}',
    sheet: 'Stakeholders {{client}}',
    pseudonym: 'Pseudonym',
    name: 'Name',
    group: 'Group',
    jobTitle: 'Job title',
    department: 'Department',
    consent: 'Consent',
    consentNote: 'Consent note',
  },
};

/**
 * The texts in the export's language: `labels` for typed look-ups of fixed labels, `t` for
 * sentences with values filled in.
 */
export function excelTexts(language: Language) {
  return {
    labels: language === 'en' ? excelTextsEn : excelTextsNl,
    t: exportTranslator(language, { nl: excelTextsNl, en: excelTextsEn }),
  };
}
