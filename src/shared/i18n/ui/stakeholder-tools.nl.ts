// Texts of the stakeholder tools (Dutch): the screens and the charts, which the exports share.
// stakeholder-tools.en.ts has the same keys: its type checks it. The method's own names
// (quadrants, values, roles, iceberg layers) come from the engagement's method copy.
import type { DeepStrings } from './deep-strings.js';

export const stakeholderToolsNl = {
  stakeholderTools: {
    title: 'Stakeholdertools',
    parties: 'Partijen',
    forceField: 'Krachtenveld',
    valueMap: 'Waardenkaart',
    icebergs: 'IJsbergmodel',
    conflicts: 'Tegenstrijdige belangen',
    roles: 'Rollen',
    partyKinds: {
      organisation: 'Organisatie',
      group: 'Groep',
      municipality: 'Gemeente',
      inhabitants: 'Inwoners',
    },
    fixedParty:
      'Deze partij hoort bij elk traject: de gemeente zelf en de inwoners worden nooit vergeten.',
    fields: {
      name: 'Naam',
      kind: 'Soort',
      interests: 'Belangen',
      values: 'Waarden',
      waysOfWorking: 'Werkwijze',
      cultureNotes: 'Cultuur',
      stakeholders: 'Betrokkenen',
      influence: 'Invloed',
      attitude: 'Houding',
      opportunities: 'Kansen',
      risks: "Risico's",
      communicationStrategy: 'Communicatiestrategie',
      nextAction: 'Volgende actie',
      actionOwner: 'Eigenaar',
      actionDue: 'Uiterlijk',
      scoredBy: 'Gescoord door',
      takenOn: 'Datum',
      note: 'Toelichting',
      knelpunt: 'Knelpunt',
      layer: 'Laag',
      finding: 'Bevinding',
      partyA: 'Partij A',
      partyB: 'Partij B',
      description: 'Omschrijving',
      bridge: 'Hoe te overbruggen',
      role: 'Rol',
    },
    chart: {
      forceFieldTitle: 'Krachtenveld {{client}}',
      movementSince: 'Pijl: verschuiving sinds {{date}}',
      valueMapTitle: 'Waardenkaart',
      weights: {
        w0: 'niet belangrijk',
        w1: 'enigszins belangrijk',
        w2: 'belangrijk',
        w3: 'zeer belangrijk',
      },
      notScored: 'niet gescoord',
      waterline: 'waterlijn',
      emptyLayer: '(nog niets ingevuld)',
    },
  },
};

export type StakeholderToolsTexts = DeepStrings<typeof stakeholderToolsNl>;
