// .js extensions: this file's test runs under Node, and Vite maps them to the .ts sources.
import { MATURITY_LEVEL_MAX, MATURITY_LEVEL_MIN } from '../../../shared/domain/nulmeting.js';

// What a consultant types in a level cell during a workshop: a whole level 1–5, and a half
// step as "2.5", "2,5", or a digit followed by ".", "," or "+" ("2+" is 2,5). Anything else
// is refused before it reaches the core, so nothing is saved.

export type LevelInput = { ok: true; value: number | null } | { ok: false };

export function parseLevelInput(text: string): LevelInput {
  const typed = text.trim();
  if (typed === '') return { ok: true, value: null };
  const match = /^(\d)(?:([.,+])(5)?)?$/.exec(typed);
  if (!match) return { ok: false };
  const whole = Number(match[1]);
  // "2.5" and "2+" are the half step; "2." alone too (the "." typed as the half-step key).
  const value = match[2] ? whole + 0.5 : whole;
  if (match[2] === '+' && match[3]) return { ok: false };
  if (value < MATURITY_LEVEL_MIN || value > MATURITY_LEVEL_MAX) return { ok: false };
  return { ok: true, value };
}

/** A level as the UI shows it: "2", "2,5" in Dutch, "2.5" in English; empty for none. */
export function formatLevel(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return language.startsWith('en') ? String(value) : String(value).replace('.', ',');
}

/** A mean or a gap with at most one decimal ("2,3"), as the tables show it. */
export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return language.startsWith('en') ? text : text.replace('.', ',');
}
