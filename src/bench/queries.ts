import { FIRST_CONTENT_RANK, LEXICON, Random } from './text.js';

// The 100 search queries, as people type them into Ctrl+K: mostly single words of the subject,
// some rare ones, two words, a word still being typed, a word typed without its accent.
// Ranks refer to LEXICON (Zipf order), so "frequent" and "rare" mean what they mean in the
// notes themselves.

export interface QueryMix {
  frequent: number;
  medium: number;
  rare: number;
  twoWords: number;
  prefixes: number;
  unaccented: number;
}

export const QUERY_MIX: QueryMix = {
  frequent: 20,
  medium: 20,
  rare: 15,
  twoWords: 20,
  prefixes: 20,
  unaccented: 5,
};

/** Rank ranges (end exclusive) of the three frequency bands, function words left out. */
export const BANDS = {
  frequent: [FIRST_CONTENT_RANK, FIRST_CONTENT_RANK + 100],
  medium: [FIRST_CONTENT_RANK + 100, 1_000],
  rare: [2_500, LEXICON.length],
} as const;

const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

export function benchQueries(mix: QueryMix = QUERY_MIX): string[] {
  const random = new Random(4242);
  const fromBand = ([from, to]: readonly [number, number]) =>
    LEXICON[from + random.int(to - from)]!;
  const out: string[] = [];
  const add = (count: number, make: () => string) => {
    for (let i = 0; i < count; i++) out.push(make());
  };
  add(mix.frequent, () => fromBand(BANDS.frequent));
  add(mix.medium, () => fromBand(BANDS.medium));
  add(mix.rare, () => fromBand(BANDS.rare));
  // Two words as people combine them: a common subject word narrowed by a less common one.
  add(
    mix.twoWords,
    () =>
      `${fromBand(BANDS.frequent)} ${fromBand(random.int(2) === 0 ? BANDS.medium : BANDS.frequent)}`,
  );
  // Typing in progress: the first three to five letters of a word from any band.
  add(mix.prefixes, () => {
    const band = [BANDS.frequent, BANDS.medium, BANDS.rare][random.int(3)]!;
    let word = fromBand(band);
    while (word.length < 5) word = fromBand(band);
    return word.slice(0, 3 + random.int(3));
  });
  const accented = LEXICON.filter((w) => w !== plain(w));
  add(mix.unaccented, () => plain(random.pick(accented)));
  // Interleave the kinds, so a warm-up slice or a slow moment of the machine hits all alike.
  const shuffled = [...out];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}
