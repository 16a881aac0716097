import type { Language } from '../../shared/domain/common.js';
import { exportMessages } from './cli-export-messages.js';

// The CLI's own words. Error messages about files come from src/shared/i18n/errors.ts, so the
// desktop app and the CLI say the same thing about the same damaged file.

export const COMMANDS = [
  'new',
  'demo',
  'info',
  'verify',
  'export',
  'export-json',
  'import-json',
  'help',
] as const;
export type CommandName = (typeof COMMANDS)[number];
export const isCommandName = (name: string): name is CommandName =>
  (COMMANDS as readonly string[]).includes(name);

export interface CliMessages {
  usage: string;
  help: Record<CommandName, string>;
  unknownCommand(name: string): string;
  noCommand: string;
  unknownOption(option: string): string;
  optionNeedsValue(option: string): string;
  optionTakesNoValue(option: string): string;
  missingOption(option: string): string;
  missingFile: string;
  tooManyArguments: string;
  badLanguage(value: string): string;
  folderMissing(dir: string): string;
  created(path: string): string;
  checkOption(option: string): string;
  info: {
    file: string;
    size: string;
    schema: string;
    schemaValue(version: number, supported: number): string;
    applicationId: string;
    applicationIdOk: string;
    integrity: string;
    onOpen: string;
    onOpenNothing: string;
    onOpenMigrate(from: number, to: number): string;
    onOpenRecover: string;
    title: string;
    client: string;
    language: string;
    status: string;
    startDate: string;
    consultants: string;
    methodVersion: string;
    stakeholders: string;
    checklist: string;
    checklistValue(done: number, total: number | null): string;
    themes: string;
    documents: string;
    documentsValue(documents: number, size: string, passages: number): string;
    interviews: string;
    findings: string;
    none: string;
  };
  verifyOk(path: string, schemaVersion: number, stakeholders: number): string;
  verifyFailed(path: string, message: string): string;
  verifyEmptyFolder: string;
  verifySummary(total: number, bad: number): string;
}

const locale = (language: Language) => (language === 'nl' ? 'nl-NL' : 'en-GB');

/** "245.760 bytes (240 KB)": the exact count for archivists, the rounded one for people. */
export function formatBytes(language: Language, bytes: number): string {
  const exact = `${new Intl.NumberFormat(locale(language)).format(bytes)} bytes`;
  if (bytes < 1024) return exact;
  const [divisor, unit] = bytes < 1024 * 1024 ? [1024, 'KB'] : [1024 * 1024, 'MB'];
  const rounded = new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(
    bytes / divisor,
  );
  return `${exact} (${rounded} ${unit})`;
}

