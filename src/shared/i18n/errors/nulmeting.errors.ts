import { areaErrors } from '../area-errors.js';

// The nulmeting's error codes and their texts, registered in ../resources.ts.
export const nulmetingErrors = areaErrors({
  nl: {
    NULMETING_UNKNOWN_DIMENSION:
      'De dimensie "{{dimension}}" staat niet in het volwassenheidsmodel van deze opdracht.',
    NULMETING_RESPONDENT_OTHER_ASSESSMENT:
      'Deze respondent hoort bij een andere meting. Kies een respondent van deze meting.',
  },
  en: {
    NULMETING_UNKNOWN_DIMENSION:
      'The dimension "{{dimension}}" is not in this engagement\'s maturity model.',
    NULMETING_RESPONDENT_OTHER_ASSESSMENT:
      'This respondent belongs to another measurement. Choose a respondent of this measurement.',
  },
});
