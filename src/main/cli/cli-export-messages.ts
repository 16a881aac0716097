import type { Language } from '../../shared/domain/common.js';

// Words of the export commands (export, export-json, import-json), apart from cli-messages.ts so
// that file stays about the file commands.

export interface ExportMessages {
  help: { export: string; 'export-json': string; 'import-json': string };
  usageLines: string;
  badEpoch: string;
  unknownType(value: string, known: string[]): string;
  unknownFormat(value: string): string;
  typeUnavailable(type: string): string;
  noTypes(format: string | undefined): string;
  formatMismatch(type: string, format: string): string;
  needsInterview: string;
  noInterviews: string;
  exportFailed(label: string, message: string): string;
}

const nl: ExportMessages = {
  help: {
    export: `Gebruik: koers export BESTAND --type SOORT --out MAP [opties]

Maakt Word- en Excel-documenten van een traject en drukt per document het pad af. Een bestaand
document in MAP wordt niet overschreven: het nieuwe krijgt een volgnummer. MAP moet bestaan.

Soorten: interview-report, findings-report, document-analysis (Word); findings-register,
interview-log, stakeholder-register (Excel); all voor alle soorten.

Opties:
  --type SOORT          het document, of all (verplicht)
  --out MAP             map voor de documenten (verplicht)
  --format docx|xlsx    alleen documenten in dit formaat (bij all), of ter controle
  --lang nl|en          taal van de documenten (en van de meldingen); standaard de taal van
                        het traject
  --names               namen in plaats van pseudoniemen (R01 …); het document waarschuwt dan
  --confidential        "Vertrouwelijk" op het voorblad en in de koptekst
  --interview ID        het interviewverslag van dit interview
  --all-interviews      een interviewverslag per interview (bij all: standaard)`,
    'export-json': `Gebruik: koers export-json BESTAND [--with-attachments] [--out PAD]

Schrijft het hele traject als JSON (formaat: docs/interchange.md, schema:
resources/schema/engagement.schema.json) naar de standaarduitvoer, of naar PAD met --out. Zelfde
traject, zelfde bytes: lijsten staan op volgorde van aanmaken. Met SOURCE_DATE_EPOCH (seconden
sinds 1970) wordt exportedAt dat tijdstip in plaats van nu.

Opties:
  --with-attachments   de oorspronkelijke documenten meenemen (base64)
  --out PAD            naar dit bestand schrijven (een bestaand bestand wordt vervangen)`,
    'import-json': `Gebruik: koers import-json JSON NIEUW.koers

Maakt een nieuw trajectbestand uit een JSON-export, met dezelfde id's en tijdstippen. NIEUW mag
nog niet bestaan; .koers wordt toegevoegd als het ontbreekt; de map moet bestaan. Is de JSON
niet in orde, dan noemt de melding het eerste foute veld (bijvoorbeeld
findings[3].source.interviewId) en wordt er geen bestand gemaakt.`,
  },
  usageLines: `  koers export BESTAND --type SOORT|all --out MAP [opties]
  koers export-json BESTAND [--with-attachments] [--out PAD]
  koers import-json JSON NIEUW.koers`,
  badEpoch: 'SOURCE_DATE_EPOCH moet een geheel aantal seconden sinds 1970 zijn.',
  unknownType: (value, known) =>
    `Onbekende documentsoort "${value}": kies uit ${known.join(', ')} of all.`,
  unknownFormat: (value) => `Onbekend formaat "${value}": kies docx of xlsx.`,
  typeUnavailable: (type) =>
    `De documentsoort ${type} is in deze versie van Koers nog niet beschikbaar.`,
  noTypes: (format) =>
    format
      ? `Deze versie van Koers kan nog geen documenten in ${format} maken.`
      : 'Deze versie van Koers kan nog geen documenten maken.',
  formatMismatch: (type, format) =>
    `${type} wordt gemaakt als ${format}; laat --format weg of kies ${format}.`,
  needsInterview: 'Het interviewverslag is per interview: geef --interview ID of --all-interviews.',
  noInterviews: 'Dit traject heeft nog geen interviews; er is geen interviewverslag gemaakt.',
  exportFailed: (label, message) => `FOUT ${label}: ${message}`,
};

const en: ExportMessages = {
  help: {
    export: `Usage: koers export FILE --type TYPE --out FOLDER [options]

Makes Word and Excel documents of an engagement and prints the path of each. An existing
document in FOLDER is never overwritten: the new one gets a number. FOLDER must exist.

Types: interview-report, findings-report, document-analysis (Word); findings-register,
interview-log, stakeholder-register (Excel); all for every type.

Options:
  --type TYPE           the document, or all (required)
  --out FOLDER          folder for the documents (required)
  --format docx|xlsx    only documents in this format (with all), or as a check
  --lang nl|en          language of the documents (and of the messages); default the
                        engagement's language
  --names               names instead of pseudonyms (R01 …); the document then warns
  --confidential        "Confidential" on the cover and in the header
  --interview ID        the interview report of this interview
  --all-interviews      one interview report per interview (default with all)`,
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
  },
  usageLines: `  koers export FILE --type TYPE|all --out FOLDER [options]
  koers export-json FILE [--with-attachments] [--out PATH]
  koers import-json JSON NEW.koers`,
  badEpoch: 'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970.',
  unknownType: (value, known) =>
    `Unknown document type "${value}": choose from ${known.join(', ')} or all.`,
  unknownFormat: (value) => `Unknown format "${value}": choose docx or xlsx.`,
  typeUnavailable: (type) =>
    `The document type ${type} is not available in this version of Koers yet.`,
  noTypes: (format) =>
    format
      ? `This version of Koers cannot make documents in ${format} yet.`
      : 'This version of Koers cannot make documents yet.',
  formatMismatch: (type, format) =>
    `${type} is made as ${format}; leave out --format or choose ${format}.`,
  needsInterview: 'The interview report is per interview: give --interview ID or --all-interviews.',
  noInterviews: 'This engagement has no interviews yet; no interview report was made.',
  exportFailed: (label, message) => `FAIL ${label}: ${message}`,
};

export const exportMessages: Record<Language, ExportMessages> = { nl, en };
