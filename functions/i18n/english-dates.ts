import { PARIS_TIME_ZONE } from '../shared/paris-dates.js';

// Made when the English texts load, which only an English page or answer does.
const full = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  dateStyle: 'full',
  timeStyle: 'short',
});
const long = new Intl.DateTimeFormat('en-GB', { timeZone: PARIS_TIME_ZONE, dateStyle: 'long' });
const longWithTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  dateStyle: 'long',
  timeStyle: 'short',
});
const monthOfYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

const instant = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

/** "Thursday 12 March 2026, 09:00 – 17:00", in Paris time. */
export function englishDateRange(startsAt: string, endsAt: string): string {
  return full.formatRange(new Date(startsAt), new Date(endsAt));
}

/** "Thursday 10 December 2026 at 09:30", in Paris time. */
export function englishDateTime(value: string | Date): string {
  return full.format(instant(value));
}

/** "5 December 2026", in Paris time. */
export function englishLongDate(value: string | Date): string {
  return long.format(instant(value));
}

/** "5 December 2026 at 09:30", in Paris time. */
export function englishLongDateTime(value: string | Date): string {
  return longWithTime.format(instant(value));
}

/** "March 2026", from a month as `parisMonthKey` writes it ("2026-03"). */
export function englishMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return monthOfYear.format(Date.UTC(year, number - 1, 15));
}
