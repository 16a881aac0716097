import { areaErrors } from '../area-errors.js';

// Work sessions: the error codes of this area and their texts, registered in ../resources.ts.
export const sessionsErrors = areaErrors({
  nl: {
    SESSION_ROUND_MISSING:
      'Ronde {{round}} bestaat niet bij dit onderdeel (het heeft {{rounds}} ronde(s)). Verhoog eerst het aantal rondes.',
    SESSION_ROUND_IN_USE:
      'Het aantal rondes kan niet terug naar {{rounds}}: in een latere ronde is al input of een telling vastgelegd. Verwijder die eerst.',
    SESSION_NOT_A_STATEMENT:
      'Alleen bij een stelling worden stemmen geteld (eens, oneens, neutraal). Kies een stelling.',
    SESSION_INPUT_EMPTY:
      'Deze input is nog leeg. Typ eerst de input, of geef de bevinding zelf een formulering.',
  },
  en: {
    SESSION_ROUND_MISSING:
      'Round {{round}} does not exist for this part (it has {{rounds}} round(s)). Increase the number of rounds first.',
    SESSION_ROUND_IN_USE:
      'The number of rounds cannot go back to {{rounds}}: a later round already holds input or a count. Remove that first.',
    SESSION_NOT_A_STATEMENT:
      'Votes (agree, disagree, neutral) are only counted for a statement. Choose a statement.',
    SESSION_INPUT_EMPTY:
      'This input is still empty. Type the input first, or give the finding its own wording.',
  },
});
