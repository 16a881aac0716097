/** "12 mrt 2026, 10:30" from the local date-time the consultant typed (no time zone shift). */
export function formatScheduled(scheduledAt: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(scheduledAt);
  if (!match) return scheduledAt;
  const [, y, mo, d, h, mi] = match.map(Number);
  const date = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

const pad = (n: number): string => String(n).padStart(2, '0');
const localDate = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The calendar date (yyyy-mm-dd, local time) of an instant, for a date field; '' when none. */
export function localDateOf(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : localDate(date);
}

export const todayLocal = (): string => localDate(new Date());
