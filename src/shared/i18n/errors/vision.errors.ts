import { areaErrors } from '../area-errors.js';

// The vision: the error codes of this area and their texts, registered in ../resources.ts.
export const visionErrors = areaErrors({
  nl: {
    VISION_VERSION_FROZEN:
      'Versie {{label}} is vastgelegd en kan niet meer worden gewijzigd of verwijderd. Pas de werkversie aan en leg een nieuwe versie vast.',
    VISION_EMPTY:
      'De visie heeft nog geen passages. Schrijf eerst een kernvisie of thema voordat u een versie vastlegt.',
    VISION_NOT_A_WETHOUDER:
      '{{name}} is geen wethouder. Een portefeuille koppelt u aan een belanghebbende uit de groep wethouders.',
    VISION_FEEDBACK_REASON_REQUIRED:
      'Geef aan waarom deze reactie niet is verwerkt. Dat maakt de keuze later uitlegbaar.',
    VISION_FEEDBACK_PASSAGE_MISSING:
      'Deze passage zit niet in versie {{label}}. Kies een passage uit die versie, of geef de reactie op de hele versie.',
  },
  en: {
    VISION_VERSION_FROZEN:
      'Version {{label}} has been frozen and can no longer be changed or deleted. Edit the working copy and freeze a new version.',
    VISION_EMPTY:
      'The vision has no passages yet. Write a core vision or a theme before freezing a version.',
    VISION_NOT_A_WETHOUDER:
      '{{name}} is not an alderman. Link a portfolio to a stakeholder in the aldermen group.',
    VISION_FEEDBACK_REASON_REQUIRED:
      'Say why this feedback was not taken in. That keeps the choice explainable later.',
    VISION_FEEDBACK_PASSAGE_MISSING:
      'This passage is not in version {{label}}. Choose a passage of that version, or give the feedback on the whole version.',
  },
});
