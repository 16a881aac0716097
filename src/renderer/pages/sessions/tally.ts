import {
  TALLY_ANSWERS,
  type SessionPart,
  type StatementTally,
  type TallyAnswer,
} from '../../../shared/domain/session';

/** A statement's tally in one round; zeros, hidden, when nothing was counted yet. */
export const tallyOf = (part: SessionPart, round: number): StatementTally =>
  part.tallies.find((tally) => tally.round === round) ?? {
    partId: part.id,
    round,
    eens: 0,
    oneens: 0,
    neutraal: 0,
    revealed: false,
    updatedAt: '',
  };

export const tallyTotal = (tally: StatementTally): number =>
  TALLY_ANSWERS.reduce((sum, answer) => sum + tally[answer], 0);

/** The part with this round's tally replaced (or added). */
export const withTally = (part: SessionPart, tally: StatementTally): SessionPart => ({
  ...part,
  tallies: [...part.tallies.filter((t) => t.round !== tally.round), tally].sort(
    (a, b) => a.round - b.round,
  ),
});

/** Keys 1, 2 and 3 on the tally pad. */
export const ANSWER_KEYS: Record<string, TallyAnswer> = {
  '1': 'eens',
  '2': 'oneens',
  '3': 'neutraal',
};

/** Bar colours: agreement green, disagreement red, neutral grey. */
export const ANSWER_COLOR: Record<TallyAnswer, string> = {
  eens: '#2f9e44',
  oneens: '#e03131',
  neutraal: '#868e96',
};
