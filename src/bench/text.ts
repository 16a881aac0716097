// Deterministic "Dutch-ish" text for the stress engagement: the same seed always gives the
// same words, so a cached file and a fresh one hold the same engagement.
//
// Word frequencies follow Zipf's law as real notes do: a few function words make up a large
// share of every text, a few hundred subject words recur often, and thousands of words turn up
// only now and then. With a flat vocabulary every query matched half the index, which made
// search look slower (and snippets busier) than it is on real notes.

/** The most frequent Dutch words, most frequent first. */
const FUNCTION_WORDS = (
  'de het een en van in is dat op te zijn voor met die niet aan er om ook als bij of maar ' +
  'wordt nog wel naar we uit dan door wat kan worden moet meer hebben al deze zo geen ze ' +
  'hun over tot veel nu heel wij onze'
).split(' ');

/** Words of the subject, in rough order of how often a consultant writes them. */
const SUBJECT_WORDS = (
  'gemeente data informatie college organisatie gegevens medewerkers beleid team afdeling ' +
  'inwoners dienstverlening programma raad directie samenwerking kwaliteit uitvoering dashboard ' +
  'wethouder sturing proces systeem rapportage visie strategie privacy ambitie analyse registratie ' +
  'budget capaciteit cultuur vaardigheden managers collega belangrijk nodig duidelijk samen ' +
  'vooral vaak soms willen kunnen gebruiken delen verbeteren meten leren begrijpen vertrouwen ' +
  'monitor koppeling bron ethiek algoritme transparantie verantwoording toezicht avg dpia ' +
  'burgemeester ondernemers partners regio provincie woningbouw armoede jeugdzorg wmo ' +
  'participatie veiligheid mobiliteit energietransitie klimaat besluitvorming opleiding planning ' +
  'prioriteit uitdaging kans risico randvoorwaarde doel resultaat effect impact onderzoek ' +
  'evaluatie verbetering experiment pilot project applicatie adviseurs beheerders analisten ' +
  'specialisten leidinggevenden functionaris lastig beter sneller eerst nooit altijd sturen ' +
  'privé coöperatie één financiën geïnteresseerd reëel café überhaupt'
).split(' ');

const ONSETS = [
  'b',
  'd',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'h',
  'j',
  'st',
  'sp',
  'sch',
  'br',
  'dr',
  'gr',
  'kr',
  'pr',
  'tr',
  'vl',
  'bl',
  'kl',
  'pl',
  'sl',
  'zw',
  '',
];
const SIMPLE_ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'h'];
const VOWELS = [
  'a',
  'e',
  'i',
  'o',
  'u',
  'a',
  'e',
  'o',
  'aa',
  'ee',
  'oo',
  'ie',
  'oe',
  'ei',
  'ij',
  'ui',
  'ou',
  'eu',
  'é',
  'ë',
];
const SIMPLE_CODAS = ['', '', '', 'n', 'r', 'l', 's'];
const CODAS = [
  '',
  '',
  'n',
  'r',
  'l',
  's',
  'k',
  't',
  'm',
  'ng',
  'nd',
  'rt',
  'st',
  'ld',
  'rk',
  'cht',
];
const SUFFIXES = [
  '',
  '',
  '',
  '',
  '',
  'ing',
  'heid',
  'lijk',
  'en',
  'er',
  'schap',
  'atie',
  'isch',
  'baar',
];

/** Distinct generated words; with the function and subject words about 4,000 in all. */
const GENERATED_WORDS = 3_800;

/** xorshift32: small, fast and the same on every platform. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return x;
  }
  int(below: number): number {
    return this.next() % below;
  }
  /** Uniform in [0, 1). */
  fraction(): number {
    return this.next() / 0x1_0000_0000;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

function generatedWords(taken: ReadonlySet<string>): string[] {
  const random = new Random(5_150_517);
  const out: string[] = [];
  const seen = new Set(taken);
  // Inner syllables stay open or end in one consonant, as in "verwerking" or "bestemming";
  // the clusters go to the end of the word.
  const stem = (syllables: number) => {
    let word = '';
    for (let s = 0; s < syllables; s++) {
      const last = s === syllables - 1;
      const onset = random.int(3) === 0 ? random.pick(ONSETS) : random.pick(SIMPLE_ONSETS);
      word += onset + random.pick(VOWELS) + (last ? random.pick(CODAS) : random.pick(SIMPLE_CODAS));
    }
    return word;
  };
  while (out.length < GENERATED_WORDS) {
    let word = stem(random.int(4) === 0 ? 1 : 2 + random.int(2)) + random.pick(SUFFIXES);
    if (word.length > 13) continue;
    // Dutch glues nouns together: some words are a subject word with a made-up tail.
    if (random.int(8) === 0)
      word = random.pick(SUBJECT_WORDS.slice(0, 60)) + stem(1 + random.int(2));
    if (word.length < 4 || seen.has(word)) continue;
    seen.add(word);
    out.push(word);
  }
  return out;
}

/**
 * Every word by rank (0 = most frequent): function words, then subject words, then the
 * generated ones. Rank r is written with a probability proportional to 1 / (r + 1).
 */
export const LEXICON: readonly string[] = (() => {
  const fixed = [...FUNCTION_WORDS, ...SUBJECT_WORDS];
  return [...fixed, ...generatedWords(new Set(fixed))];
})();

/** Where the function words end: queries skip them, as people do. */
export const FIRST_CONTENT_RANK = FUNCTION_WORDS.length;

const CUMULATIVE: Float64Array = (() => {
  const weights = LEXICON.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w / total;
    out[i] = sum;
  });
  out[out.length - 1] = 1;
  return out;
})();

/** The share of all written words that is the word of this rank. */
export const shareOfRank = (rank: number) =>
  CUMULATIVE[rank]! - (rank === 0 ? 0 : CUMULATIVE[rank - 1]!);

/** One word, drawn with Zipf frequencies. */
export function zipfWord(random: Random): string {
  const u = random.fraction();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (CUMULATIVE[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return LEXICON[lo]!;
}

/** About `count` words in sentences of 6–18 words, with capitals and full stops. */
export function sentences(random: Random, count: number): string {
  const out: string[] = [];
  let left = count;
  while (left > 0) {
    const length = Math.min(left, 6 + random.int(13));
    const words = Array.from({ length }, () => zipfWord(random));
    const first = words[0]!;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    out.push(`${words.join(' ')}.`);
    left -= length;
  }
  return out.join(' ');
}

/** The editor's JSON for plain paragraphs, as the renderer would store it. */
export function notesJson(text: string): string {
  return JSON.stringify({
    type: 'doc',
    content: text
      .split(/(?<=\.) (?=\p{Lu})/u)
      .reduce<string[][]>((paras, sentence, i) => {
        if (i % 5 === 0) paras.push([]);
        paras[paras.length - 1]!.push(sentence);
        return paras;
      }, [])
      .map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p.join(' ') }] })),
  });
}
