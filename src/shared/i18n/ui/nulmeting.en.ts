// UI texts of the nulmeting (English).
import type { NulmetingTexts } from './nulmeting.nl.js';

export const nulmetingUiEn: NulmetingTexts = {
  nulmeting: {
    nav: 'Baseline',
    title: 'Data maturity baseline',
  },
  // The card of this document type on the export screen (found by its type).
  'nulmeting-report': {
    title: 'Baseline report',
    text: 'The baseline as a report: summary with radar and largest gaps, method and respondents (counts per group, no names), per dimension current and desired level, gap, spread and evidence, conclusions and the level definitions as an appendix.',
  },
  // The card of this document type on the export screen (found by its type).
  'nulmeting-scores': {
    title: 'Baseline scores',
    text: 'Workbook with the scores per respondent and dimension (drop-down list of levels), the agreed scores with gap and spread, the model and the radar as an image.',
  },
};
