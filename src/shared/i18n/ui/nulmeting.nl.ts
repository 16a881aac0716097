// UI texts of the nulmeting: the maturity model, measurements, respondents and their scores,
// agreed scores, radar and gap table (Dutch). nulmeting.en.ts has the same keys: its type checks it.
import type { DeepStrings } from './deep-strings.js';

export const nulmetingUiNl = {
  nulmeting: {
    nav: 'Nulmeting',
    title: 'Nulmeting datavolwassenheid',
  },
  // The card of this document type on the export screen (found by its type).
  'nulmeting-report': {
    title: 'Rapport nulmeting',
    text: 'De nulmeting als rapport: samenvatting met radar en grootste verschillen, werkwijze en respondenten (aantallen per groep, geen namen), per dimensie huidig en gewenst niveau, verschil, spreiding en onderbouwing, conclusies en de niveaus als bijlage.',
  },
  // The card of this document type on the export screen (found by its type).
  'nulmeting-scores': {
    title: 'Scores nulmeting',
    text: 'Werkmap met de scores per respondent en dimensie (keuzelijst met niveaus), de afgesproken scores met verschil en spreiding, het model en de radar als afbeelding.',
  },
};

export type NulmetingTexts = DeepStrings<typeof nulmetingUiNl>;
