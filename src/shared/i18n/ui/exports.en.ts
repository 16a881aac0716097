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
