// What the core itself writes for step 4 (namespace "adoption"): the titles of the engagement
// timeline (also those the nulmeting and the routekaart contribute), the names of bodies and
// audiences in a refusal, and how the trace view names a finding's source (pseudonyms only, as
// the findings screen does).

export const adoptionNl = {
  timeline: {
    document: 'Document: {{title}}',
    documentAdded: 'Document toegevoegd: {{title}}',
    interview: 'Interview {{title}} gehouden',
    session: 'Sessie {{title}} gehouden',
    version: 'Visie versie {{label}} vastgelegd',
    presentation: 'Visie {{label}} gepresenteerd aan {{audience}}',
    presentationNoVersion: 'Gepresenteerd aan {{audience}}: {{title}}',
    decision: '{{subject}} {{kind}} door {{body}}',
    decisionVersion: '{{subject}} (versie {{label}}) {{kind}} door {{body}}',
    // From the nulmeting and the routekaart (their areas' timeline hook).
    measurement: '{{name}} afgenomen',
    measurementPlanned: '{{name}} gepland',
    milestone: 'Mijlpaal: {{title}}',
    milestoneOverdue: 'Mijlpaal nog open: {{title}}',
    milestoneReached: 'Mijlpaal bereikt: {{title}}',
  },
  audience: {
    mt: 'het MT',
    directie: 'de directie',
    college: 'het college',
    raad: 'de raad',
    programmateam: 'het programmateam',
    or: 'de OR',
    werkgroep: 'de werkgroep',
    overig: 'overige betrokkenen',
  },
  body: {
    mt: 'het MT',
    directie: 'de directie',
    college: 'het college',
    raad: 'de raad',
  },
  kind: {
    vastgesteld: 'vastgesteld',
    bekrachtigd: 'bekrachtigd',
    afgestemd: 'afgestemd',
    aangehouden: 'aangehouden',
    kennisgenomen: 'ter kennisgeving aangenomen',
  },
  subject: {
    visie: 'Visie',
    aanpak: 'Aanpak',
    nulmeting: 'Nulmeting',
    routekaart: 'Routekaart',
  },
  and: '{{first}} en {{last}}',
  source: {
    direct: 'Direct',
    deleted: 'Bron verwijderd',
    interview: 'Interview {{pseudonyms}}',
    interviewFree: 'Interview {{pseudonyms}} · vrije notities',
    interviewQuestion: 'Interview {{pseudonyms}} · vraag {{number}}',
    document: '{{title}}',
    documentPage: '{{title}}, p. {{page}}',
    session: '{{title}} · {{part}} · ronde {{round}}',
  },
};

export type AdoptionTexts = typeof adoptionNl;
