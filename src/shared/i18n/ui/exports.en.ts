// UI texts of the export screen (English).
import type { ExportsTexts } from './exports.nl.js';

export const exportsEn: ExportsTexts = {
  exports: {
    title: 'Export',
    intro:
      'Make documents for the client: Word for the executive and the council, Excel for the programme team, the vision poster as PDF, PNG or SVG. Everything made here leaves Koers; read it before you share it.',
    optionsTitle: 'Settings for these documents',
    language: 'Document language',
    languages: { nl: 'Dutch', en: 'English' },
    version: 'Version',
    versionPlaceholder: 'e.g. draft 0.2',
    confidential: 'Confidential',
    confidentialHint: 'Puts "Confidential" on the cover and in the header.',
    useNames: 'Names instead of pseudonyms',
    useNamesHint: 'By default people appear by pseudonym (R01, R02 …).',
    useNamesWarningTitle: 'This document contains personal data',
    useNamesWarning:
      'With names, interviewees and stakeholders can be identified in the document (GDPR). Share it only with people allowed to see these names, and keep it no longer than needed.',
    nameCheck: {
      checking: 'Checking for names',
      none: 'Koers found no more words in the texts that look like names.',
      title: 'Check these words: they look like names',
      text: 'Koers replaces the names of stakeholders with pseudonyms. These words look like names too, but are not in the stakeholder list, so they stay in the documents. If one is a person, edit the text or add the person to the stakeholders.',
      word: 'Word',
      where: 'Found in',
      kinds: { interview: 'Interview', finding: 'Finding', document: 'Document' },
      showAll: 'Show all {{count}}',
      showFewer: 'Show fewer',
    },
    formats: { docx: 'Word', xlsx: 'Excel', pdf: 'PDF', png: 'PNG', svg: 'SVG' },
    types: {
      'interview-report': {
        title: 'Interview report',
        text: 'For the interviewee to review: the questions and notes of one interview, with headings, lists and quotes.',
      },
      'findings-report': {
        title: 'Findings report',
        text: 'For the programme team: findings by theme and kind, with quotes and sources, the matrix and the counts.',
      },
      'document-analysis': {
        title: 'Document analysis',
        text: 'The document register with summaries and key passages, as an appendix to the analysis.',
      },
      'session-report': {
        title: 'Session report',
        text: 'For each work session: goal, participants by group without names, agenda, what each table produced per round, statements with a chart, examples and the findings.',
      },
      'stakeholder-analysis': {
        title: 'Stakeholder analysis',
        text: 'The force field as a figure with the strategy for each party, the value map, the iceberg model per bottleneck, conflicting interests, roles and the communication actions; pseudonymised by default.',
      },
      'vision-document': {
        title: 'Vision document',
        text: 'For the management team and the council: the core vision, background and approach with the counts, per theme what it means and what it rests on, ambitions, core values, preconditions, next steps and the poster; with an appendix from passage to finding and source.',
      },
      'poster-pdf': {
        title: 'Vision poster (PDF)',
        text: 'The vision on one page, for printing: vectors with embedded font, on A3 or A0 as set in the vision.',
      },
      'poster-png': {
        title: 'Vision poster (PNG)',
        text: 'The poster as a picture for slides and the intranet: A3 at 300 dpi, A0 at 150 dpi.',
      },
      'poster-svg': {
        title: 'Vision poster (SVG)',
        text: 'The poster as an editable vector drawing, exactly like the preview in the vision.',
      },
      'adoption-dossier': {
        title: 'Adoption dossier',
        text: 'The account of how the vision was made and adopted: the timeline of every step, the presentations with their feedback and what was done with it, the decisions of management and council, and borging; pseudonymised by default.',
      },
      'findings-register': {
        title: 'Findings register',
        text: 'One row per finding to filter and sort: text, kind, themes, group, source and date.',
      },
      'interview-log': {
        title: 'Interview log',
        text: 'One row per interview: date, interviewees, group, status and when each step was taken.',
      },
      'stakeholder-register': {
        title: 'Stakeholder register',
        text: 'All stakeholders with job title, department and group; pseudonymised by default.',
      },
      'statement-results': {
        title: 'Statement results',
        text: 'One row per statement and round: agree, disagree and neutral as numbers and percentages, with a chart sheet.',
      },
      'borging-checklist': {
        title: 'Borging checklist',
        text: 'One row per borging item to keep up to date: owner, status (drop-down list), due date and notes, with the role holders; plus the decisions.',
      },
    },
    interview: 'Interview',
    noInterviews: 'No interviews yet. Plan one under Interviews first.',
    make: 'Make',
    cancel: 'Cancel',
    making: 'Making … {{percent}}%',
    progressLabel: 'Progress {{title}}',
    cancelling: 'Cancelling …',
    cancelled: 'Cancelled: no document was made.',
    failed: 'Failed: {{message}}',
    saving: 'Saving …',
    save: 'Save …',
    notSaved: '{{fileName}} is ready but not saved yet.',
    savedTitle: 'Document made',
    saved: '{{fileName}} has been saved.',
    downloaded: '{{fileName}} is being downloaded.',
    lastMade: 'Last made: {{fileName}}',
    removedCharacters_one:
      '{{count}} character that Word and Excel do not allow (a control character) was left out.',
    removedCharacters_other:
      '{{count}} characters that Word and Excel do not allow (control characters) were left out.',
    truncatedCells_one: '{{count}} cell was shortened to the 32,767 characters Excel allows.',
    truncatedCells_other: '{{count}} cells were shortened to the 32,767 characters Excel allows.',
    reviewReport: 'Report for review',
    reviewReportHint: 'Makes the interview report (Word) to send to the interviewee for review.',
  },
};
