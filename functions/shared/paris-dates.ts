import { lazy } from './lazy.js';

/** The hub's events, deadlines and mails all speak Paris time, whatever the server's zone. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

// One formatter for every format below (a formatter's first use in a time zone weighs on a cold start), made on
// first use: the JSON API never formats a date. Its parts give the numbers; the tables above, the French words.
const paris = lazy(
  () =>
    new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }),
);

interface ParisClock {
  weekday: string;
  year: string;
  /** `01` to `12`. */
  month: string;
  /** `01` to `31`. */
  day: string;
  /** `00` to `23`. */
  hour: string;
  minute: string;
}

/** An instant (ISO 8601 with its offset, or a Date) as the clocks of Paris show it. */
function inParis(value: string | Date): ParisClock {
  const parts = paris().formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  return {
    weekday: part('weekday'),
    year: part('year'),
    month: twoDigits(MONTHS.indexOf(part('month')) + 1),
    day: twoDigits(Number(part('day'))),
    hour: part('hour'),
    minute: part('minute'),
  };
}

const monthName = (clock: ParisClock) => MONTHS[Number(clock.month) - 1]!;
const time = (clock: ParisClock) => `${clock.hour}:${clock.minute}`;
const longDate = (clock: ParisClock) => `${Number(clock.day)} ${monthName(clock)} ${clock.year}`;
const fullDate = (clock: ParisClock) => `${clock.weekday} ${longDate(clock)}`;
const shortDate = ({ year, month, day }: ParisClock) => `${day}/${month}/${year}`;
const isoDate = ({ year, month, day }: ParisClock) => `${year}-${month}-${day}`;

/** "09:45". */
export function frenchTime(value: string | Date): string {
  return time(inParis(value));
}

/** "5 décembre 2026". */
export function parisLongDate(value: string | Date): string {
  return longDate(inParis(value));
}

/** "5 décembre 2026 à 09:30". */
export function parisLongDateTime(value: string | Date): string {
  const clock = inParis(value);
  return `${longDate(clock)} à ${time(clock)}`;
}

/** "jeudi 10 décembre 2026". */
export function frenchFullDate(value: string | Date): string {
  return fullDate(inParis(value));
}

/** "jeudi 10 décembre 2026 à 09:30". */
export function frenchDateTime(value: string | Date): string {
  const clock = inParis(value);
  return `${fullDate(clock)} à ${time(clock)}`;
}

/** "jeudi 10 décembre 2026 de 09:30 à 17:00", or "du … à 09:30 au … à 17:00" over several days. */
export function frenchPeriod(startsAt: string, endsAt: string): string {
  const start = inParis(startsAt);
  const end = inParis(endsAt);
  if (isoDate(start) === isoDate(end)) {
    return `${fullDate(start)} de ${time(start)} à ${time(end)}`;
  }
  return `du ${frenchDateTime(startsAt)} au ${frenchDateTime(endsAt)}`;
}

/** "jeudi 12 mars 2026, 09:00 – 17:00": Intl's range, which says a day once when both ends share it. */
export function frenchDateRange(startsAt: string, endsAt: string): string {
  return paris().formatRange(new Date(startsAt), new Date(endsAt));
}

/** "03/12/2026". */
export function parisShortDate(value: string | Date): string {
  return shortDate(inParis(value));
}

/** "03/12/2026 09:00". */
export function parisShortDateTime(value: string | Date): string {
  const clock = inParis(value);
  return `${shortDate(clock)} ${time(clock)}`;
}

/** The Paris calendar day of an instant as ISO 8601 ("2026-12-05"), for `<time datetime>` and day keys. */
export function parisIsoDate(value: string | Date): string {
  return isoDate(inParis(value));
}

/** "2026-12-05T09:30": the Paris wall-clock time of an instant, as a `datetime-local` input shows it. */
export function parisLocalInput(value: string | Date): string {
  const clock = inParis(value);
  return `${isoDate(clock)}T${time(clock)}`;
}

/** "2026-03": the Paris month of an instant. */
export function parisMonthKey(value: string | Date): string {
  const { year, month } = inParis(value);
  return `${year}-${month}`;
}

/** "mars 2026", from a month as `parisMonthKey` writes it. */
export function frenchMonth(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1]!} ${year!}`;
}

/** "12 mars", "5 déc.", or "5 décembre 2026" with the year, from a calendar day (`2026-12-05`). */
export function frenchDay(day: string, { withYear = false } = {}): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return withYear ? `${date} ${MONTHS[month - 1]!} ${year}` : `${date} ${SHORT_MONTHS[month - 1]!}`;
}

/** "2026-12-05T09:30:00+01:00": an instant as ISO 8601 in Paris time with its offset (structured data). */
export function parisIsoDateTime(value: string | Date): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  const wallClock = parisLocalInput(instant);
  const wholeMinute = Math.floor(instant.getTime() / 60_000) * 60_000;
  const offsetMinutes = (Date.parse(`${wallClock}:00Z`) - wholeMinute) / 60_000;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const absolute = Math.abs(offsetMinutes);
  return `${wallClock}:00${sign}${twoDigits(Math.floor(absolute / 60))}:${twoDigits(absolute % 60)}`;
}
