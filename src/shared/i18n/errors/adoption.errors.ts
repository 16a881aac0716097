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
    ADOPTION_RESTORE_POINT:
      '{{label}} is een herstelpunt, geen versie die is rondgestuurd. Kies een vastgelegde versie, zoals 0.2 of 1.0.',
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
    ADOPTION_RESTORE_POINT:
      '{{label}} is a restore point, not a version that was sent round. Choose a frozen version, such as 0.2 or 1.0.',
  },
});
