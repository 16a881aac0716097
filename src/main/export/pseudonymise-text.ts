// Names kept out of shared documents. Notes are typed live ("cijfers opvragen bij Jan", "mevrouw
// Van der Berg belt terug"), so an export with pseudonyms must replace the known people inside
// free text too, not only where a builder prints a participant. Pure functions: text in, text
// out, so every builder gets the same rules through run.text (safe-text.ts).

import {
  COMMON_WORDS,
  KNOWN_ORGANISATIONS,
  ORGANISATION_TERMS,
} from '../../shared/domain/name-check-words.js';

export interface NamedPerson {
  name: string;
  pseudonym: string;
}

/**
 * Dutch (and a few neighbouring) surname particles, lower case. "Jan van der Berg" has the last
 * name "van der Berg"; a particle alone is never a name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'vom',
  'de',
  'der',
  'den',
  'des',
  'het',
  't',
  'ten',
  'ter',
  'te',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'onder',
  'voor',
  'over',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'dos',
  'd',
  'l',
  'zu',
]);

/**
 * A word: letters and digits, with inner hyphens ("Anne-Marie" is one word, so "Anne" alone
 * does not match inside it). Apostrophes separate words: "Jan's" is "Jan" + "s", "'t Hart" is
 * "t" + "Hart", and both sides of a name are tokenised alike.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;
/** What may stand between the words of one name: spaces, line breaks, an apostrophe. */
const NAME_GAP = /^[\s'’]+$/u;

const key = (word: string) => word.normalize('NFC').toLocaleLowerCase('nl');

interface Token {
  key: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD))
    out.push({ key: key(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The ways a person is named in notes: the full name, the given names, the first name, and the
 * last name with its particles ("van der Berg", also written "Van der Berg": matching ignores
 * case). A last name's core without its particles ("Berg") is left out: it is rarely used alone
 * and is often an ordinary word.
 */
export function nameVariants(name: string): string[][] {
  const words = tokens(name).map((t) => t.key);
  if (words.length === 0) return [];
  const variants: string[][] = [words];
  if (words.length > 1) {
    const firstParticle = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w));
    const split = firstParticle > 0 ? firstParticle : words.length - 1;
    const given = words.slice(0, split);
    const last = words.slice(split);
    variants.push(given, last);
    if (given.length > 1) variants.push(given.slice(0, 1));
  }
  const seen = new Set<string>();
  return variants.filter((v) => {
    const id = v.join(' ');
    if (seen.has(id)) return false;
    seen.add(id);
    // A single word must be a real name: not a particle, not one letter.
    if (v.length === 1) {
      const only = v[0] ?? '';
      if (NAME_PARTICLES.has(only) || Array.from(only).length < 2) return false;
    }
    return true;
  });
}

interface Variant {
  words: string[];
  replacement: string;
}

/**
 * A function that replaces every known person's name in a text by their pseudonym (R03): whole
 * words only ("Bas" stays inside "basis"), case-insensitive, the longest match first ("Jan van
 * der Berg" before "Jan"). A variant two people share ("Jan" for R01 and R04) becomes "R01/R04":
 * either alone could point at the wrong person, and leaving it would leak the name.
 */
export function namePseudonymiser(
  people: readonly NamedPerson[],
  /** Off only in the test that checks the prefilter changes no result. */
  { prefilter = true }: { prefilter?: boolean } = {},
): (text: string) => string {
  const owners = new Map<string, { words: string[]; pseudonyms: Set<string> }>();
  for (const person of people) {
    for (const words of nameVariants(person.name)) {
      const id = words.join(' ');
      const entry = owners.get(id) ?? { words, pseudonyms: new Set<string>() };
      entry.pseudonyms.add(person.pseudonym);
      owners.set(id, entry);
    }
  }
  if (owners.size === 0) return (text) => text;
  // Indexed by first word, longest variant first: one map lookup per word of the text.
  const byFirst = new Map<string, Variant[]>();
  for (const { words, pseudonyms } of owners.values()) {
    const first = words[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push({ words, replacement: [...pseudonyms].sort().join('/') });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const mayName = prefilter ? namePrefilter([...owners.values()].map((o) => o.words)) : () => true;

  return (text) => {
    if (text === '' || !mayName(text)) return text;
    const words = tokens(text);
    let out = '';
    let copied = 0;
    for (let i = 0; i < words.length;) {
      const word = words[i] as Token;
      const candidates = byFirst.get(word.key);
      const hit = candidates?.find((v) => matchesAt(text, words, i, v.words));
      if (!hit) {
        i++;
        continue;
      }
      const last = words[i + hit.words.length - 1] as Token;
      // "’t Hart": the apostrophe belongs to the particle, and goes with the name.
      const elided = NAME_PARTICLES.has(word.key) && /['’]/u.test(text.charAt(word.start - 1));
      const start = elided && word.start - 1 >= copied ? word.start - 1 : word.start;
      out += text.slice(copied, start) + hit.replacement;
      copied = last.end;
      i += hit.words.length;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
}

/** Letters and digits: marks are left out, so a boundary test can only be looser than WORD's. */
const WORD_CHAR = '[\\p{L}\\p{N}]';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Final sigma depends on what follows a word; folding both to σ keeps the test a superset. */
const foldSigma = (s: string) => s.replace(/ς/g, 'σ');

/**
 * A cheap test, built once per export, that says whether a text may contain one of the names:
 * the whole text is normalised and lower-cased once and searched with one regex of all variants
 * ("van[\s'’]+der[\s'’]+berg", between word boundaries), instead of tokenising every text into
 * words and keying each of them. It only has to never say no where tokens() would find a match:
 * a "yes" still goes through the exact word-by-word replacement. Lower-casing and NFC never
 * turn a character outside a word into a letter or digit (checked over all of Unicode; a few
 * symbols gain a combining mark, hence no marks in WORD_CHAR), and never join such a character
 * to a following letter; a name word that starts with a combining mark (which NFC may join to
 * the character before it) switches the test off.
 */
function namePrefilter(variants: readonly string[][]): (text: string) => boolean {
  if (variants.some((words) => words.some((w) => /^\p{M}/u.test(w)))) return () => true;
  const alternatives = variants
    .map((words) => words.map((w) => escapeRegExp(foldSigma(w))).join("[\\s'’]+"))
    .sort((a, b) => b.length - a.length);
  const anyName = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'u');
  return (text) => anyName.test(foldSigma(text.normalize('NFC').toLocaleLowerCase('nl')));
}

function matchesAt(text: string, words: Token[], at: number, variant: string[]): boolean {
  for (let j = 0; j < variant.length; j++) {
    const word = words[at + j];
    if (!word || word.key !== variant[j]) return false;
    if (j > 0 && !NAME_GAP.test(text.slice((words[at + j - 1] as Token).end, word.start)))
      return false;
  }
  return true;
}

const CAPITALISED = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** Before a sentence's first word: nothing, or an end mark, a colon or a line break. */
const SENTENCE_START = /(?:^|[.!?:;•\n])[\s"'“‘([-]*$/u;
/** Longest first name taken at a sentence's start: "Christiaan", "Jan-Willem". */
const FIRST_NAME_MAX = 10;
/** What may stand between the words of an organisation's name: "Onderzoek & Statistiek". */
const ORGANISATION_GAP = /^[\s&'’-]*$/u;

/**
 * The words that are not a person's name in one engagement: common Dutch words, known
 * organisations and systems (name-check-words.ts), and the words of the engagement's own names,
 * passed as `texts`: the client ("Gemeente Dijkhaven"), the themes, the departments.
 */
export function notNameWords(texts: readonly string[] = []): ReadonlySet<string> {
  const set = new Set([...COMMON_WORDS, ...KNOWN_ORGANISATIONS, ...ORGANISATION_TERMS]);
  for (const text of texts) for (const m of text.matchAll(WORD)) set.add(key(m[0]));
  return set;
}

const DEFAULT_NOT_NAMES = notNameWords();

/**
 * Word pairs that look like a person's name and are still in the text ("Piet Smit", "Anne van
 * Dam"): two capitalised words, optionally with particles between, neither a word that is not a
 * name (`notNames`: common words, which covers the capital at a sentence's start, organisations,
 * the engagement's own names) nor part of an organisation's name ("Gemeente Den Helder",
 * "Afdeling Publiekszaken"). For the consultant to review before a document leaves: a
 * heuristic, so it lists, never replaces.
 */
export function nameLikePairs(
  text: string,
  notNames: ReadonlySet<string> = DEFAULT_NOT_NAMES,
): string[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    word: m[0],
    key: key(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  // The capitalised words (and, after a capitalised term, particles) that follow an
  // organisation term belong to the organisation: "Ministerie van Binnenlandse Zaken".
  const inOrganisation = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const term = words[i];
    if (!term || !ORGANISATION_TERMS.has(term.key)) continue;
    const formal = CAPITALISED.test(term.word);
    let j = i + 1;
    for (; j < words.length; j++) {
      const next = words[j];
      const previous = words[j - 1];
      if (!next || !previous || !ORGANISATION_GAP.test(text.slice(previous.end, next.start))) break;
      if (CAPITALISED.test(next.word) || /^\p{Lu}+$/u.test(next.word)) inOrganisation.add(j);
      else if (!(formal && NAME_PARTICLES.has(next.key))) break;
    }
    i = j - 1;
  }
  const found: string[] = [];
  const capital = (at: number) => {
    const w = words[at];
    return !!w && CAPITALISED.test(w.word) && !notNames.has(w.key) && !inOrganisation.has(at);
  };
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first || !capital(i)) continue;
    // At a sentence's start every word has a capital. A first name there is short; a noun is
    // often a long compound ("Wachtlijsten Wmo", "Concerndirecteur Bedrijfsvoering").
    if (
      SENTENCE_START.test(text.slice(0, first.start)) &&
      first.word.split('-').some((part) => Array.from(part).length > FIRST_NAME_MAX)
    )
      continue;
    let j = i + 1;
    while (words[j] && NAME_PARTICLES.has(words[j]?.key ?? '') && j - i <= 3) j++;
    const last = words[j];
    if (!last || !capital(j)) continue;
    const span = text.slice(first.start, last.end);
    // One name: only spaces (and an apostrophe) between its words, no line break or comma.
    if (!/^[\p{L}\p{M}\p{N}\-'’ ]+$/u.test(span)) continue;
    found.push(span.replace(/\s+/g, ' '));
    i = j;
  }
  return found;
}