const nl: CliMessages = {
  usage: `Koers op de opdrachtregel: trajectbestanden maken, controleren en exporteren.

Gebruik:
  koers new BESTAND --client "Gemeente X" --title "Visie datagedreven werken" [opties]
  koers demo [MAP]
  koers info BESTAND [--json]
  koers verify BESTAND|MAP ... [--recursive] [--json]
${exportMessages.nl.usageLines}
  koers help [OPDRACHT]

Algemene opties:
  --lang nl|en   taal van de uitvoer (of KOERS_LANG=en); standaard nl
  -h, --help     deze hulp; "koers help OPDRACHT" geeft de hulp bij één opdracht

Afsluitcode: 0 alles in orde, 1 een bestand is niet in orde of kon niet worden gemaakt,
2 verkeerd gebruik van de opdracht.`,
  help: {
    new: `Gebruik: koers new BESTAND --client NAAM --title TITEL [opties]

Maakt een nieuw trajectbestand. BESTAND mag nog niet bestaan; .koers wordt toegevoegd als het
ontbreekt. De map moet al bestaan. Het pad van het nieuwe bestand wordt afgedrukt.

Opties:
  --client NAAM        opdrachtgever, bijvoorbeeld "Gemeente Dijkhaven" (verplicht)
  --title TITEL        titel van het traject (verplicht)
  --language nl|en     taal van het traject en de documenten; standaard nl
  --start JJJJ-MM-DD   startdatum
  --consultant NAAM    consultant; herhaal de optie voor meer namen`,
    demo: `Gebruik: koers demo [MAP]

Maakt het demotraject van de fictieve gemeente Dijkhaven in MAP (standaard de huidige map) en
drukt het pad af. Bestaat het bestand al, dan krijgt het nieuwe een volgnummer.`,
    info: `Gebruik: koers info BESTAND [--json]

Toont zonder iets te veranderen: bestandsversie en de versie die deze Koers kent, application
id, integriteit, of openen het bestand zal bijwerken, het traject (titel, opdrachtgever, taal,
methodeversie), betrokkenen per groep, afgevinkte checklistpunten, thema's en bestandsgrootte.

Opties:
  --json   dezelfde gegevens als JSON`,
    verify: `Gebruik: koers verify BESTAND|MAP ... [--recursive] [--json]

Controleert elk bestand en drukt per bestand één regel af: "OK" of "FOUT" met de reden. Van een
map worden alle .koers-bestanden gecontroleerd, van submappen alleen met --recursive. Er wordt
niets veranderd. Afsluitcode 0 alleen als alle bestanden in orde zijn, anders 1.

Opties:
  --recursive   ook de submappen doorzoeken
  --json        de uitkomst als JSON`,
    help: `Gebruik: koers help [OPDRACHT]

Toont de algemene hulp, of de hulp bij OPDRACHT (new, demo, info, verify, export, export-json,
import-json).`,
    ...exportMessages.nl.help,
  },
  unknownCommand: (name) => `Onbekende opdracht "${name}".`,
  noCommand: 'Geef een opdracht op.',
  unknownOption: (option) => `Onbekende optie ${option}.`,
  optionNeedsValue: (option) => `De optie ${option} heeft een waarde nodig.`,
  optionTakesNoValue: (option) => `De optie ${option} neemt geen waarde.`,
  missingOption: (option) => `De optie ${option} ontbreekt.`,
  missingFile: 'Geef een bestand op.',
  tooManyArguments: 'Te veel argumenten.',
  badLanguage: (value) => `Onbekende taal "${value}": kies nl of en.`,
  folderMissing: (dir) => `De map ${dir} bestaat niet. Maak haar eerst aan of kies een andere map.`,
  created: (path) => path,
  checkOption: (option) => `Controleer de waarde van ${option}.`,
  info: {
    file: 'Bestand',
    size: 'Grootte',
    schema: 'Bestandsversie',
    schemaValue: (version, supported) =>
      `${version} (deze Koers kent tot en met versie ${supported})`,
    applicationId: 'Application id',
    applicationIdOk: 'ok (Koers-traject)',
    integrity: 'Integriteit',
    onOpen: 'Bij openen',
    onOpenNothing: 'geen aanpassing nodig',
    onOpenMigrate: (from, to) =>
      `wordt bijgewerkt van versie ${from} naar ${to} (eerst wordt een gecontroleerde reservekopie gemaakt)`,
    onOpenRecover: 'niet-verwerkte wijzigingen uit het -wal-bestand worden eerst verwerkt',
    title: 'Traject',
    client: 'Opdrachtgever',
    language: 'Taal',
    status: 'Status',
    startDate: 'Startdatum',
    consultants: 'Consultants',
    methodVersion: 'Methodeversie',
    stakeholders: 'Betrokkenen',
    checklist: 'Checklist',
    checklistValue: (done, total) =>
      total === null
        ? `${done} afgevinkt (methode in bestand onleesbaar)`
        : `${done} van ${total} afgevinkt`,
    themes: "Thema's",
    documents: 'Documenten',
    documentsValue: (documents, size, passages) => `${documents} (${size}), ${passages} fragmenten`,
    interviews: 'Interviews',
    findings: 'Bevindingen',
    none: '(geen)',
  },
  verifyOk: (path, version, stakeholders) =>
    `OK  ${path} (schema v${version}, ${stakeholders} ${stakeholders === 1 ? 'betrokkene' : 'betrokkenen'})`,
  verifyFailed: (path, message) => `FOUT ${path}: ${message}`,
  verifyEmptyFolder: 'in deze map staan geen .koers-bestanden; er is niets gecontroleerd.',
  verifySummary: (total, bad) =>
    bad === 0
      ? `${total} bestanden gecontroleerd, alle in orde.`
      : `${total} bestanden gecontroleerd, ${bad} niet in orde.`,
};

