import { z } from 'zod';

// Limits on free text. Generous enough for real notes, small enough that a hostile caller
// cannot make the core allocate gigabytes.
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 20_000;

export const uuidSchema = z.uuid();
export const languageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** ISO calendar date, yyyy-mm-dd. */
export const isoDateSchema = z.iso.date();
/**
 * Local date-time as typed, yyyy-mm-ddThh:mm. The pattern alone lets 2026-02-30T24:00 through,
 * which Date would quietly shift to 3 March; a round trip through Date refuses it instead.
 */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  .refine(
    (value) => {
      const time = Date.parse(`${value}:00.000Z`);
      return Number.isFinite(time) && new Date(time).toISOString().slice(0, 16) === value;
    },
    // The importer names this format in its message (interchange texts, formats).
    { params: { format: 'localDateTime' } },
  );
/** Colour as #rrggbb: what the colour pickers produce and what Word and Excel accept. */
export const hexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const shortText = (max = SHORT_TEXT_MAX) => z.string().trim().max(max);
export const requiredText = (max = SHORT_TEXT_MAX) => z.string().trim().min(1).max(max);

export interface Timestamps {
  /** ISO 8601 instant. */
  createdAt: string;
  updatedAt: string;
}
