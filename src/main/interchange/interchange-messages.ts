import type { Language } from '../../shared/domain/common.js';

// Why an interchange file was refused, in the user's words. The path of the field comes first in
// the message (see importFailure), so one line tells a consultant or a script where to look.

export type InterchangeReason =
  | { kind: 'notJson'; detail: string }
  | { kind: 'tooLarge'; maxMegabytes: number }
  | { kind: 'notKoers' }
  | { kind: 'newerVersion'; version: number; supported: number }
  | { kind: 'badVersion' }
  | { kind: 'forbiddenKey'; key: string }
  | { kind: 'missing' }
  | { kind: 'wrongType'; expected: string }
  | { kind: 'tooLong'; maximum: number; unit: 'characters' | 'items' }
  | { kind: 'tooShort'; minimum: number; unit: 'characters' | 'items' }
  | { kind: 'outOfRange'; minimum?: number; maximum?: number }
  | { kind: 'badFormat'; format: string }
  | { kind: 'notAllowed'; allowed: string[] }
  | { kind: 'unknownKey'; key: string }
  | { kind: 'duplicateId'; id: string; firstAt: string }
  | { kind: 'duplicateValue'; value: string; firstAt: string }
  | {
      kind: 'missingRecord';
      record: 'stakeholder' | 'theme' | 'interview' | 'question' | 'passage' | 'checklistItem';
    }
  | { kind: 'unknownReference'; id: string }
  | { kind: 'notBase64' }
  | { kind: 'contentMismatch'; what: 'size' | 'sha256' }
  | { kind: 'invalid' };

const FORMATS_NL: Record<string, string> = {
  uuid: 'een UUID',
  datetime: 'een tijdstip als 2026-01-15T09:30:00.000Z',
  date: 'een datum als 2026-01-15',
  regex: 'de juiste vorm',
};
const FORMATS_EN: Record<string, string> = {
  uuid: 'a UUID',
  datetime: 'an instant such as 2026-01-15T09:30:00.000Z',
  date: 'a date such as 2026-01-15',
  regex: 'the right form',
};
const RECORDS_NL = {
  stakeholder: 'een betrokkene die',
  theme: 'een thema dat',
  interview: 'een interview dat',
  question: 'een vraag van dat interview die',
  passage: 'een fragment dat',
  checklistItem: 'een checklistpunt van de methode dat',
};
const RECORDS_EN = {
  stakeholder: 'a stakeholder',
  theme: 'a theme',
  interview: 'an interview',
  question: 'a question of that interview',
  passage: 'a passage',
  checklistItem: 'a checklist item of the method',
};

const quoteList = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

function reasonNl(r: InterchangeReason): string {
  switch (r.kind) {
    case 'notJson':
      return `dit is geen geldige JSON (${r.detail})`;
    case 'tooLarge':
      return `het bestand is groter dan ${r.maxMegabytes} MB; exporteer zonder --with-attachments`;
    case 'notKoers':
      return 'dit is geen Koers-exportbestand (format moet "koers-engagement" zijn)';
    case 'newerVersion':
      return `gemaakt met een nieuwere versie van Koers (formaatversie ${r.version}, deze versie leest tot en met ${r.supported}); werk Koers bij`;
    case 'badVersion':
      return 'formatVersion moet een geheel getal vanaf 1 zijn';
    case 'forbiddenKey':
      return `de sleutel "${r.key}" is niet toegestaan`;
    case 'missing':
      return 'dit veld ontbreekt';
    case 'wrongType':
      return `verwacht ${typeName('nl', r.expected)}`;
    case 'tooLong':
      return `te lang: hoogstens ${r.maximum} ${r.unit === 'characters' ? 'tekens' : 'elementen'}`;
    case 'tooShort':
      return r.minimum === 1 && r.unit === 'characters'
        ? 'mag niet leeg zijn'
        : `te kort: minstens ${r.minimum} ${r.unit === 'characters' ? 'tekens' : 'elementen'}`;
    case 'outOfRange':
      return r.maximum !== undefined ? `hoogstens ${r.maximum}` : `minstens ${r.minimum ?? 0}`;
    case 'badFormat':
      return `verwacht ${FORMATS_NL[r.format] ?? r.format}`;
    case 'notAllowed':
      return `kies uit ${quoteList(r.allowed)}`;
    case 'unknownKey':
      return `onbekende sleutel "${r.key}"`;
    case 'duplicateId':
      return `het id ${r.id} komt al voor bij ${r.firstAt}`;
    case 'duplicateValue':
      return `"${r.value}" komt al voor bij ${r.firstAt}`;
    case 'missingRecord':
      return `verwijst naar ${RECORDS_NL[r.record]} niet in het bestand staat`;
    case 'unknownReference':
      return `verwijst naar ${r.id}, dat niet in het bestand staat`;
    case 'notBase64':
      return 'geen geldige base64';
    case 'contentMismatch':
      return r.what === 'size'
        ? 'de inhoud heeft niet de lengte van sizeBytes'
        : 'de inhoud past niet bij de sha256 van het document';
    case 'invalid':
      return 'ongeldige waarde';
  }
}

