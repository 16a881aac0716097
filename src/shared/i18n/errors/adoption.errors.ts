import { areaErrors } from '../area-errors.js';

// Step 4 (presentations, decisions, borging): the error codes of this area and their texts,
// registered in ../resources.ts. {{by}} names the bodies ("het MT", "het MT en de raad") and
// {{date}} the day of the latest decision, both already in the reader's language.
export const adoptionErrors = areaErrors({
  nl: {
    ADOPTION_VISION_ADOPTED:
      'Versie {{label}} is vastgesteld door {{by}} op {{date}}; start een herziening om verder te werken aan de visie.',
    ADOPTION_NO_VERSION:
      'Bij deze presentatie is geen visieversie gekozen. Kies eerst de versie die u liet zien; de reactie hoort bij die versie.',
    ADOPTION_VERSION_REQUIRED:
      'Een besluit dat de visie vaststelt of bekrachtigt, gaat over één versie. Kies de versie waarover is besloten.',
    ADOPTION_NOT_ADOPTED:
      'De visie is niet vastgesteld, of er loopt al een herziening. U kunt de werkversie gewoon bewerken.',
  },
  en: {
    ADOPTION_VISION_ADOPTED:
      'Version {{label}} was adopted by {{by}} on {{date}}; start a revision to keep working on the vision.',
    ADOPTION_NO_VERSION:
      'No vision version was chosen for this presentation. Choose the version you showed first; the feedback belongs to that version.',
    ADOPTION_VERSION_REQUIRED:
      'A decision that adopts or ratifies the vision is about one version. Choose the version that was decided on.',
    ADOPTION_NOT_ADOPTED:
      'The vision has not been adopted, or a revision is already under way. You can edit the working copy as it is.',
  },
});
