import { areaErrors } from '../area-errors.js';

// Stakeholder tools: the error codes of this area and their texts, registered in ../resources.ts.
export const stakeholderToolsErrors = areaErrors({
  nl: {
    PARTY_FIXED:
      '{{name}} hoort bij elk traject en kan niet worden verwijderd of van soort veranderen. U kunt de naam en de beschrijving wel aanpassen.',
  },
  en: {
    PARTY_FIXED:
      '{{name}} belongs to every engagement and cannot be deleted or change its kind. You can change its name and description.',
  },
});
