import type { BaseErrorCode } from '../result.js';
import type { Language } from '../domain/common.js';

// The errors every area shares; an area's own codes and texts live in errors/<area>.errors.ts.
// Error messages say what happened and what the user can do about it. {{placeholders}} are
// filled by i18next interpolation.
export const errorMessages: Record<Language, Record<BaseErrorCode, string>> = {
  nl: {
    INVALID_INPUT:
      'De invoer is niet geldig ({{path}}). Controleer het veld en probeer het opnieuw.',
    NOT_FOUND: 'Dit onderdeel bestaat niet (meer). Vernieuw het overzicht.',
    NOT_OPEN: 'Dit traject is niet geopend. Open het bestand opnieuw vanaf het startscherm.',
    NOT_SUPPORTED: 'Dit kan niet in deze versie van Koers.',
    NOT_A_KOERS_FILE:
      'Het bestand "{{fileName}}" is geen Koers-bestand. Kies een bestand met de extensie .koers.',
    FILE_EMPTY:
      'Het bestand "{{fileName}}" is leeg (0 bytes). Het is waarschijnlijk niet goed gekopieerd; haal het opnieuw uit de bron of uit het archief.',
    FILE_CORRUPT:
      'Het bestand "{{fileName}}" is beschadigd of onvolledig en kan niet veilig worden geopend. Er is niets aan veranderd. Gebruik een reservekopie of vraag de afzender het opnieuw te sturen.',
    FILE_OTHER_APPLICATION:
      'Het bestand "{{fileName}}" is een database van een ander programma, geen Koers-traject. Er is niets aan veranderd.',
    FILE_FROM_NEWER_VERSION:
      'Het bestand "{{fileName}}" is gemaakt met een nieuwere versie van Koers (bestandsversie {{fileVersion}}, deze versie kent tot en met {{supportedVersion}}). Werk Koers bij om het te openen; het bestand is niet aangeraakt.',
    FILE_MISSING:
      'Het bestand "{{fileName}}" is niet meer te vinden op {{displayPath}}. Is het verplaatst of verwijderd? Open het vanaf de nieuwe plek.',
    FILE_EXISTS: 'Er bestaat al een bestand "{{fileName}}". Kies een andere naam.',
    FILE_IN_USE: 'Het bestand "{{fileName}}" is al geopend.',
    FILE_NAME_INVALID:
      'De bestandsnaam "{{fileName}}" kan niet: gebruik letters, cijfers, spaties, streepjes of punten, zonder mapnamen.',
    MIGRATION_FAILED:
      'Het bestand "{{fileName}}" kon niet worden bijgewerkt naar de nieuwe bestandsversie. Het oorspronkelijke bestand is onveranderd; een reservekopie staat in {{backupPath}}.',
    STAKEHOLDER_LINKED:
      '{{name}} is deelnemer aan een of meer interviews. Verwijderen zou die interviews en hun bevindingen zonder deelnemer achterlaten; wis in plaats daarvan de naam en bewaar het pseudoniem.',
    UNDO_UNAVAILABLE:
      'Dit kan niet meer ongedaan worden gemaakt: het is te lang geleden, al hersteld, of wat erbij hoorde is intussen ook verwijderd.',
    UNAUTHORIZED:
      'Deze sessie is niet (meer) geldig. Open Koers opnieuw via de link in het venster waarin u Koers startte.',
    INTERNAL:
      'Er ging iets onverwachts mis ({{detail}}). Er is niets verloren gegaan; probeer het opnieuw.',
  },
  en: {
    INVALID_INPUT: 'The input is not valid ({{path}}). Check the field and try again.',
    NOT_FOUND: 'This item does not exist (any more). Refresh the overview.',
    NOT_OPEN: 'This engagement is not open. Open the file again from the start page.',
    NOT_SUPPORTED: 'This is not possible in this version of Koers.',
    NOT_A_KOERS_FILE:
      'The file "{{fileName}}" is not a Koers file. Choose a file with the .koers extension.',
    FILE_EMPTY:
      'The file "{{fileName}}" is empty (0 bytes). It was probably not copied correctly; fetch it again from its source or the archive.',
    FILE_CORRUPT:
      'The file "{{fileName}}" is damaged or incomplete and cannot be opened safely. Nothing in it was changed. Use a backup or ask the sender to send it again.',
    FILE_OTHER_APPLICATION:
      'The file "{{fileName}}" is a database of another program, not a Koers engagement. Nothing in it was changed.',
    FILE_FROM_NEWER_VERSION:
      'The file "{{fileName}}" was made with a newer version of Koers (file version {{fileVersion}}, this version knows up to {{supportedVersion}}). Update Koers to open it; the file was not touched.',
    FILE_MISSING:
      'The file "{{fileName}}" can no longer be found at {{displayPath}}. Was it moved or deleted? Open it from its new location.',
    FILE_EXISTS: 'A file named "{{fileName}}" already exists. Choose another name.',
    FILE_IN_USE: 'The file "{{fileName}}" is already open.',
    FILE_NAME_INVALID:
      'The file name "{{fileName}}" cannot be used: use letters, digits, spaces, dashes or dots, without folder names.',
    MIGRATION_FAILED:
      'The file "{{fileName}}" could not be upgraded to the new file version. The original file is unchanged; a backup is in {{backupPath}}.',
    STAKEHOLDER_LINKED:
      '{{name}} takes part in one or more interviews. Deleting would leave those interviews and their findings without a participant; erase the name and keep the pseudonym instead.',
    UNDO_UNAVAILABLE:
      'This can no longer be undone: it was too long ago, already restored, or what belonged to it has since been deleted too.',
    UNAUTHORIZED:
      'This session is not valid (any more). Open Koers again through the link in the window where you started it.',
    INTERNAL: 'Something unexpected went wrong ({{detail}}). Nothing was lost; please try again.',
  },
};