const en: CliMessages = {
  usage: `Koers on the command line: create, check and export engagement files.

Usage:
  koers new FILE --client "Municipality X" --title "Data-driven working vision" [options]
  koers demo [FOLDER]
  koers info FILE [--json]
  koers verify FILE|FOLDER ... [--recursive] [--json]
${exportMessages.en.usageLines}
  koers help [COMMAND]

General options:
  --lang nl|en   output language (or KOERS_LANG=en); default nl
  -h, --help     this help; "koers help COMMAND" shows the help for one command

Exit code: 0 all is well, 1 a file is not healthy or could not be created,
2 the command was used incorrectly.`,
  help: {
    new: `Usage: koers new FILE --client NAME --title TITLE [options]

Creates a new engagement file. FILE must not exist yet; .koers is added when missing. The
folder must already exist. Prints the path of the new file.

Options:
  --client NAME        client organisation, e.g. "Gemeente Dijkhaven" (required)
  --title TITLE        title of the engagement (required)
  --language nl|en     language of the engagement and its documents; default nl
  --start YYYY-MM-DD   start date
  --consultant NAME    consultant; repeat the option for more names`,
    demo: `Usage: koers demo [FOLDER]

Creates the demo engagement of the fictional municipality of Dijkhaven in FOLDER (default: the
current folder) and prints its path. If the file exists, the new one gets a number.`,
    info: `Usage: koers info FILE [--json]

Shows, without changing anything: file version and the version this Koers knows, application
id, integrity, whether opening will upgrade the file, the engagement (title, client, language,
method version), stakeholders per group, ticked checklist items, themes and file size.

Options:
  --json   the same as JSON`,
    verify: `Usage: koers verify FILE|FOLDER ... [--recursive] [--json]

Checks each file and prints one line per file: "OK" or "FAIL" with the reason. For a folder,
every .koers file in it is checked, subfolders only with --recursive. Nothing is changed.
Exit code 0 only when every file is healthy, 1 otherwise.

Options:
  --recursive   search subfolders too
  --json        the outcome as JSON`,
    help: `Usage: koers help [COMMAND]

Shows the general help, or the help for COMMAND (new, demo, info, verify, export, export-json,
import-json).`,
    ...exportMessages.en.help,
  },
  unknownCommand: (name) => `Unknown command "${name}".`,
  noCommand: 'Give a command.',
  unknownOption: (option) => `Unknown option ${option}.`,
  optionNeedsValue: (option) => `The option ${option} needs a value.`,
  optionTakesNoValue: (option) => `The option ${option} takes no value.`,
  missingOption: (option) => `The option ${option} is missing.`,
  missingFile: 'Give a file.',
  tooManyArguments: 'Too many arguments.',
  badLanguage: (value) => `Unknown language "${value}": choose nl or en.`,
  folderMissing: (dir) =>
    `The folder ${dir} does not exist. Create it first or choose another folder.`,
  created: (path) => path,
  checkOption: (option) => `Check the value of ${option}.`,
  info: {
    file: 'File',
    size: 'Size',
    schema: 'File version',
    schemaValue: (version, supported) => `${version} (this Koers knows up to version ${supported})`,
    applicationId: 'Application id',
    applicationIdOk: 'ok (Koers engagement)',
    integrity: 'Integrity',
    onOpen: 'On opening',
    onOpenNothing: 'no change needed',
    onOpenMigrate: (from, to) =>
      `upgraded from version ${from} to ${to} (a verified backup is made first)`,
    onOpenRecover: 'unprocessed changes in the -wal file are applied first',
    title: 'Engagement',
    client: 'Client',
    language: 'Language',
    status: 'Status',
    startDate: 'Start date',
    consultants: 'Consultants',
    methodVersion: 'Method version',
    stakeholders: 'Stakeholders',
    checklist: 'Checklist',
    checklistValue: (done, total) =>
      total === null ? `${done} ticked (method in file unreadable)` : `${done} of ${total} ticked`,
    themes: 'Themes',
    documents: 'Documents',
    documentsValue: (documents, size, passages) => `${documents} (${size}), ${passages} passages`,
    interviews: 'Interviews',
    findings: 'Findings',
    none: '(none)',
  },
  verifyOk: (path, version, stakeholders) =>
    `OK  ${path} (schema v${version}, ${stakeholders} ${stakeholders === 1 ? 'stakeholder' : 'stakeholders'})`,
  verifyFailed: (path, message) => `FAIL ${path}: ${message}`,
  verifyEmptyFolder: 'there are no .koers files in this folder; nothing was checked.',
  verifySummary: (total, bad) =>
    bad === 0
      ? `${total} files checked, all healthy.`
      : `${total} files checked, ${bad} not healthy.`,
};

export const cliMessages: Record<Language, CliMessages> = { nl, en };