function reasonEn(r: InterchangeReason): string {
  switch (r.kind) {
    case 'notJson':
      return `this is not valid JSON (${r.detail})`;
    case 'tooLarge':
      return `the file is larger than ${r.maxMegabytes} MB; export without --with-attachments`;
    case 'notKoers':
      return 'this is not a Koers export (format must be "koers-engagement")';
    case 'newerVersion':
      return `made by a newer version of Koers (format version ${r.version}, this version reads up to ${r.supported}); update Koers`;
    case 'badVersion':
      return 'formatVersion must be a whole number from 1';
    case 'forbiddenKey':
      return `the key "${r.key}" is not allowed`;
    case 'missing':
      return 'this field is missing';
    case 'wrongType':
      return `expected ${typeName('en', r.expected)}`;
    case 'tooLong':
      return `too long: at most ${r.maximum} ${r.unit}`;
    case 'tooShort':
      return r.minimum === 1 && r.unit === 'characters'
        ? 'must not be empty'
        : `too short: at least ${r.minimum} ${r.unit}`;
    case 'outOfRange':
      return r.maximum !== undefined ? `at most ${r.maximum}` : `at least ${r.minimum ?? 0}`;
    case 'badFormat':
      return `expected ${FORMATS_EN[r.format] ?? r.format}`;
    case 'notAllowed':
      return `choose from ${quoteList(r.allowed)}`;
    case 'unknownKey':
      return `unknown key "${r.key}"`;
    case 'duplicateId':
      return `the id ${r.id} already occurs at ${r.firstAt}`;
    case 'duplicateValue':
      return `"${r.value}" already occurs at ${r.firstAt}`;
    case 'missingRecord':
      return `refers to ${RECORDS_EN[r.record]} that is not in the file`;
    case 'unknownReference':
      return `refers to ${r.id}, which is not in the file`;
    case 'notBase64':
      return 'not valid base64';
    case 'contentMismatch':
      return r.what === 'size'
        ? 'the content does not have the length given in sizeBytes'
        : "the content does not match the document's sha256";
    case 'invalid':
      return 'invalid value';
  }
}

const TYPES_NL: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  int: 'een geheel getal',
  object: 'een object',
  array: 'een lijst',
  null: 'null',
};
const TYPES_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  int: 'a whole number',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

export function typeName(language: Language, type: string): string {
  return (language === 'nl' ? TYPES_NL : TYPES_EN)[type] ?? type;
}

/** "bevindingen.json: findings[3].source.interviewId: verwijst naar … Er is geen bestand gemaakt." */
export function importFailure(
  language: Language,
  fileName: string,
  path: string,
  reason: InterchangeReason,
): string {
  const why = language === 'nl' ? reasonNl(reason) : reasonEn(reason);
  const where = path ? `${path}: ` : '';
  const tail =
    language === 'nl' ? 'Er is geen trajectbestand gemaakt.' : 'No engagement file was created.';
  return `${fileName}: ${where}${why}. ${tail}`;
}
