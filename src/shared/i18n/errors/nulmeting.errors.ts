import { areaErrors } from '../area-errors.js';

// The nulmeting's error codes and their texts, registered in ../resources.ts.
export const nulmetingErrors = areaErrors({
  nl: {
    NULMETING_UNKNOWN_DIMENSION:
      'De dimensie "{{dimension}}" staat niet in het volwassenheidsmodel van deze opdracht.',
  },
  en: {
    NULMETING_UNKNOWN_DIMENSION:
      'The dimension "{{dimension}}" is not in this engagement\'s maturity model.',
  },
});
