import type { CliTexts } from './cli.nl.js';

export const cliEn: CliTexts = {
  usage: `Koers on the command line: create, check and export engagement files.

Usage:
  koers new FILE --client "Municipality X" --title "Data-driven working vision" [options]
  koers demo [FOLDER]
  koers info FILE [--json]
  koers verify FILE|FOLDER ... [--recursive] [--json]
  koers export FILE --type TYPE|all --out FOLDER [options]
  koers export-json FILE [--with-attachments] [--out PATH]
  koers import-json JSON NEW.koers
  koers add-documents FILE PATH ...
  koers search FILE QUERY [--json]
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
    export: `Usage: koers export FILE --type TYPE --out FOLDER [options]

Makes the documents of an engagement (Word, Excel, the vision poster) and prints the path of
each. An existing document in FOLDER is never overwritten: the new one gets a number. FOLDER
must exist.

Types: {{types}}; all for every type.

Options:
  --type TYPE           the document, or all (required)
  --out FOLDER          folder for the documents (required)
  --format FORMAT       docx, xlsx, pdf, png or svg: only documents in this format (with
                        all), or as a check
  --lang nl|en          language of the documents (and of the messages); default the
                        engagement's language
  --names               names instead of pseudonyms (R01 …); the document then warns
  --confidential        "Confidential" on the cover and in the header
  --interview ID        the interview report of this interview
  --all-interviews      one interview report per interview (default with all)
  --assessment ID       the nulmeting documents of this measurement (default: the newest)`,
    'export-json': `Usage: koers export-json FILE [--with-attachments] [--out PATH]

Writes the whole engagement as JSON (format: docs/interchange.md, schema:
resources/schema/engagement.schema.json) to standard output, or to PATH with --out. Same
engagement, same bytes: lists are in order of creation. With SOURCE_DATE_EPOCH (seconds since
1970) exportedAt is that moment instead of now.

Options:
  --with-attachments   include the original documents (base64)
  --out PATH           write to this file (an existing file is replaced)`,
    'import-json': `Usage: koers import-json JSON NEW.koers

Creates a new engagement file from a JSON export, with the same ids and timestamps. NEW must not
exist yet; .koers is added when missing; the folder must exist. If the JSON is not valid, the
message names the first bad field (for example findings[3].source.interviewId) and no file is
created.`,
    'add-documents': `Usage: koers add-documents FILE PATH ...

Adds documents to the engagement in FILE, like "Add document" in Koers: the original is stored in
the file, its text is read (per page, searchable) and its kind is suggested. PATH is a file or a
folder; for a folder every supported file in it is added, not those in subfolders. Supported:
.pdf, .docx, .txt and .md; other files are skipped with a message.

Prints one line per added document with its title and whether its text was read ("no text" for
a scan, for example), then the count. Exit code 1 if a document could not be added.`,
    search: `Usage: koers search FILE QUERY [--json]

Searches the engagement's notes, passages, document text, findings and stakeholders, like the
search box in Koers, and prints for each hit its kind, its title, the page (for a document) and a
piece of text with the words found between *asterisks*. Nothing is changed.

Options:
  --json   the hits as JSON (there too with *asterisks*)`,
    help: `Usage: koers help [COMMAND]

Shows the general help, or the help for COMMAND (new, demo, info, verify, export, export-json,
import-json, add-documents, search).`,
  },
  unknownCommand: 'Unknown command "{{name}}".',
  noCommand: 'Give a command.',
  unknownOption: 'Unknown option {{option}}.',
  optionNeedsValue: 'The option {{option}} needs a value.',
  optionTakesNoValue: 'The option {{option}} takes no value.',
  missingOption: 'The option {{option}} is missing.',
  missingFile: 'Give a file.',
  tooManyArguments: 'Too many arguments.',
  badLanguage: 'Unknown language "{{value}}": choose nl or en.',
  folderMissing: 'The folder {{dir}} does not exist. Create it first or choose another folder.',
  checkOption: 'Check the value of {{option}}.',
  checkDate: 'Give {{option}} an existing date as YYYY-MM-DD, for example 2026-01-15.',
  info: {
    file: 'File',
    size: 'Size',
    schema: 'File version',
    schemaValue: '{{version}} (this Koers knows up to version {{supported}})',
    applicationId: 'Application id',
    applicationIdOk: 'ok (Koers engagement)',
    integrity: 'Integrity',
    onOpen: 'On opening',
    onOpenNothing: 'no change needed',
    onOpenMigrate: 'upgraded from version {{from}} to {{to}} (a verified backup is made first)',
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
    checklistValue: '{{done}} of {{total}} ticked',
    checklistValueUnreadable: '{{done}} ticked (method in file unreadable)',
    themes: 'Themes',
    documents: 'Documents',
    documentsValue: '{{documents}} ({{size}}), {{passages}}',
    passages_one: '{{count}} passage',
    passages_other: '{{count}} passages',
    interviews: 'Interviews',
    findings: 'Findings',
    none: '(none)',
  },
  verify: {
    ok_one: 'OK  {{path}} (schema v{{version}}, {{count}} stakeholder)',
    ok_other: 'OK  {{path}} (schema v{{version}}, {{count}} stakeholders)',
    failed: 'FAIL {{path}}: {{message}}',
    emptyFolder: 'there are no .koers files in this folder; nothing was checked.',
    linkLoop: 'this is a symbolic link that (via others) points to itself; there is no file.',
    unreadableEntry: 'this entry cannot be read ({{reason}}).',
    allHealthy_one: '{{count}} file checked, healthy.',
    allHealthy_other: '{{count}} files checked, all healthy.',
    someUnhealthy_one: '{{count}} file checked, not healthy.',
    someUnhealthy_other: '{{count}} files checked, {{bad}} not healthy.',
  },
  export: {
    badEpoch: 'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970.',
    unknownType: 'Unknown document type "{{value}}": choose from {{known}} or all.',
    unknownFormat: 'Unknown format "{{value}}": choose docx, xlsx, pdf, png or svg.',
    typeUnavailable: 'The document type {{type}} is not available in this version of Koers yet.',
    noTypes: 'This version of Koers cannot make documents yet.',
    noTypesInFormat: 'This version of Koers cannot make documents in {{format}} yet.',
    formatMismatch: '{{type}} is made as {{format}}; leave out --format or choose {{format}}.',
    needsInterview:
      'The interview report is per interview: give --interview ID or --all-interviews.',
    noInterviews: 'This engagement has no interviews yet; no interview report was made.',
    failed: 'FAIL {{label}}: {{message}}',
  },
  addDocuments: {
    missingPath: 'Give one or more files or folders to add.',
    added: 'added  {{title}}: {{status}}',
    status: {
      extracted_one: 'text read ({{count}} page)',
      extracted_other: 'text read ({{count}} pages)',
      none: 'no text (a scan, for example)',
      failed: 'text could not be read; the original is stored all the same',
      pending: 'text not read yet',
    },
    skipped: 'skipped {{path}}: not a supported file ({{supported}}).',
    missing: 'FAIL {{path}}: does not exist or cannot be read.',
    failed: 'FAIL {{path}}: {{message}}',
    summary_one: '{{count}} document added.',
    summary_other: '{{count}} documents added.',
    summarySkipped_one: '{{count}} file skipped.',
    summarySkipped_other: '{{count}} files skipped.',
    summaryFailed_one: '{{count}} file not added.',
    summaryFailed_other: '{{count}} files not added.',
  },
  search: {
    missingQuery: 'Give a search term.',
    hit: '[{{kind}}] {{title}}: {{snippet}}',
    hitOnPage: '[{{kind}}] {{title}}, page {{page}}: {{snippet}}',
    count_one: '{{count}} hit.',
    count_other: '{{count}} hits.',
    kind: {
      'interview-notes': 'notes',
      passage: 'passage',
      document: 'document',
      finding: 'finding',
      stakeholder: 'stakeholder',
      'session-input': 'session input',
    },
  },
};
