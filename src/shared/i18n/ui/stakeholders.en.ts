// UI texts of the stakeholders (betrokkenen) (English).
import type { StakeholdersTexts } from './stakeholders.nl.js';

export const stakeholdersEn: StakeholdersTexts = {
  stakeholders: {
    title: 'Stakeholders',
    intro:
      'People and groups in the engagement. Shared documents show the pseudonym (R01, R02 …) instead of the name.',
    filter: 'Group',
    allGroups: 'All groups',
    add: 'Add stakeholder',
    count_one: '{{count}} stakeholder',
    count_other: '{{count}} stakeholders',
    name: 'Name',
    pseudonym: 'Pseudonym',
    jobTitle: 'Job title',
    department: 'Department',
    group: 'Group',
    consent: 'Consent',
    consentNote: 'Note on consent',
    actions: 'Actions',
    editOne: 'Edit {{name}}',
    deleteOne: 'Delete {{name}}',
    emptyTitle: 'No stakeholders yet',
    emptyText:
      'Record who you talk to: programme team, management, aldermen, councillors and others.',
    emptyFilteredTitle: 'Nobody in this group',
    emptyFilteredText: 'Choose another group or add someone.',
    addTitle: 'Add stakeholder',
    editTitle: 'Edit stakeholder',
    created: '{{name}} has been added as {{pseudonym}}.',
    updated: 'The details of {{name}} have been saved.',
    deleted: '{{name}} has been deleted.',
    linkedInterviews_one: '{{count}} interview',
    linkedInterviews_other: '{{count}} interviews',
    linkedFindings_one: '{{count}} finding',
    linkedFindings_other: '{{count}} findings',
    linkedText:
      '{{name}} is linked to {{interviews}} and {{findings}}. Deleting would leave those without a participant. Instead, you can erase the name, job title and department and keep the pseudonym {{pseudonym}}: the interviews and findings then stay complete, without the name.',
    eraseName: 'Erase name, keep {{pseudonym}}',
    nameErased: 'The name has been erased; {{pseudonym}} stays in the interviews and findings.',
    deleteTitle: 'Delete {{name}}?',
    deleteText:
      '{{name}} ({{pseudonym}}) will be removed from this engagement. The pseudonym will not be given out again.',
    nameRequired: 'Enter a name.',
    tooLong: 'This is too long (at most {{max}} characters).',
  },
  groups: {
    programmateam: 'Programme team',
    teammanager: 'Team manager',
    directie: 'Management board',
    wethouder: 'Alderman',
    raadslid: 'Councillor',
    beheerder: '(Data) steward',
    beleidsmedewerker: 'Policy officer',
    extern: 'External party',
    inwoner: 'Resident',
  },
  consent: {
    onbekend: 'Unknown',
    gegeven: 'Given',
    geweigerd: 'Refused',
  },
  // The card of this document type on the export screen (found by its type).
  'stakeholder-register': {
    title: 'Stakeholder register',
    text: 'All stakeholders with job title, department and group; pseudonymised by default.',
  },
};
